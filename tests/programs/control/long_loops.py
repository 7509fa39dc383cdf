# Loops long enough that the eval loop leaves and re-enters a frame in the middle of them
# (every 8192 backward jumps): everything on the value stack and every active block survives.
import sys

def nested_iterators(n):
    total = 0
    for i in range(n):
        for j in range(3):
            total += i * j
    return total

def inside_try_finally(n):
    log = []
    try:
        k = 0
        while k < n:
            k += 1
    finally:
        log.append(k)
    return log

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

def inside_with(n):
    with Ctx():
        s = 0
        for i in range(n):
            s += i
        raise ValueError(s)
    return "suppressed"

def gen(n):
    for i in range(n):
        if i % 5000 == 0:
            yield i

def raise_after(n):
    for i in range(n):
        pass
    return 1 / 0

def stack_values(n):
    # a list display whose items sit on the value stack while a long loop runs in between
    return [len("abc"), sum(i for i in range(n)), nested_iterators(n // 3)]

print(nested_iterators(30000))
print(inside_try_finally(50000))
print(inside_with(40000))
print(list(gen(30000)))
try:
    raise_after(20000)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError", lines)
print(stack_values(30000))
x = 0
while x < 100000:
    x += 1
print(x)
