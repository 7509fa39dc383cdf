"""Enumerations for the FreeThreaded VM, written from the enum module's documentation.

How a class statement becomes an enumeration:
  1. EnumType.__prepare__ hands the class body an EnumDict. Its __setitem__ sorts every
     assignment: dunders, descriptors, nonmember() and the documented _sunder_ hooks are
     ordinary attributes, everything else is a member. auto() is resolved on assignment, so
     later lines of the body (`RW = R | W`) see plain values.
  2. EnumType.__new__ builds the class from the non-member attributes only, then adds the
     members in definition order. A member whose value is already taken is an alias; for a
     Flag, members that are not a single bit are kept out of iteration.
  3. Mixed-in data types (int, str, ...) come before Enum in the MRO, so the enum's repr,
     reduce and (for Flag) bitwise operators are copied onto the class where the data type
     would otherwise win; ReprEnum subclasses get the data type's str() and format().

Members are plain class attributes (attribute access to a member is an ordinary class
lookup), so Color.RED costs what any class attribute costs.
"""

import sys
import builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'EnumDict', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']


class _Unset:
    """Marks an argument or auto() value that was not given."""

    __slots__ = ()

    def __repr__(self):
        return '_auto_null'


_UNSET = _Unset()

# The module's own base classes; None while they are being defined.
Enum = ReprEnum = Flag = None

# The underscore names a class body may define besides members (the documented hooks).
_HOOK_NAMES = frozenset(('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                         '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                         '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'))


# ---- what a name in a class body is --------------------------------------------------------

def _dunder_name(key):
    return (len(key) > 4 and key.startswith('__') and key.endswith('__')
            and key[2] != '_' and key[-3] != '_')


def _sunder_name(key):
    return (len(key) > 2 and key[0] == '_' and key[-1] == '_'
            and key[1] != '_' and key[-2] != '_')


def _mangled_name(class_name, key):
    """A name written as __x inside the class body (stored as _Class__x)."""
    prefix = '_' + class_name.lstrip('_') + '__'
    return key.startswith(prefix) and len(key) > len(prefix) and not key.endswith('__')


def _binds(value):
    """Descriptors (functions, properties, ...) stay attributes of the class."""
    kind = type(value)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _names_of(spec):
    if isinstance(spec, str):
        return spec.replace(',', ' ').split()
    return list(spec)


# ---- bits ----------------------------------------------------------------------------------

def _one_bit(number):
    return number > 0 and number & (number - 1) == 0


def show_flag_values(value):
    """The single bits of a non-negative int, lowest first."""
    bits = []
    rest = value
    if rest < 0:
        raise ValueError('%r is not a positive integer' % value)
    while rest:
        low = rest & -rest
        bits.append(low)
        rest -= low
    return bits


def _bit_pattern(number, width):
    """'0b<sign bit> <digits>': number in two's complement with at least width digits."""
    width = max(width, number.bit_length())
    digits = format(number & ((1 << width) - 1), '0%db' % width) if width else ''
    return '0b%d %s' % (number < 0, digits)


# ---- helpers used in class bodies ----------------------------------------------------------

class auto:
    """Stands for a value chosen by _generate_next_value_ when the member is created."""

    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Makes the wrapped object a member even if it would be an attribute (a function, ...)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped object an ordinary class attribute instead of a member."""

    def __init__(self, value):
        self.value = value


def _on_class(descriptor, ownerclass):
    """Class-level access to a member property: the member named like it, else AttributeError."""
    if descriptor.member is not None:
        return descriptor.member
    raise AttributeError('%r has no attribute %r' % (ownerclass, descriptor.name))


class property(DynamicClassAttribute):
    """A property of the members that does not hide a member of the same name on the class.

    On a member it behaves like builtins.property; on the class it gives the member named like
    it, if there is one, and raises AttributeError otherwise.
    """

    member = None
    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return _on_class(self, ownerclass)
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('%r cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('%r cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)


class _MemberField:
    """Enum.name and Enum.value.

    Every member also keeps its name and value in its own __dict__ (written when it is made),
    and this descriptor has no __set__, so `member.value` is an ordinary instance attribute
    read. The descriptor answers only on the class (with the member named like it, as enum's
    property does, or AttributeError) and for a member without the copy; Enum.__setattr__ and
    __delattr__ keep the copies read-only. Both paths return the member's _value_/_name_.
    """

    member = None
    name = None
    clsname = None

    def __init__(self, fget):
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return _on_class(self, ownerclass)
        return self.fget(instance)


def _field_of(cls, key):
    """The _MemberField an attribute name of members resolves to, if any."""
    for klass in cls.__mro__:
        if key in klass.__dict__:
            found = klass.__dict__[key]
            return found if isinstance(found, _MemberField) else None
    return None


def _copy_fields(made):
    object.__setattr__(made, 'name', made._name_)
    object.__setattr__(made, 'value', made._value_)


# ---- the class body namespace --------------------------------------------------------------

class EnumDict(dict):
    """The namespace an enum class body runs in: it records the members in definition order,
    resolves auto() and refuses reused names."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._enum_name = cls_name or ''
        self._values = {}            # member name -> value, in definition order
        self._skipped = ()           # the names listed in _ignore_
        self._value_rule = None      # the _generate_next_value_ in force

    @builtins.property
    def member_names(self):
        return list(self._values)

    def __setitem__(self, key, value):
        if key in self._skipped:
            dict.__setitem__(self, key, value)
            return
        if _mangled_name(self._enum_name, key):
            dict.__setitem__(self, key, value)
            return
        if _sunder_name(key):
            self._set_hook(key, value)
            return
        if _dunder_name(key):
            if key == '__order__':
                key = '_order_'
            dict.__setitem__(self, key, value)
            return
        if key in self._values:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        elif _binds(value) and not isinstance(value, auto):
            dict.__setitem__(self, key, value)
            return
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        value = self._settle(key, value)
        self._values[key] = value
        dict.__setitem__(self, key, value)

    def _set_hook(self, key, value):
        if key not in _HOOK_NAMES:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._values:
                raise TypeError('_generate_next_value_ must be defined before members')
            rule = value.__func__ if isinstance(value, staticmethod) else value
            self._value_rule = rule
            value = staticmethod(rule)
        elif key == '_ignore_':
            names = _names_of(value)
            taken = set(names) & set(self._values)
            if taken:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (taken,))
            self._skipped = frozenset(names)
        dict.__setitem__(self, key, value)

    def _settle(self, key, value):
        """The member's value with every auto() in it replaced."""
        if isinstance(value, auto):
            if value.value is _UNSET:
                value.value = self._next_value(key)
            return value.value
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            return tuple(self._settle(key, v) for v in value)
        return value

    def _next_value(self, key):
        rule = self._value_rule
        if rule is None:
            rule = Enum._generate_next_value_
        return rule(key, 1, len(self._values), list(self._values.values()))


# ---- the metaclass -------------------------------------------------------------------------

def _enum_base(bases):
    """The Enum class a new enumeration derives from (the last base), or None."""
    if not bases:
        return None
    last = bases[-1]
    if not isinstance(last, EnumType):
        if Enum is not None:
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return None
    return last


def _data_type(class_name, bases):
    """The concrete type members are instances of besides the enum (int for IntEnum)."""
    found = []
    for base in bases:
        below = None
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    if klass._member_type_ not in found:
                        found.append(klass._member_type_)
                    break
                continue
            if '__new__' in klass.__dict__ or '__init__' in klass.__dict__:
                kind = below or klass
                if kind not in found:
                    found.append(kind)
                break
            below = below or klass
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(found)))
    return found[0] if found else object


def _provider(klass, attr):
    for k in klass.__mro__:
        if attr in k.__dict__:
            return k
    return None


_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')


class EnumType(type):
    """The metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = EnumDict(cls)
        base = _enum_base(bases)
        if base is not None:
            namespace._value_rule = getattr(base, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if not isinstance(classdict, EnumDict):
            replay = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                replay[key] = value
            classdict = replay
        base = _enum_base(bases)
        if base is not None and base._member_map_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_type = _data_type(cls, bases)
        members = list(classdict._values.items())

        body = {}
        for key, value in classdict.items():
            if key not in classdict._values and key not in classdict._skipped:
                body[key] = value
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)

        # A __new__ written in the body makes members; the class's own __new__ looks them up.
        maker = body.pop('__new__', None)
        if isinstance(maker, staticmethod):
            maker = maker.__func__
        if maker is not None and Enum is not None:
            body['__new_member__'] = staticmethod(maker)
        elif maker is not None:
            body['__new__'] = maker
        if Enum is not None:
            body['__new__'] = Enum.__dict__['__new__']
            if maker is None:
                for klass in base.__mro__:
                    found = klass.__dict__.get('__new_member__')
                    if found is not None:
                        maker = found.__func__ if isinstance(found, staticmethod) else found
                        break
        if maker is None:
            maker = object.__new__ if member_type is object else member_type.__new__
            pass_args = member_type is not object
        else:
            pass_args = True

        inherited_boundary = getattr(base, '_boundary_', None)
        is_flag = inherited_boundary is not None or (Flag is None and boundary is not None)

        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_scanned_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = maker
        body['_use_args_'] = pass_args
        if is_flag:
            body['_boundary_'] = boundary or inherited_boundary
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        for name, value in members:
            _add_member(enum_class, name, value)
        if is_flag:
            _flag_masks(enum_class)
        if base is not None:
            _take_enum_methods(enum_class, body, base, member_type, is_flag)

        if order is not None:
            wanted = _names_of(order)
            actual = [n for n, m in enum_class._member_map_.items() if m._name_ == n]
            if wanted != actual:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (actual, wanted))
        return enum_class

    def __call__(cls, value, names=_UNSET, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look a member up by value, or (given names) create a new enumeration."""
        if names is _UNSET:
            return cls.__new__(cls, value)
        if cls._member_map_:
            return cls.__new__(cls, (value, names) + values)
        bases = (cls,) if type is None else (type, cls)
        namespace = cls.__class__.__prepare__(value, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if names and isinstance(names, (list, tuple)) and isinstance(names[0], str):
            given, names, so_far = names, [], []
            for count, name in enumerate(given):
                generated = cls._generate_next_value_(name, start, count, list(so_far))
                so_far.append(generated)
                names.append((name, generated))
        pairs = names.items() if hasattr(names, 'items') else (names or ())
        for item in pairs:
            if isinstance(item, str):
                namespace[item] = names[item]
            else:
                namespace[item[0]] = item[1]
        if module is None:
            try:
                module = sys._getframe(1).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return cls.__class__.__new__(cls.__class__, value, bases, namespace, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            if value in cls._value2member_map_:
                return True
        except TypeError:
            pass
        return value in cls._scanned_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_map_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return (table[name] for name in cls._member_names_)

    def __reversed__(cls):
        table = cls._member_map_
        return (table[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        table = cls.__dict__.get('_member_map_')
        if table is not None and name in table:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _lookup(cls, value):
    """The member (or pseudo-member) with this value, or None."""
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _add_member(enum_class, name, value):
    """Create the member `name` (or make it an alias of the member that has its value)."""
    args = value if type(value) is tuple else (value,)
    data_type = enum_class._member_type_
    if data_type is tuple:
        args = (args,)
    if enum_class._use_args_:
        made = enum_class._new_member_(enum_class, *args)
    else:
        made = enum_class._new_member_(enum_class)
    store = object.__setattr__        # (Enum.__setattr__ only guards name and value)
    if '_value_' not in getattr(made, '__dict__', ()):
        if data_type is object:
            store(made, '_value_', value)
        else:
            try:
                store(made, '_value_', data_type(*args))
            except Exception:
                store(made, '_value_', value)
    store(made, '_name_', name)
    store(made, '__objclass__', enum_class)
    init = _provider(enum_class, '__init__')
    if init not in (None, object, Enum) and getattr(init, '__module__', None) != 'builtins':
        made.__init__(*args)
    _copy_fields(made)
    value = made._value_
    existing = _lookup(enum_class, value)
    if existing is not None:
        made = existing
    else:
        enum_class._member_names_.append(name)
        try:
            enum_class._value2member_map_[value] = made
        except TypeError:
            enum_class._scanned_values_.append(value)
    _bind_name(enum_class, name, made)


def _bind_name(enum_class, name, target):
    enum_class._member_map_[name] = target
    shadowed = None
    for klass in enum_class.__mro__[1:]:
        if name in klass.__dict__:
            shadowed = klass.__dict__[name]
            break
    if isinstance(shadowed, (property, _MemberField)):
        # A member named like an enum property (`value`, `name`, ...): the class gets its own
        # copy of the property that returns the member on class access.
        if isinstance(shadowed, _MemberField):
            redirect = _MemberField(shadowed.fget)
        else:
            redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel, shadowed.__doc__)
        redirect.name = name
        redirect.clsname = shadowed.clsname
        redirect.member = target
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, target)


def _flag_masks(enum_class):
    everything = singles = 0
    for item in enum_class._member_map_.values():
        bits = item._value_
        if isinstance(bits, int):
            everything |= bits
            if _one_bit(bits):
                singles |= bits
    type.__setattr__(enum_class, '_flag_mask_', everything)
    type.__setattr__(enum_class, '_single_bits_', singles)
    type.__setattr__(enum_class, '_all_bits_', (1 << everything.bit_length()) - 1)
    table = enum_class._member_map_
    kept = [n for n in enum_class._member_names_ if _one_bit(table[n]._value_)]
    enum_class._member_names_[:] = kept


def _take_enum_methods(enum_class, body, base, data_type, is_flag):
    """Where a mixed-in type would win the MRO, install the enum's methods instead."""
    if data_type is object:
        return
    repr_enum = ReprEnum is not None and issubclass(enum_class, ReprEnum)
    plain = (Enum, ReprEnum, Flag)

    def inherited(attr):
        owner = _provider(enum_class, attr)
        return owner is None or not isinstance(owner, EnumType) or owner in plain

    wanted = {}
    for attr in ('__repr__', '__reduce_ex__'):
        wanted[attr] = getattr(base, attr)
    if repr_enum:
        text = data_type.__str__
        if text is object.__str__:
            text = data_type.__repr__
        wanted['__str__'] = text
        wanted['__format__'] = data_type.__format__
    else:
        wanted['__str__'] = getattr(base, '__str__')
        wanted['__format__'] = getattr(base, '__format__')
    if is_flag:
        for attr in _FLAG_OPERATORS:
            wanted[attr] = Flag.__dict__[attr]
    for attr, method in wanted.items():
        if attr not in body and inherited(attr):
            type.__setattr__(enum_class, attr, method)


# ---- Enum and its variants -----------------------------------------------------------------

def _count_up(name, start, count, last_values):
    """Default auto(): one more than the highest value so far, or start."""
    if not last_values:
        return start
    try:
        highest = sorted(last_values)[-1]
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    try:
        return highest + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (highest,)) from None


class Enum(metaclass=EnumType):
    """Base class of enumerations: a set of names bound to constant values.

    Members are looked up by value with Color(1) and by name with Color['RED'].
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            found = _lookup(cls, value)
            if found is not None:
                return found
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure = exc
            result = None
        if isinstance(result, cls):
            return result
        if result is not None and Flag is not None and issubclass(cls, Flag) \
                and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    _generate_next_value_ = staticmethod(_count_up)

    @classmethod
    def _missing_(cls, value):
        return None

    def _add_alias_(self, name):
        cls = type(self)
        present = cls._member_map_.get(name)
        if present is not None:
            if present is not self:
                raise NameError('%r is already bound: %r' % (name, present))
            return
        _bind_name(cls, name, self)

    def _add_value_alias_(self, value):
        cls = type(self)
        present = _lookup(cls, value)
        if present is not None:
            if present is not self:
                raise ValueError('%r is already bound: %r' % (value, present))
            return
        try:
            cls._value2member_map_[value] = self
        except TypeError:
            cls._scanned_values_.append(value)

    def __repr__(self):
        cls = type(self)
        shown = self._value_
        data_type = cls._member_type_
        if data_type is not object and isinstance(shown, data_type):
            text = data_type.__repr__(shown)
        else:
            text = repr(shown)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, text)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = type(self)
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        for klass in cls.__mro__:
            if klass is object:
                continue
            names.update(k for k in klass.__dict__
                         if not k.startswith('_') and k not in cls._member_map_)
        names.update(k for k in getattr(self, '__dict__', ()) if not k.startswith('_'))
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, key, value):
        field = _field_of(type(self), key) if key in ('name', 'value') else None
        if field is not None:
            raise AttributeError('%r cannot set attribute %r' % (field.clsname, key))
        object.__setattr__(self, key, value)

    def __delattr__(self, key):
        field = _field_of(type(self), key) if key in ('name', 'value') else None
        if field is not None:
            raise AttributeError('%r cannot delete attribute %r' % (field.clsname, key))
        object.__delattr__(self, key)

    @_MemberField
    def name(self):
        """The member's name."""
        return self._name_

    @_MemberField
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its mixed-in data type (repr() stays the enum's)."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if values and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        for what, given in zip(('encoding', 'errors'), values[1:]):
            if not isinstance(given, str):
                raise TypeError('%s must be a string, not %r' % (what, given))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member names."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(flag, other):
    if isinstance(other, type(flag)):
        return other._value_
    data_type = flag._member_type_
    if data_type is not object and isinstance(other, data_type):
        return other
    return NotImplemented


class Flag(Enum, boundary=STRICT):
    """An Enum whose members combine with | & ^ ~ into members of the same class."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 1 << highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % (highest,)) from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        named, top, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
        asked = value
        if not (~top <= value <= top) or value & (top ^ named):
            if boundary is STRICT:
                width = max(value.bit_length(), named.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bit_pattern(value, width), _bit_pattern(named, width)))
            if boundary is EJECT:
                return value
            if boundary is CONFORM:
                value &= named
            elif value < 0:
                value += max(top + 1, 1 << value.bit_length())
        if value < 0:
            value += top + 1
        found = cls._value2member_map_.get(value)
        if found is None:
            found = cls._value2member_map_.setdefault(value, cls._pseudo_member(value))
        if asked != value:
            cls._value2member_map_.setdefault(asked, found)
        return found

    @classmethod
    def _pseudo_member(cls, value):
        """A member for a combination of bits, named after the members it contains."""
        if cls._member_type_ is object:
            made = object.__new__(cls)
        else:
            made = cls._member_type_.__new__(cls, value)
        object.__setattr__(made, '_value_', value)
        table = cls._member_map_
        names = []
        covered = 0
        for name in cls._member_names_:
            bit = table[name]._value_
            if bit & value:
                names.append(name)
                covered |= bit
        if value & ~covered:
            for name, item in table.items():
                bits = item._value_
                if item._name_ == name and bits and not _one_bit(bits) \
                        and bits & value == bits and bits & ~covered:
                    names.append(name)
                    covered |= bits
        label = '|'.join(names) if names else None
        if names and value & ~covered:
            label += '|' + cls._numeric_repr_(value & ~covered)
        object.__setattr__(made, '_name_', label)
        _copy_fields(made)
        return made

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        cls = type(self)
        table = cls._member_map_
        bits = self._value_
        for name in cls._member_names_:
            if table[name]._value_ & bits:
                yield table[name]

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = type(self)
        shown = self._value_
        data_type = cls._member_type_
        text = data_type.__repr__(shown) if data_type is not object else repr(shown)
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, text)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, text)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


# ---- checks and decorators -----------------------------------------------------------------

def _aliases(enumeration):
    return [(name, item.name) for name, item in enumeration.__members__.items() if name != item.name]


def unique(enumeration):
    """Class decorator: raise ValueError if any value has more than one name."""
    pairs = _aliases(enumeration)
    if pairs:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in pairs)))
    return enumeration


class EnumCheck(StrEnum):
    """The constraints verify() can check."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the given EnumCheck constraints of an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                pairs = _aliases(enumeration)
                if pairs:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % p for p in pairs)))
            elif check is CONTINUOUS:
                self._continuous(enumeration, is_flag)
            elif check is NAMED_FLAGS and is_flag:
                self._named_flags(enumeration)
        return enumeration

    @staticmethod
    def _continuous(enumeration, is_flag):
        values = {item.value for item in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if is_flag:
            expected = {1 << n for n in range(low.bit_length() - 1, high.bit_length())}
            kind = 'flag'
        else:
            expected = set(range(low, high + 1))
            kind = 'enum'
        absent = sorted(expected - values)
        if absent:
            raise ValueError('invalid %s %r: missing values %s'
                             % (kind, enumeration.__name__, ', '.join(str(v) for v in absent)))

    @staticmethod
    def _named_flags(enumeration):
        singles = 0
        for item in enumeration:
            singles |= item.value
        lacking = []
        unnamed = 0
        for name, item in enumeration.__members__.items():
            bits = item.value
            if item.name != name or _one_bit(bits) or not bits:
                continue
            extra = bits & ~singles
            if extra:
                lacking.append(name)
                unnamed |= extra
        if len(lacking) == 1:
            raise ValueError('invalid Flag %r: alias %s is missing value 0x%x [use '
                             'enum.show_flag_values(value) for details]'
                             % (enumeration.__name__, lacking[0], unnamed))
        if lacking:
            raise ValueError('invalid Flag %r: aliases %s and %s are missing combined values of '
                             '0x%x [use enum.show_flag_values(value) for details]'
                             % (enumeration.__name__, ', '.join(lacking[:-1]), lacking[-1], unnamed))


def _module_tail(cls):
    return cls.__module__.rsplit('.', 1)[-1]


def global_enum_repr(self):
    """repr() of a member exported by global_enum: module.NAME."""
    return '%s.%s' % (_module_tail(type(self)), self._name_)


def global_flag_repr(self):
    """repr() of a flag exported by global_enum: module.A|module.B, or module.Class(value)."""
    module = _module_tail(type(self))
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    return '|'.join('%s.%s' % (module, part) for part in self._name_.split('|'))


def global_str(self):
    """str() of a member exported by global_enum: just its name."""
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in their module's namespace and give them module reprs."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members exported to the module namespace: pickled by name."""
    return self.name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ pickling a member as getattr(its class, its name)."""
    return getattr, (type(self), self._name_)
