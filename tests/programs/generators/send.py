# generator.send(): values flow into yield expressions
def echo():
    received = None
    while True:
        received = yield f"echo: {received}"
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print("avg", a.send(v))
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(g2.send(None))
def collector():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
c = collector()
next(c)
c.send("a"); c.send("b")
print(c.send(None))
def finite():
    x = yield 1
    print("  received", x)
f = finite()
next(f)
try:
    f.send("last")
except StopIteration:
    print("StopIteration after final send")
def two_way():
    cmd = yield "ready"
    while cmd != "stop":
        cmd = yield cmd.upper()
    return "stopped"
t = two_way()
print(next(t), t.send("go"), t.send("run"))
try:
    t.send("stop")
except StopIteration as e:
    print("return value:", e.value)
def send_expression():
    result = (yield 1) + (yield 2)
    yield result
s = send_expression()
print(next(s), s.send(10), s.send(5))
