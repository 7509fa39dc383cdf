# Instance attribute fast paths of the eval loop (issue 9): LOAD_ATTR of a __dict__ attribute, a
# __slots__ member or a property, STORE_ATTR through a property setter. Each must equal the
# general getattr/setattr: descriptor precedence, errors, hooks, class changes, subclasses.
import threading


class P:
    kind = "class attr"

    def __init__(self):
        self.a = 1

    def meth(self):
        return "meth"


p = P()
print(p.a, p.kind, p.meth())
p.kind = "shadowed"      # a plain class value does not beat the instance dict
print(p.kind, P.kind)
p.meth = "instance wins over a function"
print(p.meth)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = S(3)
print(s.x)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
s.y = 4
print(s.x + s.y)
del s.x
try:
    print(s.x)
except AttributeError as e:
    print("AttributeError:", e)


class Acc:
    def __init__(self, v):
        self._v = v
        self.log = []

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self.log.append(value)
        self._v = value


a = Acc(5)
a.v = a.v + 1
print(a.v, a.log)
a.__dict__["v"] = "dict entry"   # a property (data descriptor) beats the instance dict
print(a.v)
try:
    a.v = -1
except ValueError as e:
    print("ValueError from the setter:", e, a.v, a.log)


class Bad:
    @property
    def boom(self):
        return 1 / 0

    @property
    def ro(self):
        return "ro"


b = Bad()
try:
    b.boom
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError frames:", names)
try:
    b.ro = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithHook:
    @property
    def p(self):
        raise AttributeError("from the property")

    def __getattr__(self, name):
        return "hook:" + name


print(WithHook().p, WithHook().other)


class Custom:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "a":
            return "intercepted"
        return object.__getattribute__(self, name)


print(Custom().a)


class SetHook:
    @property
    def q(self):
        return "q"

    @q.setter
    def q(self, v):
        print("q setter", v)

    def __setattr__(self, name, value):
        print("__setattr__", name, value)


SetHook().q = 9


# Class changes after the first accesses: the cached class lookup must follow.
class Dyn:
    def __init__(self):
        self.val = "instance"


d = Dyn()
for i in range(3):
    print(d.val)
    if i == 0:
        Dyn.val = property(lambda self: "property added")
    elif i == 1:
        del Dyn.val


class Other:
    @property
    def val(self):
        return "Other's property"


d.__class__ = Other
print(d.val)


class Base:
    @property
    def who(self):
        return "base"


class Derived(Base):
    pass


obj = Derived()
print(obj.who)
Base.who = property(lambda self: "base replaced")
print(obj.who)
Derived.who = property(lambda self: "derived")
print(obj.who)

# A setter result is released at once (CPython decrefs it).


class Noisy:
    def __del__(self):
        print("Noisy freed")


class Ret:
    @property
    def r(self):
        return None

    @r.setter
    def r(self, v):
        return Noisy()


Ret().r = 1
print("after setter")

# thread-local objects keep a dict per thread.
loc = threading.local()
loc.v = "main"


def worker():
    loc.v = "worker"
    print("in thread:", loc.v)


t = threading.Thread(target=worker)
t.start()
t.join()
print("main sees:", loc.v)


class Quiet(property):
    pass


class UsesSubclasses:
    q = Quiet(lambda self: "Quiet fget", lambda self, v: print("Quiet fset", v))


u = UsesSubclasses()
print(u.q)
u.q = 1
print(UsesSubclasses.q.__class__.__name__)
