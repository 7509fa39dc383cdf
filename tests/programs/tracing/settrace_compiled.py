# Hot functions (compiled by the baseline compiler after enough calls) are traced like cold ones:
# a traced thread runs its frames interpreted.
import sys

def hot(n):
    s = 0
    for i in range(n):
        s += i
    return s

def caller(k):
    t = 0
    for _ in range(k):
        t += hot(3)
    return t

for _ in range(300):
    caller(5)

counts = {}
def tracer(frame, event, arg):
    key = (frame.f_code.co_name, event)
    counts[key] = counts.get(key, 0) + 1
    return tracer

sys.settrace(tracer)
r = caller(4)
sys.settrace(None)
print(r)
for k in sorted(counts):
    print(k, counts[k])

# After tracing stops, the functions run (and compile) again as before.
for _ in range(300):
    caller(5)
print(caller(2))

prof = {}
def profiler(frame, event, arg):
    key = (frame.f_code.co_name, event)
    prof[key] = prof.get(key, 0) + 1
sys.setprofile(profiler)
caller(3)
sys.setprofile(None)
for k in sorted(prof):
    print(k, prof[k])
