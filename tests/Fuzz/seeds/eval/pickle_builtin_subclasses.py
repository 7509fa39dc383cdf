# Subclasses of builtin types keep their class, value and attributes.
import pickle

class MyList(list):
    pass

class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 'dict-tag'

class MyInt(int):
    pass

class MyStr(str):
    def shout(self):
        return self.upper() + '!'

class MyTuple(tuple):
    pass

class MyFloat(float):
    pass

class MySet(set):
    pass

class MyBytes(bytes):
    pass

for proto in (2, 3, 4, 5):
    ml = MyList([1, 2, 3]); ml.extra = 'x'
    out = pickle.loads(pickle.dumps(ml, proto))
    print(proto, type(out).__name__, out, out.extra)
    md = MyDict(a=1)
    out = pickle.loads(pickle.dumps(md, proto))
    print('  ', type(out).__name__, out, out.tag)
    mi = MyInt(42); mi.note = 'n'
    out = pickle.loads(pickle.dumps(mi, proto))
    print('  ', type(out).__name__, out, out + 1, out.note)
    out = pickle.loads(pickle.dumps(MyStr('hey'), proto))
    print('  ', type(out).__name__, out, out.shout())
    out = pickle.loads(pickle.dumps(MyTuple((1, 'a')), proto))
    print('  ', type(out).__name__, out)
    out = pickle.loads(pickle.dumps(MyFloat(2.5), proto))
    print('  ', type(out).__name__, out)
    out = pickle.loads(pickle.dumps(MySet({7}), proto))
    print('  ', type(out).__name__, out)
    out = pickle.loads(pickle.dumps(MyBytes(b'raw'), proto))
    print('  ', type(out).__name__, out)

print(pickle.dumps(MyList([1])))
print(pickle.dumps(MyInt(5)))
print(pickle.dumps(MyStr('s')))
