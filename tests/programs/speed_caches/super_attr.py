# super().name and super().name(...) (LOAD_SUPER_ATTR): the same results and errors as a super
# object, with the classes changed after the sites are warm, and `super` shadowed.
import builtins


class Base:
    tag = "base-tag"

    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    @classmethod
    def cm(cls, x):
        return ("Base.cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("Base.sm", x)

    @property
    def p(self):
        return ("Base.p", type(self).__name__)

    def __repr__(self):
        return "<obj>"


class D(Base):
    def m(self, x):
        return ("D.m",) + super().m(x)

    def attr(self):
        return super().m

    def cm_call(self):
        return super().cm(1)

    def sm_call(self):
        return super().sm(2)

    def prop(self):
        return super().p

    def tagv(self):
        return super().tag

    def missing(self):
        return super().nothere

    def missing_call(self):
        return super().nothere()

    def thisclass(self):
        return super().__thisclass__.__name__, super().__self_class__.__name__

    def two_arg(self):
        return super(D, self).m(3), super(Base, self).__repr__().split(" at ")[0]

    @classmethod
    def ccm(cls):
        return super().cm(4)

    @classmethod
    def c_fn(cls):
        # a plain function found in class mode comes back unbound
        return super().m.__qualname__

    def in_comprehension(self):
        return [super().m(i) for i in range(2)]

    def in_genexpr(self):
        try:
            return list(super().m(i) for i in range(2))
        except TypeError as e:
            return "TypeError: " + str(e)

    def in_lambda(self):
        f = lambda: super().m(0)
        try:
            return f()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def nested(self):
        def inner():
            return super().m(0)
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def deleted_self(self):
        del self
        try:
            return super().m(0)
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)

    def reassigned_self(self):
        self = 5
        try:
            return super().m(0)
        except TypeError as e:
            return "TypeError: " + str(e)

    def captured_self(self):
        g = lambda: self
        return super().m(g() is self)


d = D()
for _ in range(3):  # warm sites
    print(d.m(1))
    print(d.attr()(2))
    print(d.cm_call(), d.sm_call(), d.prop(), d.tagv())
    print(d.thisclass(), d.two_arg())
    print(D.ccm(), D.c_fn())
    print(d.in_comprehension(), d.in_genexpr())
    print(d.in_lambda(), d.nested())
    print(d.deleted_self(), d.reassigned_self(), d.captured_self())
    for fn in (d.missing, d.missing_call):
        try:
            fn()
        except AttributeError as e:
            print("AttributeError:", e, e.name, type(e.obj).__name__)

# classmethod of D using super through the class and an instance
print(D.ccm(), d.ccm())


# multiple inheritance: the MRO after the class, not the base
class A0:
    def who(self):
        return ["A0"]


class A1(A0):
    def who(self):
        return ["A1"] + super().who()


class A2(A0):
    def who(self):
        return ["A2"] + super().who()


class A3(A1, A2):
    def who(self):
        return ["A3"] + super().who()


for _ in range(2):
    print(A3().who(), A1().who())


# __init__ and __init_subclass__ through super
class Registry:
    seen = []

    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.seen.append((cls.__name__, key))

    def __init__(self, v):
        super().__init__()
        self.v = v


class R1(Registry, key="r1"):
    def __init__(self, v):
        super().__init__(v * 2)


class R2(R1, key="r2"):
    pass


print(Registry.seen, R1(3).v, R2(4).v)
try:
    class R3(Registry, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# the class changes after the site is warm: method replaced, classmethod replaced by a function,
# __bases__ assigned, __class__ reassigned
class P:
    def f(self):
        return "P.f"

    @classmethod
    def g(cls):
        return "P.g " + cls.__name__


class Q:
    def f(self):
        return "Q.f"

    @classmethod
    def g(cls):
        return "Q.g " + cls.__name__


class C(P):
    def f(self):
        return "C>" + super().f()

    def g(self):
        return "C>" + super().g()

    def fa(self):
        return super().f


class C2(C):
    def f(self):
        return "C2>" + super().f()


c = C()
for step in range(6):
    if step == 1:
        P.f = lambda self: "P.f replaced"
    if step == 2:
        P.g = lambda self: "P.g now a function " + type(self).__name__
    if step == 3:
        C.__bases__ = (Q,)
    if step == 4:
        c.__class__ = C2
    if step == 5:
        del Q.f
    try:
        print(step, c.f(), c.g(), c.fa()())
    except AttributeError as e:
        print(step, "AttributeError:", e)


# super shadowed: a module global named super makes the call go through it
class S0:
    def h(self):
        return "S0.h"


class S1(S0):
    def h(self):
        return "S1>" + super().h()

    def h2(self):
        return "S1>" + super(S1, self).h()


s1 = S1()
print(s1.h(), s1.h2())
calls = []


def fake_super(*args):
    calls.append(len(args))
    return builtins.super(S1, s1) if not args else builtins.super(*args)


globals()["super"] = fake_super
print(s1.h(), s1.h2(), calls)
del globals()["super"]
builtins_super = builtins.super
builtins.super = lambda *a: builtins_super(S1, s1) if not a else builtins_super(*a)
print(s1.h(), s1.h2())
builtins.super = builtins_super
print(s1.h(), s1.h2())


# errors of the two-argument form
class E(Base):
    def bad(self, other):
        return super(E, other).m(0)

    def bad_type(self):
        return super(1, self).m(0)


for arg in (1, Base(), E):
    try:
        print(E().bad(arg))
    except TypeError as e:
        print("TypeError:", e)
try:
    E().bad_type()
except TypeError as e:
    print("TypeError:", e)


# __class__ cell not yet filled (called from the class body)
class Early:
    def f(self):
        return super().f

    try:
        f(1)
    except NameError as e:
        print("NameError:", e)


# a floating object as super's second argument is released at once
class Tracked(Base):
    def __del__(self):
        print("Tracked freed")


class User(Base):
    def use(self):
        return super(Base, Tracked()).__repr__().split(" at ")[0]

    def use_method(self):
        return super(Tracked, Tracked()).m(9)


print(User().use())
print(User().use_method())
print("end")
