# dataclasses: inheritance, kw_only, slots, InitVar, ClassVar, custom field metadata, make_dataclass
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, make_dataclass, is_dataclass, asdict
from typing import ClassVar
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Child(Base):
    extra: bool = False
print(Child(1), Child(2, "c", True), [f.name for f in fields(Child)])
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9))
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 1
    registry: ClassVar[list] = []
    def __post_init__(self, scale):
        self.value *= scale
        WithInit.registry.append(self.value)
print(WithInit(3, 10), WithInit(4), WithInit.registry, [f.name for f in fields(WithInit)])
@dataclass
class Meta:
    v: int = field(default=0, metadata={"unit": "ms"})
print(fields(Meta)[0].metadata["unit"], dict(fields(Meta)[0].metadata))
Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"double": lambda self: self.a * 2})
d = Dyn(5)
print(d, d.double(), is_dataclass(d), is_dataclass(Dyn), is_dataclass(5))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Nested:
    inner: Base
    items: list = field(default_factory=lambda: [1, 2])
print(asdict(Nested(Base(7))))
@dataclass(unsafe_hash=True)
class Hashable:
    k: int
print(hash(Hashable(3)) == hash(Hashable(3)), len({Hashable(1), Hashable(1)}))
