# typing's TypeVar/ParamSpec/TypeVarTuple/TypeAliasType made by their constructors.
import typing
T = typing.TypeVar("T", bound=int); P = typing.ParamSpec("P"); Ts = typing.TypeVarTuple("Ts")
print(T.__module__, P.__module__, Ts.__module__, repr(T), repr(P), repr(Ts), T.__bound__, P.__bound__)
print(typing.TypeVar("C", int, str, covariant=True), typing.TypeVar("D", contravariant=True))
try: Ts.__bound__
except AttributeError as e: print("AttributeError", e)
A = typing.TypeAliasType("A", int)
print(A.__module__)
