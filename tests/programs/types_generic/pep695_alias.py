# The `type` statement and typing.TypeAliasType.
import typing

type Num = int | float
print(Num, repr(Num), Num.__name__, Num.__value__, Num.__type_params__, type(Num).__name__)
print(isinstance(Num, typing.TypeAliasType), Num.__module__)

type ListOf[T] = list[T]
print(ListOf, ListOf.__value__, ListOf.__type_params__, ListOf[int], ListOf.__parameters__)

type Tree = int | list[Tree]
print(Tree.__value__)

calls = []


def note(v):
    calls.append(v)
    return v


type Lazy = note(Later)
print(calls)


class Later:
    pass


print(Lazy.__value__, calls, Lazy.__value__, calls)

type Bad = UndefinedName
try:
    Bad.__value__
except NameError as e:
    print("NameError", e)

type Pair[K, V: str = str] = dict[K, V]
K, V = Pair.__type_params__
print(Pair.__value__, K, V.__bound__, V.__default__)

# type remains usable as a name
print(type(3), type("x").__name__)
type = "shadowed"
print(type)
del type
print(type(1.5))

try:
    Num[int]
except TypeError as e:
    print("TypeError", e)

A = typing.TypeAliasType("A", list[int])
print(A, A.__value__, A.__type_params__)

try:
    Num.__value__ = 3
except AttributeError:
    print("AttributeError")


def in_function():
    type Local = list[int]
    return Local


print(in_function(), in_function().__value__)


class InClass:
    type Member = int


print(InClass.Member, InClass.Member.__value__)
