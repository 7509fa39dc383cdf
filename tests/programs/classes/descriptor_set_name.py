# __set_name__ and descriptors that know their attribute name
class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ owner={owner.__name__} name={name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
    not_a_field = 1
m = Model()
m.first = "one"
print(m.first, m.second, sorted(vars(m)))
print(Model.first.name, Model.second.private)
class LateField:
    def __set_name__(self, owner, name):
        print("  late set_name", name)
f = LateField()
class Late:
    pass
Late.attr = f
print("no __set_name__ call when assigned after class creation")
class Twice:
    a = b = Field()
print(Twice.a is Twice.b, Twice.a.name)
class Counted:
    instances = {}
    def __set_name__(self, owner, name):
        Counted.instances.setdefault(owner.__name__, []).append(name)
class X:
    p = Counted()
    q = Counted()
class Y(X):
    r = Counted()
print(Counted.instances)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Host:
        broken = Bad()
except ValueError as e:
    print(type(e).__name__ + ":", e, "| notes:", getattr(e, "__notes__", None))
class Validator:
    def __set_name__(self, owner, name):
        self.name = name
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0")
        obj.__dict__[self.name] = value
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
class Account:
    balance = Validator()
    def __init__(self, b):
        self.balance = b
acct = Account(10)
print(acct.balance)
try:
    Account(-5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
dyn = type("Dyn", (), {"fld": Field()})
print(dyn.fld.name)
