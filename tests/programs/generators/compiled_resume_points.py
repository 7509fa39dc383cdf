# Generators suspended with values on the value stack, resumed in every way the VM has (next, send,
# throw, close, a for loop, a builtin draining them, another thread): under PYVM_JIT=always their
# bodies are compiled and every resume point must reload the stack the suspension left.
import threading
import traceback


def mid_expression(n):
    acc = 0
    for i in range(n):
        acc = acc + (yield i) * 10          # acc stays on the stack across the yield
    return acc


def in_arguments(a, b):
    return (a, (yield a + b), b, (yield a * b))   # a tuple half built across two yields


def nested(n):
    for a in range(n):
        for b in range(a, n):
            yield a * n + b                 # two range iterators on the stack


def words(text):
    for w in text.split():
        if w.startswith("#"):
            continue
        yield w.upper()


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def faulty(xs):
    for x in xs:
        yield 100 // x


def consume(gen):
    # a function's for loop over a generator (compiled code's FOR_ITER under PYVM_JIT=always)
    out = []
    for v in gen:
        out.append(v)
    return out


def tb_lines(e):
    return [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)]


g = mid_expression(5)
print("start", next(g))
print("sent", [g.send(k) for k in (1, 2, 3, 4)])
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)

g = in_arguments(3, 4)
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("tuple", e.value)

print("nested", consume(nested(4)))
print("sum", sum(nested(5)), "list", list(nested(3)), "set", sorted(set(x % 4 for x in nested(4))))
print("any", any(x > 10 for x in nested(4)), "all", all(x >= 0 for x in nested(4)))
print("join", "-".join(words("alpha #beta gamma delta #eps")))
print("floats", sum(x / 4 for x in range(10)), max(x * 1.5 for x in range(4)))

# half by a for loop (the interpreter's inline resume), half by next() and send()
g = countdown(8)
for v in g:
    print("for", v)
    if v == 5:
        break
print("next", next(g), g.send(None), "rest", list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", repr(e.value))

# an exception raised inside and one thrown in, with their tracebacks
g = faulty([5, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("raised", tb_lines(e))
print("after", next(g, "done"))
g = countdown(3)
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown", e, tb_lines(e))
print("after throw", list(g))
g = countdown(3)
next(g)
print("close", g.close(), g.gi_frame, list(g))

# suspended frame state
g = countdown(2)
next(g)
print("suspended at line", g.gi_frame.f_lineno, "running", g.gi_running, "n", g.gi_frame.f_locals["n"])


def stopping():
    yield 1
    raise StopIteration("inner")


try:
    list(stopping())
except RuntimeError as e:
    print("pep479", e, "cause", repr(e.__cause__))

# one generator resumed in turn by several threads
g = nested(6)
seen = [next(g)]


def take(k):
    for _ in range(k):
        seen.append(next(g))


for _ in range(4):
    t = threading.Thread(target=take, args=(3,))
    t.start()
    t.join()
    seen.append(next(g))
seen.extend(g)
print("threads", seen == list(nested(6)), len(seen))

# many short generators and a long one (compiled in counted mode too)
total = 0
for k in range(300):
    total += sum(countdown(k % 9))
print("total", total)
print("long", sum(x % 7 for x in range(20000)))
