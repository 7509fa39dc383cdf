# Classes and functions are pickled by reference: module and qualified name. Nested names at
# protocols 0-3 go through getattr (the outer level a GLOBAL that is not memoized), protocol 4+
# uses the dotted name; module name strings are shared through the memo as in CPython.
import collections
import math
import pickle


class Outer:
    class Inner:
        class Deep:
            pass

        def method(self):
            return 'inner method'

    def method(self):
        return 'outer method'

    @staticmethod
    def static():
        return 'static'

    @classmethod
    def klass(cls):
        return 'classmethod of ' + cls.__name__


def top():
    return 'top'


cases = [
    ('class', Outer), ('nested class', Outer.Inner), ('deeper', Outer.Inner.Deep),
    ('method', Outer.method), ('nested method', Outer.Inner.method), ('static', Outer.static),
    ('function', top), ('same twice', [Outer.method, Outer.method]),
    ('class after method', [Outer.method, Outer]), ('method after class', [Outer, Outer.method]),
    ('types', [int, str, dict, Outer]), ('builtins', [len, abs, max]),
    ('mixed builtins', [int, len, str, abs]), ('math', [math.sqrt, math.floor]),
    ('collections', [collections.Counter, collections.ChainMap, collections.Counter]),
    ('singletons', [type(None), type(NotImplemented), type(...)]),
]
for label, value in cases:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back is value if not isinstance(value, list) else all(a is b for a, b in zip(back, value))
        print(label, proto, data, same)

print(pickle.loads(pickle.dumps(Outer.Inner.method, 2))(None), pickle.loads(pickle.dumps(Outer.static, 0))())
print(pickle.loads(pickle.dumps(top))())
for proto in (2, 4):
    print(pickle.dumps(range(1, 7, 2), proto), pickle.dumps(1 + 2j, proto))
