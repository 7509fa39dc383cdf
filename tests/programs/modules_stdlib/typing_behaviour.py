# typing: the public API's reprs, introspection and errors as CPython 3.13 prints them
import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Type, Callable, Literal,
                    ClassVar, Final, Annotated, TypeVar, ParamSpec, TypeVarTuple, Generic, Protocol,
                    runtime_checkable, NamedTuple, TypedDict, NewType, Required, NotRequired, ReadOnly,
                    Iterable, Mapping, Sequence, get_origin, get_args, get_type_hints, overload,
                    get_overloads, clear_overloads, final, cast, assert_type, assert_never,
                    dataclass_transform, override, TYPE_CHECKING, Concatenate, TypeGuard, TypeIs,
                    NoReturn, Never, Self, LiteralString, TypeAlias, Unpack, Deque, DefaultDict,
                    Counter, ChainMap, OrderedDict, Awaitable, Coroutine, Generator, AsyncGenerator,
                    AbstractSet, MutableMapping, Hashable, Sized, Text, AnyStr, is_typeddict,
                    no_type_check, NoDefault)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# special forms and their reprs
for form in (Any, Union, Optional, Literal, ClassVar, Final, Annotated, Concatenate, TypeGuard, TypeIs,
             NoReturn, Never, Self, LiteralString, TypeAlias, Unpack, Required, NotRequired, ReadOnly,
             Generic, Protocol, NoDefault):
    print(repr(form))
print(TYPE_CHECKING, Text is str, AnyStr, AnyStr.__constraints__)

# aliases of the collections
for alias in (List, Dict, Tuple, Set, FrozenSet, Type, Callable, Deque, DefaultDict, Counter, ChainMap,
              OrderedDict, Awaitable, Coroutine, Generator, AsyncGenerator, AbstractSet, MutableMapping,
              Hashable, Sized, Iterable, Mapping, Sequence):
    print(repr(alias), get_origin(alias), get_args(alias))
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set['X'])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Deque[int])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Callable[[int], str]),
      get_args(Callable[..., str]), get_args(Tuple[()]))
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
attempt('List()', lambda: List())
attempt('List[int]()', lambda: List[int]())
attempt('Deque[int]()', lambda: Deque[int]([1]))
attempt('Dict[int]', lambda: Dict[int])
attempt('Hashable[int]', lambda: Hashable[int])
attempt('isinstance List[int]', lambda: isinstance([], List[int]))
attempt('isinstance List', lambda: isinstance([], List))
attempt('issubclass Mapping', lambda: issubclass(dict, Mapping))
attempt('Callable[int]', lambda: Callable[int])
print(type(List).__name__, type(List[int]).__name__, type(Callable).__name__,
      type(Callable[[int], str]).__name__, type(Union[int, str]).__name__, type(Literal[1]).__name__,
      type(Annotated[int, 1]).__name__, type(Union).__name__)

# Union, Optional, X | Y
print(Union[int, str], Union[int], Union[int, str, int], Union[int, Union[str, bytes]])
print(Optional[int], Union[None, int], Union[int, None, str], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(int | List[int], List[int] | None, Union[int, str] | bytes, None | Optional[int])
print(get_origin(Union[int, str]) is Union, get_args(Optional[int]), get_origin(int | str), get_args(int | str))
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), issubclass(bool, Optional[int]))
attempt('Union[()]', lambda: Union[()])
attempt('Union()', lambda: Union())
attempt('Optional[int, str]', lambda: Optional[int, str])
attempt('isinstance Any', lambda: isinstance(1, Any))
attempt('Any()', lambda: Any())
attempt('isinstance Union', lambda: isinstance(1, Union))
attempt('NoReturn[int]', lambda: NoReturn[int])
attempt('ClassVar[int, str]', lambda: ClassVar[int, str])

# Literal
print(Literal[1, 'a', None, True], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1],
      Literal[1, 1, 2], get_args(Literal['x', 3]), get_origin(Literal[1]) is Literal)
print(ClassVar[int], Final[List[int]], TypeGuard[int], TypeIs[str], Required[int], NotRequired[str],
      ReadOnly[int], get_origin(ClassVar[int]) is ClassVar, get_args(Final[int]))

# Annotated
A = Annotated[int, 'meta', 3]
print(A, A.__metadata__, A.__origin__, get_origin(A) is Annotated, get_args(A))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
attempt('Annotated[int]', lambda: Annotated[int])

# TypeVar, ParamSpec, TypeVarTuple
T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
D = TypeVar('D', default=int)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
print(T, K, N, Co, Contra, D, P, Ts, P.args, P.kwargs, T.__name__, K.__bound__, N.__constraints__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__, D.__default__, T.__default__ is NoDefault,
      D.has_default(), T.has_default(), T.__module__, type(T).__name__, type(P).__name__)
print(T | int, Optional[T], List[T], Dict[K, T].__parameters__, Callable[P, int], Callable[Concatenate[int, P], int])
attempt('TypeVar co+contra', lambda: TypeVar('X', covariant=True, contravariant=True))
attempt('TypeVar one constraint', lambda: TypeVar('X', int))
attempt('TypeVar bound+constraints', lambda: TypeVar('X', int, str, bound=int))

# Generic and subscription
class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

class Pair(Generic[K, T]):
    pass

class IntBox(Box[int]):
    pass

print(Box[int], Box[List[T]], Pair[str, int], Box.__parameters__, Pair.__parameters__, IntBox.__parameters__)
print(Box[int].__origin__ is Box, Box[int].__args__, Box[int](4).item, Box[int](4).__orig_class__)
print(IntBox.__orig_bases__, Box.__orig_bases__, get_origin(Box[int]) is Box, Box[T][int])
attempt('Generic[int]', lambda: Generic[int])
attempt('Generic() type', lambda: type(Generic()).__name__)
attempt('Box[int, str]', lambda: Box[int, str])
attempt('IntBox[int]', lambda: IntBox[int])
attempt('Generic[T, T]', lambda: Generic[T, T])
attempt('isinstance Box[int]', lambda: isinstance(Box(1), Box[int]))

# Protocol and runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self): ...

class HasX(Protocol):
    x: int

@runtime_checkable
class HasY(Protocol):
    y: int

class F:
    def close(self):
        pass

class G:
    y = 1

print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer), isinstance(G(), HasY))
print(sorted(Closer.__protocol_attrs__), sorted(HasY.__protocol_attrs__), typing.SupportsInt, isinstance(3, typing.SupportsIndex),
      isinstance(3.5, typing.SupportsFloat), isinstance('a', typing.SupportsAbs))
attempt('isinstance non-runtime', lambda: isinstance(1, HasX))
attempt('Closer()', lambda: Closer())
attempt('issubclass data', lambda: issubclass(G, HasY))
attempt('runtime_checkable(int)', lambda: runtime_checkable(int))

class ConcreteCloser(Closer):
    def __init__(self, n):
        self.n = n
print(ConcreteCloser(3).n, isinstance(ConcreteCloser(3), Closer))

# NamedTuple
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self):
        return f'{self.name}#{self.id}'

E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(Emp('x'), Emp('y', 4).label(), Emp._fields, Emp._field_defaults, Emp.__annotations__, E2(1, 'q'), E2.__annotations__)
print(isinstance(Emp('x'), tuple), Emp.__mro__, Emp('x')._asdict(), Emp._make(['z', 9]))
def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: str
attempt('NamedTuple order', bad_nt)
def bad_nt2():
    class Bad(NamedTuple):
        _fields: int
attempt('NamedTuple _fields', bad_nt2)

# TypedDict
class Movie(TypedDict):
    title: str
    year: NotRequired[int]

class Movie2(Movie, total=False):
    rating: float
    studio: Required[str]
    code: ReadOnly[int]

m = Movie(title='x')
print(m, type(m), Movie.__required_keys__ == {'title'}, Movie.__optional_keys__ == {'year'}, Movie.__total__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), sorted(Movie2.__readonly_keys__),
      sorted(Movie2.__mutable_keys__), Movie2.__total__, is_typeddict(Movie2), is_typeddict(dict))
print(Movie2.__annotations__)
TD = TypedDict('TD', {'a': int, 'b': str}, total=False)
print(TD(a=1), TD.__optional_keys__ == {'a', 'b'}, TD.__module__, TD.__name__)
attempt('isinstance TypedDict', lambda: isinstance({}, Movie))

# NewType
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None, type(UserId).__name__)
def subclass_newtype():
    class Admin(UserId):
        pass
attempt('subclass NewType', subclass_newtype)

# overload, final, override, cast, assert_*
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)])
clear_overloads()
print(get_overloads(f))
@overload
def g(x: int) -> int: ...
attempt('call overload', lambda: g(1))

@final
class Leaf:
    @final
    def m(self):
        pass
    @override
    def __repr__(self):
        return 'Leaf'
print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__, cast(int, 'x'), cast('str', 1), assert_type(5, int))
attempt('assert_never', lambda: assert_never(7))
attempt('assert_never long', lambda: assert_never('x' * 200))

@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls
print(model.__dataclass_transform__)

@no_type_check
def untyped(a: int) -> str:
    pass
print(untyped.__no_type_check__)

# get_type_hints
class Node:
    value: int
    next: 'Optional[Node]'
    tag: Annotated[str, 'x'] = ''
    count: ClassVar[int] = 0

def func(a: 'int', b: List['Node'] = None, *args: str, **kw: 'float') -> 'Node':
    pass

print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['tag'])
print(get_type_hints(func))
print(get_type_hints(Emp), get_type_hints(Movie2))
def nodefault(a: int = None) -> None:
    pass
print(get_type_hints(nodefault))
attempt('get_type_hints(1)', lambda: get_type_hints(1))
fr = typing.ForwardRef('List[int]')
print(fr, fr == typing.ForwardRef('List[int]'), fr.__forward_arg__)
attempt('ForwardRef(1)', lambda: typing.ForwardRef(1))

# user generic with Protocol + ParamSpec
class Fn(Generic[P, T]):
    pass
print(Fn[[int, str], bool], Fn[..., int], Fn[P, int].__parameters__)
class Arr(Generic[Unpack[Ts]]):
    pass
print(Arr[int, str], Arr.__parameters__, Unpack[Ts], *Ts)
