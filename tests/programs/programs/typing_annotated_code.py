from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Generic, Iterable, Iterator, Literal, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload, Final)
from dataclasses import dataclass

T = TypeVar('T')
K = TypeVar('K', bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))


class Movie(TypedDict, total=False):
    title: str
    year: int


class Pt(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


@typing.runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@dataclass
class Config:
    name: str
    retries: int = 3
    mode: Literal['fast', 'slow'] = 'fast'
    LIMIT: ClassVar[int] = 10


def apply(f: Callable[[int], int], xs: Iterable[int]) -> list[int]:
    return [f(x) for x in xs]


@overload
def first(x: str) -> str: ...
@overload
def first(x: list[T]) -> T: ...
def first(x):
    return x[0]


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(list(s), s.pop(), Stack[int], Stack.__parameters__)
m: Movie = {'title': 'x'}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
print(Pt(3, 4).norm(), Pt._fields, Pt.__annotations__, Pt(1))
print(isinstance([1], Sized2), isinstance(3, Sized2), apply(lambda v: v * 2, range(3)), first('hey'), first([9]))
print(get_type_hints(apply), apply.__annotations__)
print(get_type_hints(Config), Config('a'))
print(get_args(Optional[int]), get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Union[int, str]))
print(get_args(Literal['a', 'b']), get_args(Callable[[int, str], bool]), Union[int, None] == Optional[int])
print(repr(Optional[int]), repr(int | None), repr(list[dict[str, int]]), repr(Callable[..., Any]), repr(K))
print(cast(int, 'x'), typing.TYPE_CHECKING, Final, typing.get_origin(ClassVar[int]) is ClassVar)
U = TypeVar('U', int, str)
print(U.__constraints__, K.__bound__, T.__name__, typing.Sequence[int], typing.List[int])
