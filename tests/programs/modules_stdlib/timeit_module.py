import timeit

# A fake clock that advances by one second per reading: timings are exact counts.
class Clock:
    def __init__(self):
        self.t = 0.0
        self.reads = 0
    def __call__(self):
        self.reads += 1
        self.t += 1.0
        return self.t

counter = []
t = timeit.Timer("counter.append(1)", globals={"counter": counter}, timer=Clock())
print(t.timeit(7), len(counter))
print(t.repeat(3, 4), len(counter))

calls = []
def stmt():
    calls.append("s")
def setup():
    calls.append("setup")
print(timeit.timeit(stmt, setup, number=3, timer=Clock()), calls)

# setup runs once per timeit(), in the function's own namespace
print(timeit.timeit("x += 1", "x = 10", number=5, timer=Clock()))
ns = {}
timeit.timeit("y = 1", number=1, globals=ns)
print(sorted(k for k in ns if not k.startswith("__")))
# statements see the module's globals
print(timeit.timeit("sys.maxsize", number=2, timer=Clock()))

# autorange on a clock where each loop iteration takes 0.003 s
class Step:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        return self.t
def tick():
    step.t += 0.003
step = Step()
seen = []
print(timeit.Timer(tick, timer=step).autorange(lambda n, s: seen.append((n, round(s, 3)))))
print(seen)

# multi-line statements and setup
print(timeit.timeit("for i in range(3):\n    acc.append(i)", "acc = []", number=2, timer=Clock()))

# errors
for bad in [("x = ",), ("pass", "y = )"), (3,), ("pass", 4)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0])

# gc is off during the loop and restored after
import gc
print(timeit.timeit("flags.append(gc.isenabled())", setup="flags = []; import gc", number=1, timer=Clock()), gc.isenabled())
state = []
timeit.timeit(lambda: state.append(gc.isenabled()), number=2)
print(state, gc.isenabled())
gc.disable()
timeit.timeit("pass", number=1)
print(gc.isenabled())
gc.enable()

# exceptions propagate, print_exc shows the source line
t = timeit.Timer("1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    t.print_exc(buf)
    lines = buf.getvalue().splitlines()
    print(lines[0], lines[-1])
    print([l.strip() for l in lines if "1/0" in l])

# the command line
def fake(timer):
    return Clock()
print(timeit.main(["-n", "10", "-r", "3", "-s", "a = 1", "a + 1"], _wrap_timer=fake))
print(timeit.main(["-n5", "-u", "msec", "pass"], _wrap_timer=fake))
print(timeit.main(["--number=2", "--repeat", "2", "-v", "pass"], _wrap_timer=fake))
print(timeit.main(["-v", "-v", "-r", "1", "pass"], _wrap_timer=fake))
print(timeit.main(["-x"]))
print(timeit.main(["-n"]))
print(timeit.main(["--nope"]))
print(timeit.main(["--verbose=3"]))
print(timeit.main(["-u", "hours", "pass"]))
print(timeit.main(["-n", "1", "--", "-1"], _wrap_timer=fake))
print(timeit.main(["-n", "1", "1/0"], _wrap_timer=fake))
