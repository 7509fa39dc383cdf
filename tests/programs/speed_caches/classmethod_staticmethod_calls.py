# o.cm(), o.sm(), C.cm(), C.sm(), C.f(): LOAD_METHOD's cached classmethod/staticmethod/class
# attribute entries give what getattr gives, after the class changes once the sites are warm.


class K:
    base = 10

    @classmethod
    def cm(cls, x):
        return (cls.__name__, cls.base + x)

    @staticmethod
    def sm(x):
        return ("sm", x * 2)

    def f(self, x):
        return ("f", x)

    def __repr__(self):
        return "<K>"


class Sub(K):
    base = 20


def run(o, label):
    out = []
    for name in ("cm", "sm"):
        try:
            out.append(getattr(o, name)(1))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(o.cm(1))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(o.sm(1))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    print(label, out)


k, s = K(), Sub()
for step in range(12):
    if step == 1:
        k.cm = lambda x: ("instance cm", x)  # shadows the classmethod on k only
    if step == 2:
        del k.cm
    if step == 3:
        K.cm = lambda self, x: ("cm now a function", type(self).__name__, x)
    if step == 4:
        K.cm = classmethod(lambda cls, x: ("cm again", cls.__name__, x))
    if step == 5:
        K.sm = classmethod(lambda cls, x: ("sm became cm", cls.__name__, x))
    if step == 6:
        K.sm = staticmethod(lambda x: ("sm back", x))
    if step == 7:
        Sub.cm = staticmethod(lambda x: ("Sub.cm static", x))
    if step == 8:
        k.__class__ = Sub
    if step == 9:
        Sub.base = 30
    if step == 10:
        del Sub.cm
    if step == 11:
        del K.sm
    for o, label in ((k, "k"), (s, "s"), (K, "K"), (Sub, "Sub")):
        run(o, "%d %s" % (step, label))


# a class receiver: plain functions, method descriptors, classmethods of builtin types
class L(list):
    @classmethod
    def make(cls, *a):
        return cls(a)


for _ in range(3):
    print(K.f(k, 5), L.make(1, 2), type(L.make()).__name__, str.join("-", ["a", "b"]), dict.fromkeys("ab"))


# a metaclass with its own attribute of the name: type.__getattribute__ looks there first
class Meta(type):
    def hello(cls):
        return "Meta.hello " + cls.__name__

    @property
    def prop(cls):
        return "Meta.prop"


class WithMeta(metaclass=Meta):
    @classmethod
    def hello(cls):
        return "WithMeta.hello"

    @staticmethod
    def prop():
        return "WithMeta.prop"


for _ in range(3):
    print(WithMeta.hello(), WithMeta().hello(), WithMeta().prop())
    try:
        print(WithMeta.prop())
    except TypeError as e:
        print("TypeError:", e)


# the class is switched to a metaclass-less one and back at the same site
class A:
    @classmethod
    def who(cls):
        return "A " + cls.__name__


class B(metaclass=Meta):
    @classmethod
    def who(cls):
        return "B " + cls.__name__


for o in (A, B, A, A(), B(), A, B):
    print(o.who())


# subclasses of classmethod/staticmethod with their own __get__ take the general path
class loud_static(staticmethod):
    def __get__(self, obj, owner=None):
        return lambda *a: ("loud", a)


class loud_class(classmethod):
    def __get__(self, obj, owner=None):
        return lambda *a: ("loud class", a)


class W:
    s = loud_static(lambda x: x)
    c = loud_class(lambda cls, x: x)


for _ in range(3):
    print(W.s(1), W().s(2), W.c(3), W().c(4))


# the receiver of a classmethod/staticmethod call is released at once when nothing holds it
class Tracked:
    @classmethod
    def cm(cls):
        return "cm"

    @staticmethod
    def sm():
        return "sm"

    def __init__(self):
        self.fn = lambda: "own"

    def __del__(self):
        print("Tracked freed")


for _ in range(2):
    print(Tracked().cm())
    print(Tracked().sm())
    print(Tracked().fn())
print("end")
