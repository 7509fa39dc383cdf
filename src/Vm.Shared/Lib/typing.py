"""Support for type hints (FreeThreaded VM).

Written from the typing documentation (docs.python.org/3.13/library/typing.html) and the PEPs it
cites (484, 544, 586, 589, 591, 593, 604, 612, 646, 655, 673, 675, 681, 692, 695, 696, 698, 702,
705, 742). The parts, in file order:

- hint values: how an argument of a subscription is normalised (`_as_hint`) and shown in a repr
  (`_show`);
- special forms (Any, Union, Optional, Literal, ClassVar, ...): instances of `_SpecialForm`, each
  carrying the function its subscription runs;
- type parameters (TypeVar, ParamSpec, TypeVarTuple) and TypeAliasType, whose bound, constraints,
  default and value may be computed lazily (the PEP 695 syntax makes them so);
- aliases: `_GenericAlias` is any subscripted form or class, with kinds for unions, literals,
  callables and Annotated; `_SpecialGenericAlias` is an unsubscripted alias such as typing.List;
- Generic and Protocol (class statements reach them through __mro_entries__, PEP 560);
- NamedTuple, TypedDict, NewType;
- the functions (get_type_hints, get_origin, get_args, overload, cast, ...).

The class names programs see in reprs and type() output (`_GenericAlias`, `_SpecialForm`, ...)
are the ones CPython shows; the other private names belong to this file.
"""

import sys
import collections
import collections.abc
import _operator
import types

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
           'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'BinaryIO', 'IO', 'TextIO', 'ForwardRef',
           'AnyStr', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType',
           'no_type_check', 'no_type_check_decorator', 'overload', 'runtime_checkable', 'Text',
           'TYPE_CHECKING', 'Annotated', 'NoReturn', 'Never', 'Self', 'LiteralString',
           'TypeAlias', 'TypeGuard', 'Required', 'NotRequired', 'ParamSpec', 'ParamSpecArgs',
           'ParamSpecKwargs', 'Concatenate', 'assert_never', 'assert_type', 'reveal_type',
           'is_typeddict', 'dataclass_transform', 'override', 'get_overloads', 'clear_overloads',
           'TypeVarTuple', 'Unpack', 'ReadOnly', 'TypeIs', 'TypeAliasType', 'NoDefault',
           'get_protocol_members', 'is_protocol']

TYPE_CHECKING = False


# ---------------------------------------------------------------------------- hint values

def _show(arg):
    # An argument as it appears inside an alias's repr: classes by qualified name (builtins
    # bare), functions by name, `...` as written, parameter lists in brackets, else repr().
    if isinstance(arg, types.GenericAlias):
        return repr(arg)
    if isinstance(arg, type):
        where = arg.__module__
        return arg.__qualname__ if where == 'builtins' else f'{where}.{arg.__qualname__}'
    if arg is ...:
        return '...'
    if isinstance(arg, types.FunctionType):
        return arg.__name__
    if isinstance(arg, tuple):
        return '[' + ', '.join([_show(a) for a in arg]) + ']'
    return repr(arg)


def _as_hint(arg, complaint, *, in_class=False, nested=True):
    # Normalises one argument of a subscription: None means NoneType, a string is a forward
    # reference. A tuple, a bare special form or a ClassVar/Final where it cannot stand are errors.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, is_argument=nested, is_class=in_class)
    if type(arg) is tuple:
        raise TypeError(f"{complaint} Got {arg!r:.100}.")
    if isinstance(arg, _GenericAlias):
        head = arg.__origin__
        if head in _PLAIN_BASES or (head is ClassVar and not in_class) \
                or (head is Final and nested):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg
    if isinstance(arg, _SpecialForm):
        if arg in _STANDALONE_FORMS or (in_class and arg in (ClassVar, Final)):
            return arg
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if arg in _PLAIN_BASES:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    return arg


# Generic and Protocol once they exist: bases only, never type arguments
_PLAIN_BASES = ()


def _as_args(params):
    return params if isinstance(params, tuple) else (params,)


class ForwardRef:
    """A type written as a string, evaluated later (get_type_hints does)."""

    __slots__ = ('__forward_arg__', '__forward_module__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_evaluated__', '__forward_value__',
                 '__forward_code__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_evaluated__ = False
        self.__forward_value__ = None

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        where = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{where})'


def _evaluate_hint(value, globalns, localns, seen=frozenset()):
    # The value of a hint with every forward reference in it (also nested ones) evaluated.
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        name = value.__forward_arg__
        if name in seen:
            return value
        if value.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(value.__forward_module__), '__dict__', globalns)
        result = eval(value.__forward_code__, globalns, localns)
        return _evaluate_hint(_as_hint(result, 'Forward references must evaluate to types.',
                                       in_class=value.__forward_is_class__,
                                       nested=value.__forward_is_argument__),
                              globalns, localns, seen | {name})
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        parts = value.__args__
        done = tuple(_evaluate_hint(p, globalns, localns, seen) for p in parts)
        if isinstance(value, _AnnotatedAlias):
            return _AnnotatedAlias(done[0], value.__metadata__) if done[0] is not parts[0] else value
        if all(a is b for a, b in zip(done, parts)):
            return value
        if isinstance(value, _UnionGenericAlias):
            return Union[done]
        return value.copy_with(done)
    if isinstance(value, types.GenericAlias):
        done = tuple(_evaluate_hint(p, globalns, localns, seen) for p in value.__args__)
        return types.GenericAlias(value.__origin__, done)
    if _is_pipe_union(value):
        done = [_evaluate_hint(p, globalns, localns, seen) for p in value.__args__]
        result = done[0]
        for part in done[1:]:
            result = result | part
        return result
    return value


def _is_pipe_union(value):
    return isinstance(value, types.UnionType) and not isinstance(value, tuple)


# ---------------------------------------------------------------------------- special forms

class _SpecialForm:
    """A special form such as Union or ClassVar; `form[x]` calls the function it was made with."""

    def __init__(self, subscript, name, doc=None):
        self._label = name
        self._subscript = subscript
        self.__doc__ = doc if doc is not None else subscript.__doc__

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._label
        raise AttributeError(attr)

    def __getitem__(self, parameters):
        return self._subscript(self, parameters)

    def __repr__(self):
        return 'typing.' + self._label

    def __reduce__(self):
        return self._label

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _form(doc):
    # Decorator: the function becomes the subscription of a special form of its own name.
    def make(subscript):
        return _SpecialForm(subscript, subscript.__name__, doc)
    return make


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: every type is compatible with Any and Any
    with every type. It may be subclassed (to silence a checker about an unknown base)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _unsubscriptable(name, doc):
    def subscript(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    return _SpecialForm(subscript, name, doc)


NoReturn = _unsubscriptable('NoReturn', "The return type of a function that never returns normally.")
Never = _unsubscriptable('Never', "The empty type: no value has it.")
Self = _unsubscriptable('Self', "Used to spell the type of the enclosing class.")
LiteralString = _unsubscriptable('LiteralString', "A str known to be built from literals only (PEP 675).")
TypeAlias = _unsubscriptable('TypeAlias', "Special form marking an explicit type alias.")

# forms that are valid on their own as a type argument (List[Never], Callable[..., NoReturn])
_STANDALONE_FORMS = (NoReturn, Never, Self, LiteralString, TypeAlias)


def _wrapper_form(name, doc, needs_label_only=False):
    # A form taking exactly one type: ClassVar[int], Final[str], Required[int], ...
    def subscript(self, parameters):
        if needs_label_only:
            complaint = f"{name} accepts only a single type."
        else:
            complaint = f"{self} accepts only single type."
        item = _as_hint(parameters, complaint, in_class=name in ('ClassVar', 'Final'),
                        nested=name not in ('ClassVar', 'Final'))
        return _GenericAlias(self, (item,))
    return _SpecialForm(subscript, name, doc)


ClassVar = _wrapper_form('ClassVar', "Marks a class variable: ClassVar[int].")
Final = _wrapper_form('Final', "Marks a name that cannot be reassigned or overridden.")
TypeGuard = _wrapper_form('TypeGuard', "Marks a user-defined type guard function (PEP 647).")
TypeIs = _wrapper_form('TypeIs', "Marks a user-defined type narrowing function (PEP 742).")
Required = _wrapper_form('Required', "Marks a required key of a TypedDict.", True)
NotRequired = _wrapper_form('NotRequired', "Marks a key of a TypedDict that may be absent.", True)
ReadOnly = _wrapper_form('ReadOnly', "Marks a read-only item of a TypedDict (PEP 705).", True)
Unpack = _wrapper_form('Unpack', "Unpacks a TypeVarTuple or a TypedDict (PEPs 646, 692).")


def _union_members(parameters):
    # The members of a union in first-seen order, nested unions opened, duplicates dropped.
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias) or _is_pipe_union(p):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    members = []
    for p in flat:
        if not any(p == m and type(p) is type(m) for m in members):
            members.append(p)
    return tuple(members)


@_form("Union[X, Y] means either X or Y; nested unions are flattened, duplicates removed and a "
       "union of one type is that type. Optional[X] is Union[X, None].")
def Union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    complaint = "Union[arg, ...]: each arg must be a type."
    members = _union_members(tuple(_as_hint(p, complaint) for p in _as_args(parameters)))
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(self, members)


@_form("Optional[X] means X or None: Union[X, None].")
def Optional(self, parameters):
    return Union[_as_hint(parameters, f"{self} requires a single type."), None]


def _literal_values(parameters):
    # Literal[Literal[1, 2], 3] is Literal[1, 2, 3]; equal values of one type are kept once
    values = []
    for p in parameters:
        values.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    kept = []
    seen = []
    for v in values:
        try:
            key = (v, type(v))
            if key in seen:
                continue
            seen.append(key)
        except TypeError:
            pass
        kept.append(v)
    return tuple(kept)


@_form("A type whose values are exactly the given literals: Literal['r', 'w'].")
def Literal(self, parameters):
    return _LiteralGenericAlias(self, _literal_values(_as_args(parameters)))


def _is_parameter_list(arg):
    return arg is ... or isinstance(arg, (ParamSpec, tuple, list)) or \
        (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


@_form("Concatenate[X, P] adds leading parameters to a ParamSpec (PEP 612).")
def Concatenate(self, parameters):
    parameters = _as_args(parameters)
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or "
                        "ellipsis.")
    complaint = "Concatenate[arg, ...]: each arg must be a type."
    head = tuple(_as_hint(p, complaint) for p in parameters[:-1])
    return _GenericAlias(self, head + (parameters[-1],))


@_form("Annotated[T, x, ...] is T carrying the metadata x, ... (PEP 593).")
def Annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    target = _as_hint(params[0], "Annotated[t, ...]: t must be a type.", in_class=True)
    return _AnnotatedAlias(target, tuple(params[1:]))


# ---------------------------------------------------------------------------- type parameters

class _NoDefaultType:
    """The marker for a type parameter without a default (typing.NoDefault)."""
    __slots__ = ()

    def __new__(cls):
        return NoDefault

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


NoDefault = object.__new__(_NoDefaultType)
# CPython's type of NoDefault prints as <class 'NoDefaultType'>
_NoDefaultType.__name__ = _NoDefaultType.__qualname__ = 'NoDefaultType'
_NoDefaultType.__module__ = 'builtins'


class _Deferred:
    # A value that the type parameter syntax computes on first use (PEP 695 lazy evaluation).
    __slots__ = ('compute',)

    def __init__(self, compute):
        self.compute = compute


def _settle(obj, field):
    # Reads a field that may still be deferred; stores the computed value so it is computed once.
    try:
        value = obj.__dict__[field]
    except KeyError:
        raise AttributeError(f"'typing.{type(obj).__name__}' object has no attribute "
                             f"'__{field.split('_')[1]}__'") from None
    if type(value) is _Deferred:
        value = value.compute()
        obj.__dict__[field] = value
    return value


def _caller_module(depth=2):
    # The module of the code that called the constructor `depth` frames up from here.
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _TypeParamBase:
    # Fields shared by TypeVar, ParamSpec and TypeVarTuple; __default__ may be deferred.

    @property
    def __default__(self):
        return _settle(self, '_default_field')

    def has_default(self):
        value = self.__dict__['_default_field']
        return type(value) is _Deferred or value is not NoDefault

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __setattr__(self, name, value):
        if name in ('__bound__', '__constraints__', '__default__'):
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' is not an acceptable "
                            f"base type")
        super().__init_subclass__(*args, **kwargs)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def _set_common(self, name, bound, default, covariant, contravariant, infer_variance):
        self.__name__ = name
        self.__dict__['_bound_field'] = bound
        self.__dict__['_default_field'] = default
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        module = _caller_module(3)
        if module is not None:
            self.__module__ = module

    @property
    def __bound__(self):
        return _settle(self, '_bound_field')

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise ValueError("Variance cannot be specified with infer_variance.")


class TypeVar(_TypeParamBase):
    """Type variable: T = TypeVar('T'), optionally bound, constrained, variant or defaulted."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if bound is not None:
            bound = _as_hint(bound, "Bound must be a type.")
        complaint = "TypeVar(name, constraint, ...): constraints must be types."
        self.__dict__['_constraints_field'] = tuple(_as_hint(c, complaint) for c in constraints)
        self._set_common(name, bound, default, covariant, contravariant, infer_variance)

    @property
    def __constraints__(self):
        return _settle(self, '_constraints_field')


class ParamSpec(_TypeParamBase):
    """Parameter specification variable (PEP 612): P = ParamSpec('P'); P.args, P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_variance(covariant, contravariant, infer_variance)
        # the constructor (not the `**P` syntax) turns bound=None into NoneType, as CPython's does
        self._set_common(name, type(None) if bound is None else bound, default, covariant,
                         contravariant, infer_variance)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class _ParamSpecPart:
    # P.args and P.kwargs: equal when they are the same part of equal ParamSpecs
    __slots__ = ('__origin__',)

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    # like CPython's, P.args and P.kwargs compare equal but are not hashable
    __hash__ = None


class ParamSpecArgs(_ParamSpecPart):
    """The type of `*args` of a function typed with a ParamSpec: P.args."""
    __slots__ = ()
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """The type of `**kwargs` of a function typed with a ParamSpec: P.kwargs."""
    __slots__ = ()
    _part = 'kwargs'


class TypeVarTuple(_TypeParamBase):
    """Variadic type variable (PEP 646): Ts = TypeVarTuple('Ts'); Tuple[*Ts]."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__dict__['_default_field'] = default
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


_TYPE_PARAMS = (TypeVar, ParamSpec, TypeVarTuple)


def _type_param_from_syntax(kind, name, bound, constraints, default):
    # Called by the code the compiler makes for `def f[T: bound = default]` (PEP 695): bound,
    # constraints and default are functions (or None) evaluated on first access.
    if kind == 'TypeVar':
        tp = TypeVar(name, infer_variance=True)
        if bound is not None:
            tp.__dict__['_bound_field'] = _Deferred(bound)
        if constraints is not None:
            tp.__dict__['_constraints_field'] = _Deferred(constraints)
    elif kind == 'ParamSpec':
        tp = ParamSpec(name, infer_variance=True)
        tp.__dict__['_bound_field'] = None
    else:
        tp = TypeVarTuple(name)
    if default is not None:
        tp.__dict__['_default_field'] = _Deferred(default)
    tp.__module__ = 'typing'
    return tp


class TypeAliasType:
    """A type alias made by the `type` statement (or TypeAliasType(name, value, type_params=()))."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType name must be a string")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        d = self.__dict__
        d['__name__'] = name
        d['_value_field'] = value
        d['__type_params__'] = type_params
        d['__parameters__'] = type_params
        d['__module__'] = _caller_module() or '__main__'

    @property
    def __value__(self):
        return _settle(self, '_value_field')

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__', '__parameters__', '__module__'):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        return _GenericAlias(self, _as_args(params))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


def _type_alias_from_syntax(name, value, type_params):
    # Called by the code the compiler makes for `type Name[T] = value`; value is a function.
    alias = TypeAliasType(name, _Deferred(value), type_params=type_params)
    alias.__dict__['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    return alias


# ---------------------------------------------------------------------------- aliases

def _free_params(args):
    # The type parameters an argument list still mentions, in first-seen order.
    found = []
    for a in args:
        if isinstance(a, _TYPE_PARAMS):
            inner = (a,)
        elif isinstance(a, (tuple, list)):
            inner = _free_params(a)
        else:
            inner = getattr(a, '__parameters__', ()) if not isinstance(a, type) else ()
            if not isinstance(inner, tuple):
                inner = ()
        for p in inner:
            if isinstance(p, _TYPE_PARAMS) and p not in found:
                found.append(p)
    return tuple(found)


def _replace_params(arg, mapping):
    # `arg` with the type parameters in `mapping` replaced by their values.
    if isinstance(arg, _TYPE_PARAMS):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate:
        # Concatenate[int, P] with P given a parameter list is that list after int
        head = tuple(_replace_params(a, mapping) for a in arg.__args__[:-1])
        tail = _replace_params(arg.__args__[-1], mapping)
        if isinstance(tail, (tuple, list)):
            return head + tuple(tail)
        return arg.copy_with(head + (tail,))
    if isinstance(arg, tuple):
        return tuple(_replace_params(a, mapping) for a in arg)
    if isinstance(arg, list):
        return [_replace_params(a, mapping) for a in arg]
    inner = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if inner and isinstance(inner, tuple) and hasattr(arg, '__getitem__'):
        return arg[tuple(mapping.get(p, p) for p in inner)]
    return arg


def _bind(owner, params, args):
    # Pairs the type parameters of `owner` with the arguments of its subscription.
    if not params:
        raise TypeError(f"{owner} is not a generic class")
    if len(params) == 1 and isinstance(params[0], ParamSpec):
        # X[int, str] and X[[int, str]] both give the single ParamSpec the list (int, str)
        if not (len(args) == 1 and _is_parameter_list(args[0])):
            args = (args,)
    args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {owner}; actual {len(args)}, expected at "
                            f"least {len(params) - 1}")
        packed = tuple(args[i:len(args) - after])
        return dict(zip(params[:i], args[:i])) | {params[i]: packed} | \
            dict(zip(params[i + 1:], args[len(args) - after:]))
    if len(args) > len(params):
        raise TypeError(f"Too many arguments for {owner}; actual {len(args)}, expected "
                        f"{len(params)}")
    if len(args) < len(params):
        # PEP 696: missing trailing arguments take the parameters' defaults
        if not all(p.has_default() for p in params[len(args):]):
            needed = sum(1 for p in params if not p.has_default())
            raise TypeError(f"Too few arguments for {owner}; actual {len(args)}, expected "
                            f"at least {needed}")
        args = args + tuple(p.__default__ for p in params[len(args):])
    return dict(zip(params, args))


class _GenericAlias:
    """A subscripted form or generic class: List[int], ClassVar[str], Box[T], Generic[T]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        # stored straight into __dict__: __setattr__ below forwards other names to the origin
        fields = self.__dict__
        fields['__origin__'] = origin
        fields['__args__'] = args = _as_args(args)
        fields['__parameters__'] = _free_params(args)
        fields['_label'] = name
        fields['_callable_ok'] = inst
        if not name:
            fields['__module__'] = getattr(origin, '__module__', 'typing')

    @property
    def _name(self):
        return self._label

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._label or self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_label') \
                or attr == '_callable_ok':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, value):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_label', '_callable_ok'):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._callable_ok:
            raise TypeError(f"Type {self._label} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            # a class with __slots__ or a builtin cannot record where it came from
            pass
        return made

    def __mro_entries__(self, bases):
        head = self.__origin__
        if isinstance(head, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        later = bases[bases.index(self) + 1:]
        if head is Generic:
            # a Protocol[...] or another generic base later on brings Generic in itself
            if Protocol in bases or any(isinstance(b, _GenericAlias) for b in later):
                return ()
            return (Generic,)
        if self._label is None:
            return (head,)
        entries = () if head in bases else (head,)
        if any(isinstance(b, (_GenericAlias, _SpecialGenericAlias))
               or isinstance(b, type) and issubclass(b, Generic) for b in later):
            return entries
        return entries + (Generic,)

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        args = _as_args(args)
        mapping = _bind(self, self.__parameters__, args)
        return self.copy_with(tuple(_replace_params(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._label, inst=self._callable_ok)

    def __repr__(self):
        head = 'typing.' + self._label if self._label else _show(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join([_show(a) for a in self.__args__])}]'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __reduce__(self):
        origin = self.__origin__ if self._label is None else globals()[self._label]
        args = self.__args__
        return _operator.getitem, (origin, args[0] if len(args) == 1 else args)

    def __iter__(self):
        yield Unpack[self]


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y]; shown as Optional[X] when one of exactly two members is None."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, name=name or 'Union')

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not (isinstance(other, _UnionGenericAlias) or _is_pipe_union(other)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and type(None) in members:
            other = members[1] if members[0] is type(None) else members[0]
            return f'typing.Optional[{_show(other)}]'
        return f'typing.Union[{", ".join([_show(m) for m in members])}]'

    def __instancecheck__(self, obj):
        return any(isinstance(obj, m) for m in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, m) for m in self.__args__)

    def __reduce__(self):
        return _operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    """Literal[v, ...]: compared and hashed as a set of (value, type) pairs."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, name='Literal')
        self.__parameters__ = ()

    def _pairs(self):
        return {(v, type(v)) for v in self.__args__}

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._pairs() == other._pairs()

    def __hash__(self):
        return hash(frozenset(self._pairs()))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[A, B], R] keeps (A, B, R) as its arguments; Callable[..., R] and Callable[P, R]
    keep the parameter list as the first of two."""

    def __repr__(self):
        parts = self.__args__
        if len(parts) == 2 and _is_parameter_list(parts[0]):
            return f'typing.Callable[{_show(parts[0])}, {_show(parts[1])}]'
        return f'typing.Callable[[{", ".join([_show(a) for a in parts[:-1]])}], ' \
               f'{_show(parts[-1])}]'

    def copy_with(self, params):
        # a ParamSpec replaced by a parameter list opens into the argument list
        if len(params) == 2 and isinstance(params[0], (tuple, list)):
            params = (*params[0], params[1])
        return _CallableGenericAlias(self.__origin__, params, name=self._label,
                                     inst=self._callable_ok)

    def __reduce__(self):
        parts = self.__args__
        if not (len(parts) == 2 and _is_parameter_list(parts[0])):
            parts = (list(parts[:-1]), parts[-1])
        return _operator.getitem, (Callable, parts)


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: __origin__ is T, __metadata__ the extras; nested ones merge."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return f"typing.Annotated[{_show(self.__origin__)}, " \
               f"{', '.join(repr(m) for m in self.__metadata__)}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return _operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)


class _SpecialGenericAlias:
    """An unsubscripted alias of a class: typing.List, typing.Mapping, ...; `arity` is the
    number of arguments its subscription takes (-1: any number)."""

    def __init__(self, origin, arity, *, inst=True, name=None):
        self.__origin__ = origin
        self._arity = arity
        self._callable_ok = inst
        self._label = name or origin.__name__
        self.__module__ = 'typing'

    @property
    def _name(self):
        return self._label

    def __getitem__(self, params):
        complaint = "Parameters to generic types must be types."
        params = tuple(_as_hint(p, complaint) for p in _as_args(params))
        if self._arity == 0:
            raise TypeError(f"{self} is not a generic class")
        if self._arity > 0 and len(params) != self._arity:
            many = 'many' if len(params) > self._arity else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {self._arity}")
        return _GenericAlias(self.__origin__, params, name=self._label, inst=self._callable_ok)

    def __call__(self, *args, **kwargs):
        if not self._callable_ok:
            raise TypeError(f"Type {self._label} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        return 'typing.' + self._label

    def __reduce__(self):
        return self._label

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._label
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_label') \
                or attr in ('_arity', '_callable_ok'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._label == other._label

    def __hash__(self):
        return hash((self.__origin__, self._label))


class _CallableType(_SpecialGenericAlias):
    """typing.Callable: Callable[[A, B], R], Callable[..., R], Callable[P, R]."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        accepted, result = params
        result = _as_hint(result, "Callable[args, result]: result must be a type.")
        if isinstance(accepted, list):
            complaint = "Callable[[arg, ...], result]: each arg must be a type."
            params = (*[_as_hint(a, complaint) for a in accepted], result)
        elif _is_parameter_list(accepted):
            params = (accepted, result)
        else:
            raise TypeError("Callable[args, result]: args must be a list, an ellipsis, a "
                            f"ParamSpec, or Concatenate. Got {accepted}")
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _TupleAlias(_SpecialGenericAlias):
    # typing.Tuple: Tuple[int, str], Tuple[int, ...], Tuple[()] (the empty tuple).

    def __getitem__(self, params):
        params = _as_args(params)
        if params == ((),):
            params = ()
        complaint = "Tuple[t0, t1, ...]: each t must be a type."
        if len(params) == 2 and params[1] is ...:
            params = (_as_hint(params[0], complaint), ...)
        else:
            params = tuple(p if p is ... else _as_hint(p, complaint) for p in params)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


_cabc = collections.abc
Hashable = _SpecialGenericAlias(_cabc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_cabc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_cabc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_cabc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_cabc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_cabc.Iterable, 1)
Iterator = _SpecialGenericAlias(_cabc.Iterator, 1)
Reversible = _SpecialGenericAlias(_cabc.Reversible, 1)
Sized = _SpecialGenericAlias(_cabc.Sized, 0)
Container = _SpecialGenericAlias(_cabc.Container, 1)
Collection = _SpecialGenericAlias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_cabc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_cabc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_cabc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_cabc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_cabc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_cabc.ByteString, 0)
Tuple = _TupleAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_cabc.MappingView, 1)
KeysView = _SpecialGenericAlias(_cabc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_cabc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_cabc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_cabc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_cabc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')
del _cabc
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------- Generic, Protocol

def _generic_parameters_of(cls, params):
    # Generic[...] and Protocol[...]: the arguments must be distinct type parameters.
    # Generic[*Ts] (the class statement's implicit base writes it so) means Generic[Ts]
    params = tuple(p.__args__[0] if isinstance(p, _GenericAlias) and p.__origin__ is Unpack
                   and isinstance(p.__args__[0], TypeVarTuple) else p for p in params)
    if not params and cls is Generic:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    if not all(isinstance(p, _TYPE_PARAMS) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or "
                        f"parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    return params


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]); Box[int] is an alias whose
    instances are Boxes."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_args(params)
        if cls in (Generic, Protocol):
            return _GenericAlias(cls, _generic_parameters_of(cls, params))
        complaint = "Parameters to generic types must be types."
        params = tuple(p if p is ... or isinstance(p, (list, tuple)) else _as_hint(p, complaint)
                       for p in params)
        own = cls.__dict__.get('__parameters__', ())
        mapping = _bind(cls, own, params)
        args = []
        for p in own:
            # a TypeVarTuple stands for a run of arguments
            args.extend(mapping[p]) if isinstance(p, TypeVarTuple) else args.append(mapping[p])
        return _GenericAlias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        declared = cls.__dict__.get('__orig_bases__')
        if declared is None:
            if Generic in cls.__bases__ and cls.__name__ != 'Protocol' \
                    and not isinstance(cls, _TypedDictMeta):
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if any(b is Generic for b in declared) and not isinstance(cls, _TypedDictMeta):
            raise TypeError("Cannot inherit from plain Generic")
        used = _free_params(declared)
        listed = None
        for b in declared:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol):
                if b.__origin__ is Generic and listed is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                if listed is None or b.__origin__ is Generic:
                    listed = b.__args__
        if listed is not None:
            missing = [p for p in used if p not in listed]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are not "
                                f"listed in Generic[{', '.join(map(str, listed))}]")
            used = listed
        cls.__parameters__ = tuple(used)


# Names that are part of every class or of the machinery, never protocol members.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__qualname__',
    '__parameters__', '__orig_bases__', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__init_subclass__', '__orig_class__', '__mro_entries__',
    '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version', '_abc_registry',
    '_abc_invalidation_counter', '_abc_impl', '_declares_protocol', '_checkable_at_runtime'})

# ABCs outside typing that may stand among a protocol's bases (the documented list)
_PROTOCOL_FRIENDLY = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _members_of(cls):
    # The attribute names a protocol class asks for: its own and its protocol bases'.
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass is Generic or klass is Protocol:
            continue
        for attr in (*klass.__dict__, *klass.__dict__.get('__annotations__', {})):
            if attr not in _NOT_MEMBERS:
                names.add(attr)
    return names


def _supplies(candidate, attr):
    # is `attr` defined (and not blocked with None) somewhere along candidate's MRO?
    for klass in candidate.__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr] is not None
        if attr in getattr(klass, '__annotations__', {}):
            return True
    return False


class _ProtocolMeta(type(collections.abc.Iterable)):
    """Metaclass of Protocol: isinstance/issubclass check the members of a runtime protocol."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if not (name == 'Protocol' and bases == (Generic,)) and Protocol in bases:
            for b in bases:
                allowed = b in (object, Generic) or b.__dict__.get('_declares_protocol', False) \
                    or b.__name__ in _PROTOCOL_FRIENDLY.get(b.__module__, ())
                if not allowed:
                    raise TypeError(f"Protocols can only inherit from other protocols, got {b!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if cls.__dict__.get('_declares_protocol', False):
            # Protocol itself (made before its name is bound) declares no members
            cls.__protocol_attrs__ = _members_of(cls) if 'Protocol' in globals() else set()

    def _must_be_checkable(cls):
        if not cls.__dict__.get('_checkable_at_runtime', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")

    def __instancecheck__(cls, instance):
        if cls is Protocol or not cls.__dict__.get('_declares_protocol', False):
            return super().__instancecheck__(instance)
        cls._must_be_checkable()
        if _nominally(cls, type(instance)):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not cls.__dict__.get('_declares_protocol', False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cls._must_be_checkable()
        if cls.__non_callable_proto_members__:
            listed = sorted(cls.__non_callable_proto_members__)
            raise TypeError("Protocols with non-method members don't support issubclass(). "
                            f"Non-method members: {', '.join(map(repr, listed))}.")
        if _nominally(cls, other):
            return True
        return all(_supplies(other, attr) for attr in cls.__protocol_attrs__)


def _nominally(cls, other):
    # a subclass by inheritance or by ABC registration (no structural check, no caches)
    return cls in other.__mro__ or any(issubclass(other, r)
                                       for r in getattr(cls, '_abc_registry', ()))


def _refuse_protocol_init(self, *args, **kwargs):
    # __init__ of protocol classes: a protocol cannot be instantiated; a concrete class that
    # inherits this runs the first __init__ after the protocols in its MRO.
    cls = type(self)
    if cls.__dict__.get('_declares_protocol', False):
        raise TypeError('Protocols cannot be instantiated')
    for klass in cls.__mro__:
        init = klass.__dict__.get('__init__')
        if init is not None and init is not _refuse_protocol_init:
            if init is object.__init__:
                return
            init(self, *args, **kwargs)
            return


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, PEP 544): a class is a virtual
    subclass of a @runtime_checkable protocol when it has all the protocol's members."""

    __slots__ = ()
    _declares_protocol = True
    _checkable_at_runtime = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '_declares_protocol' not in own:
            # only a class naming Protocol among its bases is itself a protocol
            cls._declares_protocol = Protocol in cls.__bases__
        if '_checkable_at_runtime' not in own:
            cls._checkable_at_runtime = False
        if '__non_callable_proto_members__' not in own:
            cls.__non_callable_proto_members__ = set()
        if cls._declares_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _refuse_protocol_init


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and cls.__dict__.get('_declares_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._checkable_at_runtime = True
    data = set()
    for attr in cls.__protocol_attrs__:
        try:
            if not callable(getattr(cls, attr, None)):
                data.add(attr)
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {attr!r} is a method "
                            "member") from e
    cls.__non_callable_proto_members__ = data
    return cls


_PLAIN_BASES = (Generic, Protocol)


def is_protocol(tp, /):
    """True for a protocol class: is_protocol(SupportsInt)."""
    return isinstance(tp, type) and tp is not Protocol and \
        tp.__dict__.get('_declares_protocol', False) is True


def get_protocol_members(tp, /):
    """The frozenset of the members a protocol class declares."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


# ---------------------------------------------------------------------------- NamedTuple

# names a NamedTuple class body may not define (they belong to the generated class)
_NAMEDTUPLE_OWN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                             '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SKIP = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                              '__doc__', '__orig_bases__', '__classcell__',
                              '__static_attributes__', '__firstlineno__', '__type_params__'})


def _build_namedtuple(name, pairs, module, defaults=()):
    names = [n for n, _ in pairs]
    complaint = "field annotation must be a type"
    hints = {n: _as_hint(t, complaint) for n, t in pairs}
    made = collections.namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = hints
    return made


class _NamedTupleClassMaker(type):
    # Metaclass the class statement of a NamedTuple reaches: builds a namedtuple instead.

    def __new__(mcls, typename, bases, ns):
        for b in bases:
            if b is not _NamedTupleBase and b is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = ns.get('__annotations__', {})
        with_default = []
        for field in fields:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default "
                                f"field{plural} {', '.join(with_default)}")
        made = _build_namedtuple(typename, list(fields.items()),
                                 ns.get('__module__', '__main__'),
                                 [ns[f] for f in with_default])
        if Generic in bases:
            # a generic NamedTuple: the same class body over (tuple, Generic)
            body = dict(made.__dict__)
            body['__orig_bases__'] = ns['__orig_bases__']
            made = type(typename, (tuple, Generic), body)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_OWN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIP and key not in made._fields:
                setattr(made, key, value)
                hook = getattr(type(value), '__set_name__', None)
                if hook is not None:
                    hook(value, made, key)
        if ns.get('__doc__'):
            made.__doc__ = ns['__doc__']
        if '__orig_bases__' in ns:
            made.__orig_bases__ = ns['__orig_bases__']
        return made


_NamedTupleBase = type.__new__(_NamedTupleClassMaker, 'NamedTuple', (), {'__module__': __name__})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3, or
    NamedTuple('Employee', [('name', str), ('id', int)])."""
    if fields is None:
        if kwargs:
            import warnings
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated and "
                          "will be disallowed in Python 3.15. Use the class-based or functional "
                          "syntax instead.", DeprecationWarning, stacklevel=2)
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _build_namedtuple(typename, list(fields), _caller_module() or '__main__')


def _namedtuple_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_entries


# ---------------------------------------------------------------------------- TypedDict

def _key_qualifiers(hint):
    # The Required/NotRequired/ReadOnly wrappers around one TypedDict item's type.
    found = set()
    while isinstance(hint, _GenericAlias):
        head = hint.__origin__
        if isinstance(hint, _AnnotatedAlias):
            hint = hint.__origin__
        elif head in (Required, NotRequired, ReadOnly):
            found.add(head)
            hint = hint.__args__[0]
        else:
            break
    return found


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: the class is a dict subclass recording its keys."""

    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TypedDictMeta and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        real_bases = (Generic, dict) if Generic in bases else (dict,)
        made = type.__new__(_TypedDictMeta, name, real_bases, ns)
        complaint = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _as_hint(v, complaint, in_class=True)
               for k, v in ns.get('__annotations__', {}).items()}
        hints, required, optional, readonly = {}, set(), set(), set()
        for b in bases:
            if b is Generic:
                continue
            hints.update(b.__dict__.get('__annotations__', {}))
            required |= b.__dict__.get('__required_keys__', frozenset())
            optional |= b.__dict__.get('__optional_keys__', frozenset())
            readonly |= b.__dict__.get('__readonly_keys__', frozenset())
        hints.update(own)
        for key, hint in own.items():
            marks = _key_qualifiers(hint)
            needed = True if Required in marks else False if NotRequired in marks else total
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)
            if ReadOnly in marks:
                readonly.add(key)
            else:
                readonly.discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        made.__readonly_keys__ = frozenset(readonly)
        made.__mutable_keys__ = frozenset(hints) - frozenset(readonly)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        # instances of a TypedDict class are plain dicts
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': __name__})


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict with a fixed set of typed keys (PEP 589): class Movie(TypedDict): title: str, or
    TypedDict('Movie', {'title': str}). At runtime its instances are plain dicts."""
    if fields is None:
        fields = {}
    namespace = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        namespace['__module__'] = module
    made = _TypedDictMeta(typename, (), namespace, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


def _typeddict_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_entries


def is_typeddict(tp):
    """True for a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------- NewType

class NewType:
    """NewType('UserId', int) is a callable returning its argument unchanged that checkers treat
    as a distinct subtype of int."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __mro_entries__(self, bases):
        # the error names the class being defined, known only once its creation starts
        target = self.__name__

        class Refusal:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {target})`")
        return (Refusal,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------- functions

def cast(typ, val):
    """Tells a type checker that val has type typ; at runtime returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm that val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Asks a type checker for the type of obj; at runtime prints its runtime type."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Marks code a type checker should find unreachable; reaching it at runtime fails."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def get_origin(tp):
    """The unsubscripted form of a type: get_origin(List[int]) is list, of Annotated[int, x]
    Annotated, of int | str types.UnionType; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, types.GenericAlias, ParamSpecArgs,
                       ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _is_pipe_union(tp):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[int, str]) is (int, str); a
    Callable's parameter list comes back as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        parts = tp.__args__
        if tp.__origin__ is collections.abc.Callable and parts \
                and not (len(parts) == 2 and _is_parameter_list(parts[0])):
            return (list(parts[:-1]), parts[-1])
        return parts
    if _is_pipe_union(tp):
        return tp.__args__
    return ()


def _without_extras(hint):
    # A hint with Annotated, Required, NotRequired and ReadOnly removed at every depth.
    if isinstance(hint, _AnnotatedAlias):
        return _without_extras(hint.__origin__)
    if isinstance(hint, _GenericAlias) and hint.__origin__ in (Required, NotRequired, ReadOnly):
        return _without_extras(hint.__args__[0])
    if isinstance(hint, _GenericAlias) and not isinstance(hint, _LiteralGenericAlias):
        inner = tuple(_without_extras(a) for a in hint.__args__)
        if all(a is b for a, b in zip(inner, hint.__args__)):
            return hint
        return Union[inner] if isinstance(hint, _UnionGenericAlias) else hint.copy_with(inner)
    if isinstance(hint, types.GenericAlias):
        inner = tuple(_without_extras(a) for a in hint.__args__)
        return types.GenericAlias(hint.__origin__, inner)
    if _is_pipe_union(hint):
        inner = [_without_extras(a) for a in hint.__args__]
        result = inner[0]
        for part in inner[1:]:
            result = result | part
        return result
    return hint


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get('__annotations__', {})
        if not own:
            continue
        if globalns is None:
            where = getattr(sys.modules.get(klass.__module__), '__dict__', {})
        else:
            where = globalns
        scope = dict(vars(klass)) if localns is None else localns
        if localns is None and globalns is None:
            # names of the class body and its type parameters shadow the module's
            where, scope = where, {**{p.__name__: p for p in
                                      getattr(klass, '__type_params__', ())}, **scope}
        for name, value in own.items():
            if value is None:
                value = type(None)
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=False, is_class=True)
            hints[name] = _evaluate_hint(value, where, scope)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method with forward references evaluated
    (a class includes those of its bases); Annotated and the TypedDict qualifiers are removed
    unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        raw = getattr(obj, '__annotations__', None)
        if raw is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        hints = {}
        for name, value in raw.items():
            if value is None:
                value = type(None)
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                                   is_class=False)
            hints[name] = _evaluate_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _without_extras(hint) for name, hint in hints.items()}


# overloads by (module, qualified name) of the function they precede
_overloads_seen = {}


def _overload_key(func):
    inner = getattr(func, '__func__', func)
    return (getattr(inner, '__module__', None), getattr(inner, '__qualname__', None))


def _called_an_overload(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition that follows
    is the implementation. get_overloads() lists the signatures."""
    try:
        _overloads_seen.setdefault(_overload_key(func), []).append(func)
    except TypeError:
        pass
    return _called_an_overload


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    return list(_overloads_seen.get(_overload_key(func), ()))


def clear_overloads():
    """Forgets every recorded @overload signature."""
    _overloads_seen.clear()


def _mark(obj, attr):
    try:
        setattr(obj, attr, True)
    except (AttributeError, TypeError):
        # builtins and objects with __slots__ cannot carry the marker
        pass
    return obj


def final(f):
    """Marks a method that may not be overridden or a class that may not be subclassed; sets
    __final__ = True where it can."""
    return _mark(f, '__final__')


def override(method, /):
    """Marks a method as overriding one of a base class (PEP 698); sets __override__ = True."""
    return _mark(method, '__override__')


def no_type_check(arg):
    """Tells checkers to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        for value in list(vars(arg).values()):
            if isinstance(value, types.FunctionType) and \
                    value.__qualname__.startswith(arg.__qualname__ + '.'):
                _mark(value, '__no_type_check__')
    return _mark(arg, '__no_type_check__')


def no_type_check_decorator(decorator):
    """Makes a decorator whose results carry no_type_check."""
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    wrapped.__wrapped__ = decorator
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as creating dataclass-like classes (PEP 681);
    records its arguments in __dataclass_transform__."""
    def mark(target):
        target.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return target
    return mark


# ---------------------------------------------------------------------------- protocols and IO

@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An object with __abs__."""
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An object with __round__."""
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


class IO(Generic[AnyStr]):
    """Generic type of the file objects open() returns."""
    __slots__ = ()


class TextIO(IO):
    """Type of text files."""
    __slots__ = ()


class BinaryIO(IO):
    """Type of binary files."""
    __slots__ = ()
