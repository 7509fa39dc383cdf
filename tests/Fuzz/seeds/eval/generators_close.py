# generator.close(): GeneratorExit, cleanup, and closing finished generators
def tracked():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  cleanup")
g = tracked()
print(next(g))
print(g.close())
print(next(g, "exhausted after close"))
g2 = tracked()
g2.close()
print("closing unstarted generator runs nothing")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = ignores_exit()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def returns_value():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"
r = returns_value()
next(r)
print("close() return:", r.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("close propagated:", e)
def plain():
    yield 1
p = plain()
list(p)
print(p.close(), p.close())
def nested():
    try:
        yield from tracked()
    finally:
        print("  outer finally")
n = nested()
next(n)
n.close()
print("nested closed")
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter stopped at", i)
c = counter()
for v in c:
    if v == 3:
        break
c.close()
print("done")
