# __self__ and __qualname__ of builtin functions and methods as CPython reports them: a type's
# __new__ is bound to the type, static methods (str.maketrans) have None, class methods the class
# they were looked up on, module functions their module; qualnames name the defining type.
import builtins
import pickle


class D(dict):
    pass


items = [object.__new__, type.__new__, int.__new__, str.__new__, tuple.__new__, list.__new__, dict.__new__,
         dict.fromkeys, D.fromkeys, int.from_bytes, bytes.fromhex, bytearray.fromhex, float.fromhex,
         str.maketrans, bytes.maketrans, object.__init_subclass__, object.__subclasshook__, type.__prepare__,
         float.__new__, D.__new__, len, print, builtins.__build_class__, [].append, {}.get, "".join,
         object().__reduce_ex__]
for f in items:
    s = getattr(f, '__self__', 'MISSING')
    print(f.__qualname__, f.__name__, type(f).__name__,
          s.__name__ if isinstance(s, type) else type(s).__name__)
print(object.__new__.__self__ is object, D.fromkeys.__self__ is D, len.__self__ is builtins)
print(object.__new__ == object.__new__, int.__new__(int, 5), dict.__new__(D), D.fromkeys("ab"))
# A bound __new__ still takes the class explicitly (tp_new's wrapper), so pickling a partial of it
# reduces it to getattr(type, '__new__').
import functools
p = functools.partial(int.__new__, int, 7)
q = pickle.loads(pickle.dumps(p, 2))
print(q(), q.func is int.__new__ or q.func == int.__new__)


class P:
    def __init__(self, x):
        self.x = x

    def __getnewargs_ex__(self):
        return (), {}


for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(P(proto), proto)).x)


class L(list):
    class In(dict):
        pass


print(L().append.__qualname__, L.In.fromkeys.__qualname__, L.In.__new__.__qualname__, L.__new__.__qualname__,
      (1).__add__.__qualname__, True.__add__.__qualname__, list.append.__qualname__, str.maketrans.__qualname__)
for f in (object.__new__, str.maketrans, dict.fromkeys, len, [].append):
    print(repr(f).split(' at 0x')[0])
