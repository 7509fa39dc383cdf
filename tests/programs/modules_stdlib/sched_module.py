import sched

clock = [0.0]
def timefunc():
    return clock[0]
def delayfunc(d):
    if d:
        print('  sleep', d)
    clock[0] += d

s = sched.scheduler(timefunc, delayfunc)
def act(name, *rest, **kw):
    print('run', name, rest, kw, 'at', clock[0])
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enterabs(2, 1, act, argument=('two-high-later',))
e5 = s.enter(10, 0, act, ('ten',))
print([e.argument for e in s.queue], s.empty())
print(e1.time, e1.priority, e1.sequence, e1.kwargs, e1._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
s.run()
print(s.empty(), clock[0], s.queue)
s.enter(3, 1, act, ('a',))
s.enter(1, 1, act, ('b',))
print(s.run(blocking=False))
clock[0] += 1
print(s.run(blocking=False))
clock[0] += 5
print(s.run(blocking=False), s.run(blocking=False))
def chain(n):
    print('chain', n, clock[0])
    if n:
        s.enter(1, 1, chain, (n - 1,))
s.enter(0, 1, chain, (2,))
s.run()
print(sched.__all__, sched.Event.__name__, sched.Event(1, 2, 3, None, (), {}))
real = sched.scheduler()
ev = real.enter(0, 0, print, ('real scheduler ran',))
real.run()
