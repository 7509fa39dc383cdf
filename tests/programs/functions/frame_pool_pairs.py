# Two frames are pooled per call depth: a caller alternating between functions at one depth gets a
# frame already set up for each. Every call must still see its own code, function, locals and
# closure, and a frame something kept (sys._getframe, a traceback) must never be reused.
import sys


def f(x):
    y = x * 2
    return ("f", x, y)


def g(x):
    s = str(x)
    return ("g", s, len(s))


def h(x):
    return ("h", [x] * 2)


def make_adder(k):
    def add(x):
        return x + k
    return add


add1, add10 = make_adder(1), make_adder(10)  # one code, two functions


def keep(x):
    marker = ("kept", x)
    return sys._getframe()


def boom(x):
    local = ["boom", x]
    raise ValueError(x)


def alternate(n):
    out = []
    for i in range(n):
        out.append(f(i))
        out.append(g(i))
    return out


def rotate(n):
    out = []
    for i in range(n):
        out.append(f(i))
        out.append(g(i))
        out.append(h(i))
    return out


def closures(n):
    return [(add1(i), add10(i)) for i in range(n)]


def kept_frames(n):
    frames = []
    for i in range(n):
        frames.append(keep(i))
        f(i)
        g(i)
    # (f_locals of a returned frame is not compared: this VM releases a frame's locals at return)
    return [(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name) for fr in frames], len(set(map(id, frames)))


def tracebacks(n):
    tbs = []
    for i in range(n):
        try:
            boom(i)
        except ValueError as e:
            tbs.append(e.__traceback__)
        f(i)
        g(i)
    return [tb.tb_next.tb_frame.f_locals["local"] for tb in tbs]


def ping(n):
    return ["ping", n] if n == 0 else pong(n - 1) + [n]


def pong(n):
    return ["pong", n] if n == 0 else ping(n - 1) + [-n]


print(alternate(4))
print(rotate(3))
print(closures(4))
print(kept_frames(4))
print(tracebacks(4))
for n in range(5):
    print(ping(n), pong(n))
print([(f(i)[2], add1(i), g(i)[1], add10(i)) for i in range(5)])
print([c(3) for c in (add1, add10, add1, add10)])
