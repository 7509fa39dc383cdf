# PEP 709 at module level: the iteration variables are hidden fast locals of the module code;
# a module-level name of the same name is untouched.
import sys

x = 'module x'
squares = [x * x for x in range(4)]
print(squares, x)

try:
    [1 // y for y in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print('y' in globals())

pairs = {k: v for k, v in [(1, 'a'), (2, 'b')]}
print(pairs, 'k' in globals(), 'v' in globals())

nested = [[i + j for j in range(2)] for i in range(2)]
print(nested, 'i' in globals(), 'j' in globals())

found = [last := n for n in range(3)]
print(found, last)

data = [3, 1, 2]
print(sorted({d for d in data}), [d for d in data if d > min(data)])
print([sys._getframe().f_code.co_name for _ in range(1)])

names = [n.upper() for n in ['a', 'b']]
print(names, 'n' in globals(), n if 'n' in globals() else '-')

g = (z for z in range(2))
print(list(g))
print(eval('[w * 2 for w in range(3)]'))
ns = {}
exec('r = [q for q in range(3)]\nprint(r, "q" in dir())', ns)
print(sorted(k for k in ns if k != '__builtins__'))
