"""Runtime support for type hints (FreeThreaded VM implementation).

Enough of the typing module for annotations to evaluate and be introspected: the special forms
(Any, Union, Optional, Literal, ClassVar, ...), the generic aliases of the builtin containers,
TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, get_type_hints, get_origin, get_args.
"""

import sys
import collections
import collections.abc
import functools
import types

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
           'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
           'AnyStr', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType',
           'no_type_check', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'Annotated',
           'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias', 'TypeGuard', 'Required',
           'NotRequired', 'ParamSpec', 'Concatenate', 'assert_never', 'assert_type',
           'reveal_type', 'is_typeddict', 'dataclass_transform', 'override', 'get_overloads',
           'clear_overloads', 'TypeVarTuple', 'Unpack', 'ReadOnly', 'TypeIs', 'TypeAliasType',
           'NoDefault']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_check(arg, msg=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """A special form like Union or ClassVar: subscripted through a function."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc or getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _special(name, doc=''):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    return _SpecialForm(getitem, name, doc)


NoReturn = _special('NoReturn')
Never = _special('Never')
Self = _special('Self')
LiteralString = _special('LiteralString')
TypeAlias = _special('TypeAlias')


def _single_arg_form(name):
    def getitem(self, parameters):
        if isinstance(parameters, tuple):
            if len(parameters) != 1:
                raise TypeError(f"{name} accepts only a single type.")
            parameters = parameters[0]
        item = _type_check(parameters)
        return _GenericAlias(self, (item,))
    return _SpecialForm(getitem, name)


ClassVar = _single_arg_form('ClassVar')
Final = _single_arg_form('Final')
TypeGuard = _single_arg_form('TypeGuard')
TypeIs = _single_arg_form('TypeIs')
Required = _single_arg_form('Required')
NotRequired = _single_arg_form('NotRequired')
ReadOnly = _single_arg_form('ReadOnly')
Unpack = _single_arg_form('Unpack')


def _flatten_union(args):
    out = []
    for a in args:
        if isinstance(a, _UnionGenericAlias):
            out.extend(a.__args__)
        elif isinstance(a, types.UnionType) and not isinstance(a, tuple):
            out.extend(a.__args__)
        else:
            out.append(a)
    deduped = []
    for a in out:
        if not any(a == b and type(a) is type(b) for b in deduped):
            deduped.append(a)
    return tuple(deduped)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _SpecialForm(_union_getitem, 'Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


Optional = _SpecialForm(_optional_getitem, 'Optional')


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


Literal = _SpecialForm(_literal_getitem, 'Literal')


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm(_concatenate_getitem, 'Concatenate')


class _NoDefaultType:
    """The marker for a type parameter without a default (typing.NoDefault)."""
    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


NoDefault = _NoDefaultType()


class _Deferred:
    """A value that the type parameter syntax computes on first use (PEP 695 lazy evaluation)."""
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


class _TypeParamBase(_Final):
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
            raise AttributeError(f"readonly attribute")
        object.__setattr__(self, name, value)

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


class TypeVar(_TypeParamBase):
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__dict__['_constraints_field'] = tuple(constraints)
        self._set_common(name, bound, default, covariant, contravariant, infer_variance)

    @property
    def __constraints__(self):
        return _settle(self, '_constraints_field')


class ParamSpec(_TypeParamBase):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        # the constructor (not the `**P` syntax) turns bound=None into NoneType, as CPython's does
        self._set_common(name, type(None) if bound is None else bound, default, covariant,
                         contravariant, infer_variance)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class TypeVarTuple(_TypeParamBase):
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
            raise AttributeError(f"readonly attribute")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"readonly attribute")

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

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


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, T], ClassVar[int], Box[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__', '_name', '_inst', '__parameters__'}:
            raise AttributeError(attr)
        if attr.startswith('__') and attr.endswith('__') and attr not in ('__name__', '__qualname__', '__doc__'):
            raise AttributeError(attr)
        if attr in ('__name__', '__qualname__') and self._name:
            return self._name
        return getattr(self.__origin__, attr)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self}")
        subst = dict(zip(params, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)


def operator_getitem(a, b):
    return a[b]


class _TypingEllipsis:
    pass


def _subst(a, subst):
    if isinstance(a, (TypeVar, ParamSpec)):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a[tuple(subst.get(p, p) for p in a.__parameters__)]
    return a


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name=name or 'Union')

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)) or isinstance(other, tuple):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, name='Literal')
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_Final):
    """Unsubscripted aliases of builtin generics: typing.List, typing.Dict, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Tuple':
            if params == ((),):
                params = ()
            return _GenericAlias(tuple, params, name='Tuple', inst=False)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        return 'typing.' + self._name

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*args, result)
        elif args is Ellipsis:
            params = (Ellipsis, result)
        else:
            params = (args, result)
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _SpecialGenericAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_check(p) for p in params)
    if cls in (Generic, Protocol):
        # Generic[*Ts] (as the class statement's implicit base writes it) means Generic[Ts]
        params = tuple(p.__args__[0] if getattr(p, '__origin__', None) is Unpack
                       and isinstance(p.__args__[0], TypeVarTuple) else p for p in params)
        for p in params:
            if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        # Without __mro_entries__ in class statements, Generic[T] is a real (cached) base class.
        key = (cls, params)
        base = _generic_bases.get(key)
        if base is None:
            base = type(cls)(f'{cls.__name__}[{", ".join(repr(p) for p in params)}]', (cls,),
                             {'__parameters__': params, '__module__': 'typing', '_is_generic_base': True})
            _generic_bases[key] = base
        return base
    expected = cls.__dict__.get('__parameters__', ())
    if len(expected) == 1 and isinstance(expected[0], ParamSpec):
        # for class C[**P]: C[int, str] and C[[int, str]] both mean the parameter list (int, str)
        if not (len(params) == 1 and (params[0] is ... or isinstance(params[0], (tuple, list, ParamSpec)))):
            params = (params,)
    if any(isinstance(p, ParamSpec) for p in expected):
        # a parameter list given as a list is kept as a tuple
        params = tuple(tuple(a) if isinstance(a, list) else a for a in params)
    if expected and not any(isinstance(p, (ParamSpec, TypeVarTuple)) for p in expected):
        if len(params) > len(expected):
            raise TypeError(f"Too many arguments for {cls}; actual {len(params)}, expected {len(expected)}")
        if len(params) < len(expected):
            # PEP 696: missing trailing arguments take the parameters' defaults
            filled = list(params)
            for p in expected[len(params):]:
                if not p.has_default():
                    required = sum(1 for q in expected if not q.has_default())
                    raise TypeError(f"Too few arguments for {cls}; actual {len(params)}, expected at least {required}")
                filled.append(p.__default__)
            params = tuple(filled)
    return _GenericAlias(cls, params)


_generic_bases = {}


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False
    __parameters__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_generic_base', False):
            params = []
            orig = cls.__dict__.get('__orig_bases__')
            if orig is not None:
                # Some base was an alias such as Box[T] (PEP 560): the parameters are those of an
                # explicit Generic[...] base, else those of the bases in order.
                explicit = [b for b in orig if isinstance(b, type) and b.__dict__.get('_is_generic_base', False)]
                params = list(explicit[0].__parameters__ if explicit else _collect_parameters(orig))
            for b in cls.__mro__[1:] if orig is None else ():
                for p in b.__dict__.get('__parameters__', ()) if b.__dict__.get('_is_generic_base', False) else ():
                    if p not in params:
                        params.append(p)
            if params or '__parameters__' not in cls.__dict__:
                cls.__parameters__ = tuple(params)
            if '__orig_bases__' not in cls.__dict__:
                cls.__orig_bases__ = cls.__bases__


_PROTO_ALLOWLIST = {'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator',
                                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                                        'Collection', 'Reversible', 'Buffer'],
                    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager']}

_SPECIAL_NAMES = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                            '__weakref__', '__class_getitem__', '__match_args__',
                            '__static_attributes__', '__firstlineno__', '__qualname__',
                            '__parameters__', '__orig_bases__', '__protocol_attrs__',
                            '_is_protocol', '_is_runtime_protocol', '__non_callable_proto_members__',
                            '__type_params__', '_is_generic_base', '__init_subclass__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'} or base.__dict__.get('_is_generic_base', False):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type(collections.abc.Iterable)):
    def __instancecheck__(cls, instance):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if cls.__non_callable_proto_members__:
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol or b.__dict__.get('_is_generic_base', False) and issubclass(b, Protocol)
                                   for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        cls.__non_callable_proto_members__ = set()
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


def cast(typ, val):
    """Casts a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType) and not isinstance(tp, tuple):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _CallableGenericAlias):
        res = tp.__args__
        if res and res[0] is not Ellipsis:
            return (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if isinstance(tp, types.GenericAlias):
        return tp.__args__
    if isinstance(tp, types.UnionType) and not isinstance(tp, tuple):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The evaluated annotations of a function, class or module."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    try:
        _overload_registry.setdefault(func.__qualname__, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def final(f):
    """Decorator indicating final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__),
                                                 ", ".join(repr(a) for a in self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Annotated = _SpecialForm(_annotated_getitem, 'Annotated')


# ---------------------------------------------------------------------------- NamedTuple

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t) for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__']:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl

    def __call__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
        return _make_nmtuple(typename, list(fields), module=module)


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3"""
    _root = True


# ---------------------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, (dict,), ns)
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = {n: _type_check(tp) for n, tp in ns.get('__annotations__', {}).items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = get_origin(annotation_type)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__readonly_keys__ = frozenset()
        tp_dict.__mutable_keys__ = frozenset(annotations)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# The one-off abstract protocols of typing.
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    runtime_checkable(_p)
del _p


class IO(Generic[AnyStr]):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass

