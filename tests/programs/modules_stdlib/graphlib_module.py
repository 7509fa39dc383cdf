import graphlib
from graphlib import TopologicalSorter, CycleError

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'args', None))

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(tuple(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(7, 0)
ts.add(5, 4)
ts.add(4, 2)
ts.add(6, 3, 4)
ts.add(1)
ts.add(3, 5)
print(list(ts.static_order()))
ts = TopologicalSorter({'x': ['a', 'b'], 'y': ['x'], 'z': []})
ts.prepare()
print(bool(ts), ts.is_active())
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready)
    for node in ready:
        ts.done(node)
print(ts.get_ready(), bool(ts))
for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 0: [1]}, {'a': ['a']}, {'p': ['q'], 'q': ['r', 's'], 's': ['p'], 'r': []}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print('cycle', e.args[0], e.args[1], isinstance(e, ValueError))
    show('after cycle get_ready', ts.get_ready)
ts = TopologicalSorter({'b': ['a']})
show('get_ready early', ts.get_ready)
show('is_active early', ts.is_active)
show('done early', lambda: ts.done('a'))
ts.prepare()
show('prepare twice', ts.prepare)
show('add late', lambda: ts.add('c'))
show('done unknown', lambda: ts.done('zz'))
show('done not ready', lambda: ts.done('b'))
print(ts.get_ready())
ts.done('a')
show('done twice', lambda: ts.done('a'))
print(ts.get_ready(), ts.get_ready())
ts.done('b')
print(ts.is_active())
show('static after prepare', lambda: list(ts.static_order()))
print(TopologicalSorter[int], graphlib.__all__)
print(list(TopologicalSorter({1: (), 2: (1,), 3: (1, 2), 4: [3, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
