# Zero-argument super() through cooperative multiple inheritance
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom(left=1, right=2, extra=3)
print(b.hello())
print(Left(left="only").hello())
class Meta:
    @classmethod
    def create(cls):
        return f"Meta.create for {cls.__name__}"
class SubMeta(Meta):
    @classmethod
    def create(cls):
        return "Sub -> " + super().create()
print(SubMeta.create())
class S:
    @staticmethod
    def util():
        return "static S"
class T(S):
    @staticmethod
    def util():
        return "static T -> " + super(T, T).util()
print(T.util())
class Prop:
    @property
    def value(self):
        return 1
class PropChild(Prop):
    @property
    def value(self):
        return super().value + 10
print(PropChild().value)
class WithClassCell:
    def get_class(self):
        return __class__
class Sub(WithClassCell):
    pass
print(Sub().get_class().__name__)
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
class Str(str):
    def upper(self):
        return "custom " + super().upper()
print(Str("abc").upper())
class Repr:
    def __repr__(self):
        return "Repr<" + super().__repr__()[:9] + ">"
print(repr(Repr()))
