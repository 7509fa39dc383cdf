# Coroutine-style generators driven by send(): a tiny state machine and a grep sink
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix + line)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
sink = printer(">> ")
pipeline = grep("py", upper(sink))
for line in ["python rocks", "java", "pypy is fast", "rust"]:
    pipeline.send(line)
@coroutine
def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "report":
            yield log
            continue
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        log.append((event, state))
t = turnstile()
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
print(t.send("report"))
next(t)
@coroutine
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        x = yield (n, total, lo, hi)
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
rs = running_stats()
for x in [5, 3, 9, 1]:
    print(rs.send(x))
@coroutine
def dedupe(target):
    last = object()
    while True:
        item = yield
        if item != last:
            target.send(item)
            last = item
out = printer("uniq: ")
d = dedupe(out)
for x in "aaabccdaa":
    d.send(x)
