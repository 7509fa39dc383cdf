"""Data classes: the @dataclass decorator and its helpers.

Written for the FreeThreaded VM from the documentation of the dataclasses module (and PEP 557).
@dataclass reads a class's annotations, turns each into a Field and adds the special methods the
options ask for. __init__, __repr__ and the comparison methods are compiled from generated source
so an instance is built by plain attribute stores (dataclass_create in bench/ times this).
"""

import abc
import copy
import keyword
import re
import sys
import types
from _thread import get_ident as _thread_id

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


# ---------------------------------------------------------------------------- markers

# Programs see these class names in the default reprs of MISSING and KW_ONLY.
class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


MISSING = _MISSING_TYPE()     # "no value given" for default, default_factory and kw_only
KW_ONLY = _KW_ONLY_TYPE()     # annotation marker: the fields after it are keyword-only


class _FactoryDefault:
    """The __init__ default of a field with a default_factory (shown as <factory> in signatures)."""
    __slots__ = ()

    def __repr__(self):
        return '<factory>'


_USE_FACTORY = _FactoryDefault()


class _FieldKind:
    """What an annotated name is: a field, a ClassVar or an InitVar. Field.__repr__ prints the
    kind by the module-level name it is bound to (_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR)."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


class InitVar:
    """Annotation for an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{inner}]'

    def __class_getitem__(cls, type):
        return cls(type)


# ---------------------------------------------------------------------------- Field

class Field:
    """One field of a dataclass: its name, type, default and per-method switches.

    Made by field(); the decorator fills in name, type and the kind."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = types.MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in (
            'name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
            'metadata', 'kw_only', '_field_type'))
        return f'Field({shown})'

    def __set_name__(self, owner, name):
        # A descriptor used as the default learns its name too, as if it were the class attribute.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory (not both) and which generated methods
    take it into account. metadata is any mapping, kept read-only for third-party use."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    """The decorator's arguments, kept as __dataclass_params__ (the repr is observable)."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                 weakref_slot):
        for name, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen,
                                                match_args, kw_only, slots, weakref_slot)):
            setattr(self, name, value)

    def __repr__(self):
        return '_DataclassParams(' + ','.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__) + ')'


# ---------------------------------------------------------------------------- reading the class

# "[module.]Name" at the start of a string annotation.
_LEADING_NAME = re.compile(r'\s*(?:(\w+)\s*\.)?\s*(\w+)')


def _names_marker(annotation, cls, marker, home):
    """True when the string annotation names marker (e.g. 'ClassVar[int]', 't.ClassVar'), as
    resolved in the namespace of cls's module; home is the module defining the marker."""
    found = _LEADING_NAME.match(annotation)
    if found is None:
        return False
    module = sys.modules.get(cls.__module__)
    namespace = getattr(module, '__dict__', {})
    qualifier, name = found.groups()
    if qualifier is None:
        return namespace.get(name) is marker
    prefix = namespace.get(qualifier)
    return prefix is home and getattr(prefix, name, None) is marker


def _kind_of(annotation, cls):
    typing = sys.modules.get('typing')
    class_var = getattr(typing, 'ClassVar', None)
    here = sys.modules[__name__]
    if isinstance(annotation, str):
        if class_var is not None and _names_marker(annotation, cls, class_var, typing):
            return _FIELD_CLASSVAR
        if _names_marker(annotation, cls, InitVar, here):
            return _FIELD_INITVAR
        return _FIELD
    if class_var is not None and (annotation is class_var
                                  or getattr(annotation, '__origin__', None) is class_var):
        return _FIELD_CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(annotation, cls):
    if isinstance(annotation, str):
        return _names_marker(annotation, cls, KW_ONLY, sys.modules[__name__])
    return annotation is KW_ONLY


def _field_from_annotation(cls, name, annotation, kw_only_default):
    """The Field for one annotated name of cls (checked, with its kind and kw_only settled)."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING    # a __slots__ entry, not a default
        f = field(default=value)
    f.name = name
    f.type = annotation
    kind = f._field_type = _kind_of(annotation, cls)
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if kind is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        # Unhashable is the documented test for "mutable" (list, dict, set, ...).
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


def _own_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    found = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation, cls):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
            continue
        found.append(_field_from_annotation(cls, name, annotation, kw_only))
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return found


# ---------------------------------------------------------------------------- code generation

def _compile(cls, name, params, body, env):
    """Build method `name` of cls from source lines; env's values are visible to the body (as
    closure variables) and globals are those of cls's module."""
    text = [f'def __dataclass_make__({", ".join(env)}):',
            f'    def {name}({", ".join(params)}):']
    text.extend('        ' + line for line in body)
    text.append(f'    return {name}')
    module = sys.modules.get(cls.__module__)
    namespace = module.__dict__ if module is not None else {}
    scope = {}
    exec('\n'.join(text), namespace, scope)
    method = scope['__dataclass_make__'](**env)
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def _unique_self(field_names):
    name = 'self'
    while name in field_names:
        name = '_' + name
    return name


def _make_init(cls, all_fields, frozen, slots, post_init):
    """__init__: parameters for the init fields (keyword-only ones after '*'), defaults put in
    __defaults__/__kwdefaults__, a factory run when its marker default is still there."""
    names = {f.name for f in all_fields}
    me = _unique_self(names)
    env = {'__dataclass_factory_marker__': _USE_FACTORY}
    if frozen:
        env['__dataclass_setattr__'] = object.__setattr__

    def store(name, expr):
        if frozen:
            return f'__dataclass_setattr__({me}, {name!r}, {expr})'
        return f'{me}.{name} = {expr}'

    positional, keyword_only, defaults, kwdefaults, body = [], [], [], {}, []
    annotations = {}
    seen_default = None
    for i, f in enumerate(all_fields):
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if f.init:
            annotations[f.name] = f.type
            default = _USE_FACTORY if f.default_factory is not MISSING else f.default
            if f.kw_only:
                keyword_only.append(f.name)
                if has_default:
                    kwdefaults[f.name] = default
            else:
                if has_default:
                    seen_default = f
                    defaults.append(default)
                elif seen_default is not None:
                    raise TypeError(f'non-default argument {f.name!r} follows default '
                                    f'argument {seen_default.name!r}')
                positional.append(f.name)
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            factory = f'__dataclass_factory_{i}__'
            env[factory] = f.default_factory
            if f.init:
                body.append(store(f.name, f'{factory}() if {f.name} is '
                                          f'__dataclass_factory_marker__ else {f.name}'))
            else:
                body.append(store(f.name, f'{factory}()'))
        elif f.init:
            body.append(store(f.name, f.name))
        elif slots and f.default is not MISSING:
            # With __slots__ there is no class attribute to fall back on: store the default.
            value = f'__dataclass_default_{i}__'
            env[value] = f.default
            body.append(store(f.name, value))
    if post_init:
        passed = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({passed})')
    params = [me] + positional + (['*'] + keyword_only if keyword_only else [])
    init = _compile(cls, '__init__', params, body or ['pass'], env)
    init.__defaults__ = tuple(defaults) or None
    init.__kwdefaults__ = kwdefaults or None
    annotations['return'] = None
    init.__annotations__ = annotations
    return init


def _make_repr(cls, shown):
    """__repr__: Class(name=value, ...) by __qualname__; an instance met again while its own
    repr is being computed (in the same thread) shows as '...'."""
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    body = ['key = (id(self), __dataclass_thread_id__())',
            'if key in __dataclass_active__:',
            "    return '...'",
            '__dataclass_active__.add(key)',
            'try:',
            f'    return f"{{self.__class__.__qualname__}}({parts})"',
            'finally:',
            '    __dataclass_active__.discard(key)']
    method = _compile(cls, '__repr__', ['self'], body,
                      {'__dataclass_thread_id__': _thread_id, '__dataclass_active__': set()})
    method._dataclass_generated = True   # our pprint lays out generated reprs field by field
    return method


def _values_of(side, fields):
    return '(' + ''.join(f'{side}.{f.name},' for f in fields) + ')'


def _make_eq(cls, compared):
    # Field by field, as documented for 3.13 (so a field's own __eq__ decides, nan != nan).
    test = ' and '.join(f'self.{f.name} == other.{f.name}' for f in compared) or 'True'
    body = ['if self is other:',
            '    return True',
            'if other.__class__ is self.__class__:',
            f'    return {test}',
            'return NotImplemented']
    return _compile(cls, '__eq__', ['self', 'other'], body, {})


def _make_order(cls, name, op, compared):
    body = ['if other.__class__ is self.__class__:',
            f'    return {_values_of("self", compared)} {op} {_values_of("other", compared)}',
            'return NotImplemented']
    return _compile(cls, name, ['self', 'other'], body, {})


def _make_hash(cls, hashed):
    return _compile(cls, '__hash__', ['self'], [f'return hash({_values_of("self", hashed)})'], {})


def _make_frozen_guards(cls, field_names):
    """__setattr__ and __delattr__ refusing field names (any name, for instances of cls itself)."""
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        method.__qualname__ = f'{cls.__qualname__}.{method.__name__}'
    return __setattr__, __delattr__


def _add_if_absent(cls, name, value):
    """Set cls.name unless the class body defined it; return True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------- __hash__ rules

def _settle_hash(cls, eq, frozen, unsafe_hash, hashed):
    """The documented table: what becomes of __hash__ given eq, frozen, unsafe_hash and whether
    the class body set __hash__ itself (a body defining only __eq__ gets __hash__ = None from
    Python, which does not count as setting it)."""
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = own is not MISSING and not (own is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and not explicit:
        cls.__hash__ = _make_hash(cls, hashed) if frozen else None


# ---------------------------------------------------------------------------- __doc__

def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation).replace('typing.', '')


def _signature_text(init):
    """The text inspect.signature(cls) shows for an __init__ (self left out, no return type)."""
    code = getattr(init, '__code__', None)
    if code is None:
        return '()'
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    annotations = getattr(init, '__annotations__', {}) or {}
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def param(name, default):
        text = name
        if name in annotations:
            text += f': {_annotation_text(annotations[name])}'
            if default is not MISSING:
                text += f' = {default!r}'
        elif default is not MISSING:
            text += f'={default!r}'
        return text

    shown = [param(names[i], defaults[i - first_default] if i >= first_default else MISSING)
             for i in range(1, npos)]
    at = npos + nkw
    if code.co_flags & 0x04:
        shown.append('*' + names[at])
        at += 1
    elif nkw:
        shown.append('*')
    shown.extend(param(names[i], kwdefaults.get(names[i], MISSING)) for i in range(npos, npos + nkw))
    if code.co_flags & 0x08:
        shown.append('**' + names[at])
    return '(' + ', '.join(shown) + ')'


# ---------------------------------------------------------------------------- slots

def _slotted_copy(cls, field_names, frozen, weakref_slot):
    """cls recreated with __slots__ for its fields (the ones no base already has a slot for)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        taken.update((declared,) if isinstance(declared, str) else declared)
    namespace = dict(cls.__dict__)
    for name in (*field_names, '__dict__', '__weakref__'):
        namespace.pop(name, None)
    slots = tuple(n for n in field_names if n not in taken)
    if weakref_slot:
        slots += ('__weakref__',)
    namespace['__slots__'] = slots
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    if frozen:
        # Pickling and copying restore the fields without going through the frozen __setattr__.
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = lambda self: [getattr(self, n) for n in field_names]
        if '__setstate__' not in namespace:
            def restore(self, state):
                for name, value in zip(field_names, state):
                    object.__setattr__(self, name, value)
            new_cls.__setstate__ = restore
        # The guards compare against the class they were made for: make them for the new one.
        new_cls.__setattr__, new_cls.__delattr__ = _make_frozen_guards(new_cls, field_names)
    return new_cls


# ---------------------------------------------------------------------------- the decorator

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields.

    Usable bare (@dataclass) or with options (@dataclass(order=True, frozen=True)); returns the
    same class, or a new one when slots=True.
    """
    params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                              slots, weakref_slot)

    def decorate(cls):
        return _process(cls, params)
    return decorate if cls is None else decorate(cls)


def _process(cls, p):
    if p.order and not p.eq:
        raise ValueError('eq must be true if order is true')
    if p.weakref_slot and not p.slots:
        raise TypeError('weakref_slot is True but slots is False')

    # Fields of dataclass bases first (most basic first); a redefinition keeps its position.
    by_name = {}
    base_frozen = []
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is not None:
            by_name.update((f.name, f) for f in inherited.values())
            base_frozen.append(base.__dataclass_params__.frozen)
    cls.__dataclass_params__ = p
    own = _own_fields(cls, p.kw_only)
    for f in own:
        by_name[f.name] = f
        # The class attribute becomes the plain default (or goes, when there is none).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    if base_frozen:
        if any(base_frozen) and not p.frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all(base_frozen) and p.frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = by_name

    everything = list(by_name.values())
    init_fields = [f for f in everything if f._field_type is not _FIELD_CLASSVAR]
    real = [f for f in everything if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]

    if p.init:
        _add_if_absent(cls, '__init__', _make_init(cls, init_fields, p.frozen, p.slots,
                                                   hasattr(cls, '__post_init__')))
    if p.repr:
        _add_if_absent(cls, '__repr__', _make_repr(cls, [f for f in real if f.repr]))
    if p.eq:
        _add_if_absent(cls, '__eq__', _make_eq(cls, compared))
    if p.order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _add_if_absent(cls, name, _make_order(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__} '
                                'Consider using functools.total_ordering')
    if p.frozen:
        for guard in _make_frozen_guards(cls, [f.name for f in real]):
            if _add_if_absent(cls, guard.__name__, guard):
                raise TypeError(f'Cannot overwrite attribute {guard.__name__} in class {cls.__name__}')
    _settle_hash(cls, p.eq, p.frozen, p.unsafe_hash,
                 [f for f in real if (f.compare if f.hash is None else f.hash)])

    if not getattr(cls, '__doc__', None):
        cls.__doc__ = cls.__name__ + _signature_text(cls.__init__)
    if p.match_args:
        _add_if_absent(cls, '__match_args__',
                       tuple(f.name for f in init_fields if f.init and not f.kw_only))
    if p.slots:
        cls = _slotted_copy(cls, tuple(f.name for f in real), p.frozen, p.weakref_slot)
    cls.__replace__ = _replace_fields
    abc.update_abstractmethods(cls)
    return cls


# ---------------------------------------------------------------------------- inspection

def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance's class), ClassVars and InitVars left out."""
    try:
        known = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in known.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


# ---------------------------------------------------------------------------- asdict / astuple

# Values that convert to themselves (immutable; deepcopy would return them anyway).
_KEPT_AS_IS = frozenset({type(None), bool, int, float, complex, str, bytes, type(...),
                         type(NotImplemented), range, types.FunctionType,
                         types.BuiltinFunctionType, types.CodeType, type, property})


def _converted(value, for_instance):
    """value with dataclass instances replaced by for_instance(instance), recursing into lists,
    tuples (namedtuples keep their type), dicts (defaultdicts keep their factory); anything
    else is deep-copied."""
    kind = type(value)
    if kind in _KEPT_AS_IS:
        return value
    if _is_instance(value):
        return for_instance(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_converted(v, for_instance) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_converted(v, for_instance) for v in value)
    if isinstance(value, dict):
        pairs = [(_converted(k, for_instance), _converted(v, for_instance))
                 for k, v in value.items()]
        if hasattr(kind, 'default_factory'):
            result = kind(value.default_factory)
            result.update(pairs)
            return result
        return kind(pairs)
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of field name to value, recursively (values deep-copied).

    dict_factory receives the list of (name, value) pairs for every converted instance."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def to_dict(instance):
        return dict_factory([(f.name, _converted(getattr(instance, f.name), to_dict))
                             for f in fields(instance)])
    return to_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively (values deep-copied)."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def to_tuple(instance):
        return tuple_factory([_converted(getattr(instance, f.name), to_tuple)
                              for f in fields(instance)])
    return to_tuple(obj)


# ---------------------------------------------------------------------------- replace

def _replace_fields(self, /, **changes):
    # Installed as __replace__ (copy.replace) on every dataclass.
    for f in self.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be '
                                'specified with replace()')
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR:
                if f.default is MISSING:
                    raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            else:
                changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass: obj's field values, with changes applied, through __init__."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace_fields(obj, **changes)


# ---------------------------------------------------------------------------- make_dataclass

def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name; each item of fields is a name, (name, type) or
    (name, type, Field-or-default). The other arguments are dataclass()'s, plus the class's
    bases, extra namespace entries and __module__ (by default the caller's module)."""
    annotations = {}
    class_values = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, value = item
            class_values[name] = value
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(ns):
        ns.update(namespace or {})
        ns.update(class_values)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
