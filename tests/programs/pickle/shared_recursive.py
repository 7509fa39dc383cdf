# Shared and recursive references survive a round trip (the memo), at every protocol.
import pickle

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    shared = [1, 2]
    data = {'a': shared, 'b': shared, 't': (shared, shared)}
    out = pickle.loads(pickle.dumps(data, proto))
    print(proto, out, out['a'] is out['b'], out['t'][0] is out['a'])

    l = [1]
    l.append(l)
    out = pickle.loads(pickle.dumps(l, proto))
    print('  list cycle', out[1] is out, len(out))

    d = {}
    d['self'] = d
    out = pickle.loads(pickle.dumps(d, proto))
    print('  dict cycle', out['self'] is out)

    root = Node('root')
    a = root.add(Node('a'))
    b = root.add(Node('b'))
    a.add(Node('a1'))
    out = pickle.loads(pickle.dumps(root, proto))
    print('  tree', out.name, [c.name for c in out.children], out.children[0].parent is out,
          out.children[0].children[0].parent is out.children[0])

    # A tuple that contains a list that contains the tuple.
    inner = []
    t = (inner, 5)
    inner.append(t)
    out = pickle.loads(pickle.dumps(t, proto))
    print('  tuple cycle', out[0][0] is out, out[1])

    s = 'x' * 10
    out = pickle.loads(pickle.dumps([s, s, (s,)], proto))
    print('  str shared', out[0] is out[1], out[2][0] is out[0])

print(pickle.dumps([[]] * 3))
big = [list(range(3))] * 2
print(pickle.dumps(big, 2))
