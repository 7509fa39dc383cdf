# fnmatch: translate() text for stars, sets, ranges (backwards, with '-' at the edges), negation
# and unclosed brackets, checked on fixed patterns and on a seeded batch of random ones; and
# matching through fnmatch, fnmatchcase, filter, with str and bytes.
import fnmatch
import random

fixed = ['*.py', 'a*b*c', '*a*', '**', '?x[!a-c]', '[]]', '[!]]', '[a-', '[z-a]', '[a-c-e]', '[\\]', 'x[&~|]y',
         '[^a]', '[[]', '[!]', '[]', '***x**y*', 'a*b', '[a-z-]', '[--0]', 'é*', '[z-a!]', '[!z-a]', '[a-b-c-d]', '']
for p in fixed:
    print(repr(p), fnmatch.translate(p))
rng = random.Random(11)
alphabet = 'ab-!]^[\\*?&z.'
for _ in range(300):
    p = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
    print(repr(p), fnmatch.translate(p))

names = ['main.py', 'Main.PY', 'notes.txt', 'a1', 'ab', 'a-', 'x.tar.gz', '[x]', '', '.hidden', 'a\nb']
for pat in ['*.py', '*.PY', 'a?', 'a[0-9]', 'a[!0-9]', '*.*.*', '[[]x]', '*', '.*', 'a*b', '[a-]?']:
    print(pat, [n for n in names if fnmatch.fnmatchcase(n, pat)], fnmatch.filter(names, pat) == [n for n in names if fnmatch.fnmatch(n, pat)])
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.fnmatchcase(b'DATA.BIN', b'*.bin'), fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
print(fnmatch.fnmatchcase('x' * 50, '*x*x*x*y'))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError', type(e).__name__)
