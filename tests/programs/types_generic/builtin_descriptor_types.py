# type() names and reprs of the builtin descriptor and method objects, as CPython 3.13 shows them
# (classmethod_descriptor, getset_descriptor, method-wrapper, ...), and the getset and classmethod
# descriptors' own __get__/__set__/__call__ with their errors.

class Slotted:
    __slots__ = ("a",)
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1

items = [
    ("dict.__dict__['fromkeys']", dict.__dict__['fromkeys']),
    ("dict.fromkeys", dict.fromkeys),
    ("str.join", str.join),
    ("[].append", [].append),
    ("len", len),
    ("int.__dict__['real']", int.__dict__['real']),
    ("object.__init__", object.__init__),
    ("object().__str__", object().__str__),
    ("int.__add__", int.__add__),
    ("(1).__add__", (1).__add__),
    ("Slotted.a", Slotted.__dict__['a']),
    ("Slotted.meth", Slotted.meth),
    ("Slotted().meth", Slotted().meth),
    ("Slotted.__dict__['cm']", Slotted.__dict__['cm']),
    ("Slotted.__dict__['sm']", Slotted.__dict__['sm']),
    ("Slotted.__dict__['p']", Slotted.__dict__['p']),
    ("type.__dict__['__dict__']", type.__dict__['__dict__']),
    ("type.__dict__['__name__']", type.__dict__['__name__']),
    ("type.__dict__['__mro__']", type.__dict__['__mro__']),
    ("object.__dict__['__class__']", object.__dict__['__class__']),
    ("list.__dict__['__getitem__']", list.__dict__['__getitem__']),
    ("list.__getitem__", list.__getitem__),
    ("[].__getitem__", [].__getitem__),
    ("list.__len__", list.__len__),
    ("[].__len__", [].__len__),
    ("object.__new__", object.__new__),
    ("int.__new__", int.__new__),
    ("object.__subclasshook__", object.__subclasshook__),
    ("object.__dict__['__subclasshook__']", object.__dict__['__subclasshook__']),
    ("object.__init_subclass__", object.__init_subclass__),
    ("str.maketrans", str.__dict__['maketrans']),
    ("int.from_bytes", int.__dict__['from_bytes']),
    ("float.__dict__['real']", float.__dict__['real']),
    ("BaseException.__dict__['args']", BaseException.__dict__['args']),
    ("(lambda: 0).__code__", type((lambda: 0).__code__)),
    ("dict.__dict__['__hash__']", dict.__dict__['__hash__']),
    ("dict.__dict__['__class_getitem__']", dict.__dict__['__class_getitem__']),
    ("object.__reduce_ex__", object.__reduce_ex__),
    ("object().__reduce_ex__", object().__reduce_ex__),
    ("object.__eq__", object.__eq__),
    ("object().__eq__", object().__eq__),
    ("object.__lt__", object.__lt__),
    ("object.__hash__", object.__hash__),
    ("object.__repr__", object.__repr__),
    ("object.__getattribute__", object.__getattribute__),
    ("object.__setattr__", object.__setattr__),
    ("object.__sizeof__", object.__sizeof__),
    ("object.__format__", object.__format__),
    ("object.__dir__", object.__dir__),
    ("type.__call__", type.__call__),
    ("type.mro", type.__dict__['mro']),
    ("int.__bool__", int.__bool__),
    ("str.__iter__", str.__iter__),
    ("int.bit_length", int.bit_length),
    ("(5).bit_length", (5).bit_length),
    ("classmethod(len)", classmethod(len)),
    ("Slotted.cm", Slotted.cm),
]
for name, o in items:
    print(name, "|", type(o).__name__, "|", type(o).__qualname__, "|", type(o).__module__)
def r(o):
    import re
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(o))
for name, o in items:
    if name.startswith("(lambda"): continue
    print(name, "=>", r(o))


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

real = int.__dict__['real']
name = type.__dict__['__name__']
fk = dict.__dict__['fromkeys']
attempt("real.__get__(5)", lambda: real.__get__(5))
attempt("real.__get__(None, int)", lambda: real.__get__(None, int) is real)
attempt("real.__get__(None, None)", lambda: real.__get__(None, None))
attempt("real.__get__('x')", lambda: real.__get__('x'))
attempt("real.__set__(5, 1)", lambda: real.__set__(5, 1))
attempt("real.__delete__(5)", lambda: real.__delete__(5))
attempt("real names", lambda: (real.__name__, real.__qualname__, real.__objclass__))
class C: pass
attempt("name.__set__", lambda: (name.__set__(C, "D"), C.__name__))
attempt("name.__get__(C)", lambda: name.__get__(C))
attempt("fk(dict, 'ab')", lambda: fk(dict, 'ab'))
attempt("fk(1, 'ab')", lambda: fk(1, 'ab'))
attempt("fk(str, 'ab')", lambda: fk(str, 'ab'))
attempt("fk()", lambda: fk())
class D(dict): pass
attempt("fk(D, 'ab')", lambda: type(fk(D, 'ab')).__name__)
attempt("fk.__get__(None, D)", lambda: fk.__get__(None, D)('x'))
attempt("fk.__get__({})", lambda: fk.__get__({})('y'))
attempt("fk.__get__(None, None)", lambda: fk.__get__(None, None))
attempt("fk.__get__(None, str)", lambda: fk.__get__(None, str))
attempt("fk.__get__(None, 3)", lambda: fk.__get__(None, 3))
attempt("fk names", lambda: (fk.__name__, fk.__qualname__, fk.__objclass__))
