# cProfile and profile call counts and row names on a deterministic program (times differ: only
# the ncalls column and the function column are printed).
import sys
import cProfile, pstats, profile, io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    l = []
    for i in range(5):
        l.append(fib(i))
    return sorted(l), len(l)

def rows(stats):
    s = io.StringIO()
    stats.stream = s
    stats.print_stats()
    out = []
    for line in s.getvalue().splitlines():
        parts = line.split()
        if 'function calls' in line:
            out.append(line.split(' in ')[0].strip())
        elif '__exit__' in line or 'profile:0(<function' in line:
            continue  # (the context manager's file and line, a function's address)
        elif len(parts) >= 6 and parts[0][0].isdigit():
            out.append((parts[0], ' '.join(parts[5:])))
        elif 'function calls' in line:
            out.append(line.split(' in ')[0].strip())
        elif line.strip():
            out.append(line.strip())
    return out

p = cProfile.Profile()
p.enable()
work()
p.disable()
for r in rows(pstats.Stats(p).strip_dirs().sort_stats('ncalls', 'stdname')):
    print(r)

p = cProfile.Profile()
print(p.runcall(work))
for r in rows(pstats.Stats(p).strip_dirs().sort_stats(pstats.SortKey.CALLS, pstats.SortKey.STDNAME)):
    print(r)

with cProfile.Profile() as p:
    fib(4)
for r in rows(pstats.Stats(p).strip_dirs().sort_stats('pcalls', 'nfl')):
    print(r)

p = profile.Profile()
p.runcall(work)
for r in rows(pstats.Stats(p).strip_dirs().sort_stats('calls', 'name')):
    print(r)
