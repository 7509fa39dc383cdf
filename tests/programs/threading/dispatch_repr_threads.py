# Shared per-function state under threads: a singledispatch function's dispatch cache (filled,
# and emptied by register() while other threads dispatch) and a dataclass __repr__'s recursion
# guard (one instance shown by several threads at once must never print '...').
import collections.abc as cabc
import threading
from dataclasses import dataclass, field
from functools import singledispatch


@singledispatch
def kind(x):
    return 'object'


kind.register(int, lambda x: 'int')
kind.register(cabc.Sequence, lambda x: 'sequence')

classes = [type(f'C{i}', (list,) if i % 2 else (), {}) for i in range(40)]
expected = {c: ('sequence' if i % 2 else 'object') for i, c in enumerate(classes)}
errors = []
start = threading.Barrier(5)


def dispatcher(k):
    start.wait()
    for r in range(200):
        c = classes[(r * 7 + k) % len(classes)]
        got = kind(c())
        if got != expected[c]:
            errors.append((c.__name__, got))
        if kind(r) != 'int':
            errors.append(('int', kind(r)))


def registrar():
    start.wait()
    for i in range(50):
        kind.register(type(f'Extra{i}', (), {}), lambda x: 'extra')


threads = [threading.Thread(target=dispatcher, args=(k,)) for k in range(4)]
threads.append(threading.Thread(target=registrar))
for t in threads:
    t.start()
for t in threads:
    t.join()
print('dispatch errors:', len(errors), errors[:3], len(kind.registry))


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


root = Node('root', [Node(f'n{i}', [Node('leaf')]) for i in range(3)])
root.children.append(root)
text = repr(root)
mismatches = []
start2 = threading.Barrier(4)


def show():
    start2.wait()
    for _ in range(300):
        if repr(root) != text:
            mismatches.append(repr(root))


workers = [threading.Thread(target=show) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(text)
print('repr mismatches:', len(mismatches))
