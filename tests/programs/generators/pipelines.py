# Generator pipelines: composing lazy processing stages
LOG = """INFO start
WARN disk low
INFO user login
ERROR failed write
INFO user logout
ERROR timeout
DEBUG trace"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield {"level": level, "msg": msg}
def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r
def numbered(records):
    for i, r in enumerate(records, 1):
        yield f"{i}. [{r['level']}] {r['msg']}"
for out in numbered(only({"ERROR", "WARN"}, parse(lines(LOG)))):
    print(out)
def counts(records):
    c = {}
    for r in records:
        c[r["level"]] = c.get(r["level"], 0) + 1
    return c
print(counts(parse(lines(LOG))))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window("abcde", 3)))
trace = []
def stage(name, it):
    for x in it:
        trace.append(f"{name}:{x}")
        yield x
list(stage("c", stage("b", stage("a", range(2)))))
print(trace)
words = (w.strip(".,").lower() for w in "The cat. The dog, the END.".split())
long_words = (w for w in words if len(w) > 2)
print(list(long_words))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
