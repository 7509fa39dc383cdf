# typing: NamedTuple, TypedDict, Optional/Union/Any annotations, get_type_hints, cast, Protocol
from typing import NamedTuple, TypedDict, Optional, Union, Any, List, Dict, Tuple, Callable, get_type_hints, cast, Protocol, runtime_checkable, get_origin, get_args, Literal, TypeVar, Generic
class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: Optional[str] = None
e = Employee("Guido")
print(e, e.id, e._fields, e._field_defaults, Employee.__annotations__)
print(e._replace(id=7), tuple(e), isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"})
def greet(name: Optional[str] = None, times: int = 1) -> List[str]:
    return [f"hi {name or 'anon'}"] * times
print(greet("x", 2), greet())
hints = get_type_hints(greet)
print(hints["times"], hints["return"], hints["name"])
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Union[int, int], List[int], Dict[str, Tuple[int, ...]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str]))
print(Callable[[int], str], Any, Literal["a", "b"], get_args(Literal[1, 2]))
print(cast(int, "not converted"), cast("List[int]", [1]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(1, Closable))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box.__parameters__, Box[str].__args__, T.__name__)
def first(xs: list[T]) -> T:
    return xs[0]
print(first([9, 8]), first.__annotations__)
print(int | None, list[int] | None, (int | str).__args__)
