# trace.Trace(count=1).runfunc line counts and Trace(trace=1) output, as CPython 3.13's trace module gives them.
import trace, os

def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total

t = trace.Trace(count=1, trace=0)
print(t.runfunc(f, 5))
here = os.path.abspath(__file__)
for (filename, lineno), n in sorted(t.results().counts.items()):
    print(os.path.basename(filename), lineno, n)

t = trace.Trace(count=0, trace=1)
t.runfunc(f, 2)
