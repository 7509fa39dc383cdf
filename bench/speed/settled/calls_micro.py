# ns per builtin call: thread CPU time of a 1M-iteration loop minus an empty loop (README.md).
import time, sys
N = 1_000_000

def empty(n, x):
    for i in range(n):
        pass

def t_len(n, x):
    lst = [1, 2, 3]
    for i in range(n):
        len(lst)

def t_abs(n, x):
    v = -5
    for i in range(n):
        abs(v)

def t_isinst_hit(n, x):
    v = 5
    for i in range(n):
        isinstance(v, int)

def t_isinst_miss(n, x):
    v = 5
    for i in range(n):
        isinstance(v, str)

def t_isinst_tuple(n, x):
    v = 5.0
    for i in range(n):
        isinstance(v, (int, float))

def t_type(n, x):
    v = 5
    for i in range(n):
        type(v)

def t_min2(n, x):
    a = 3; b = 4
    for i in range(n):
        min(a, b)

def t_append(n, x):
    lst = []
    ap = None
    for i in range(n):
        lst.append(i)
        if len(lst) > 1000: lst.clear()

def t_append_only(n, x):
    lst = []
    for i in range(n):
        lst.append(1)
    
def t_dget(n, x):
    d = {"a": 1, "b": 2}
    for i in range(n):
        d.get("a")

def t_dget2(n, x):
    d = {"a": 1, "b": 2}
    for i in range(n):
        d.get("z", 0)

def t_join(n, x):
    s = ","
    parts = ["a", "b"]
    for i in range(n):
        s.join(parts)

def t_real(n, x):
    v = 1.5
    for i in range(n):
        v.real

def t_startswith(n, x):
    s = "hello"
    for i in range(n):
        s.startswith("he")

def t_setadd(n, x):
    s = set()
    for i in range(n):
        s.add(1)

def t_listpop(n, x):
    lst = [1]
    for i in range(n):
        lst.append(lst.pop())

import math
def t_mathsqrt(n, x):
    v = 2.0
    for i in range(n):
        math.sqrt(v)

def t_mathpi(n, x):
    for i in range(n):
        math.pi

def t_pyfunc(n, x):
    def f(a): return a
    for i in range(n):
        f(i)

tests = [t_mathsqrt, t_mathpi, t_pyfunc, t_len, t_abs, t_isinst_hit, t_isinst_miss, t_isinst_tuple, t_type, t_min2, t_append_only, t_dget, t_dget2, t_join, t_real, t_startswith, t_setadd, t_listpop]
if len(sys.argv) > 1 and sys.argv[1]:
    tests = [t for t in tests if t.__name__[2:] in sys.argv[1].split(",")]

def measure(fn, n):
    t0 = time.thread_time()
    fn(n, None)
    return time.thread_time() - t0

# warm-up: at least W seconds, and on pyvm until no method was JIT-compiled for 3 s (at most 60 s)
W = float(sys.argv[2] if len(sys.argv) > 2 else 2)
jc = getattr(sys, "_jit_compiled_methods", None)
begin = time.time()
last_change = begin
last = jc() if jc else 0
while True:
    for t in tests + [empty]:
        t(20000, None)
    now = time.time()
    if jc:
        c = jc()
        if c != last:
            last, last_change = c, now
    if now - begin > W and (not jc or now - last_change > 3) or now - begin > 60:
        break
print("WARM", round(time.time() - begin, 1), last, flush=True)
time.sleep(0.5)  # the runner may raise this process to SCHED_RR now
rounds = 5
res = {t.__name__: [] for t in tests}
for r in range(rounds):
    e = measure(empty, N)
    for t in tests:
        res[t.__name__].append((measure(t, N) - e) * 1e9 / N)
for t in tests:
    v = sorted(res[t.__name__])
    print(f"{t.__name__[2:]:14s} {v[len(v)//2]:7.1f} ns")
