"""Enumerations (FreeThreaded VM implementation).

EnumType builds the members after the class body has run (the class namespace is a plain
dict): auto() values are resolved in definition order, and `A | B` between auto() values is
evaluated lazily. Members are instances of the enum class (of its mixin type for IntEnum /
StrEnum / IntFlag).
"""

import sys
import builtins as bltns
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values']

_auto_null = object()
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    pat_len = len(pattern)
    if (len(name) > pat_len and name.startswith(pattern)
            and (name[-1] != '_' or name[-2] != '_')):
        return True
    return False


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are two's complement with a sign bit."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bltns.bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bltns.bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _iter_bits_lsb(num):
    original = num
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class property(DynamicClassAttribute):
    """Enum-aware property: member attributes named like the property still work."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.name = None
        self.member = None

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name)) from None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value

    def _resolve(self):
        return self.value

    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def __invert__(self):
        return _AutoExpr(lambda a, b: ~a, self, None)


class _AutoExpr(auto):
    """An expression over auto() values, evaluated once they are resolved."""

    def __init__(self, op, a, b):
        super().__init__(_auto_null)
        self.op = op
        self.a = a
        self.b = b

    def _resolve(self):
        a = self.a._resolve() if isinstance(self.a, auto) else self.a
        b = self.b._resolve() if isinstance(self.b, auto) else self.b
        return self.op(a, b)


class FlagBoundary:
    """How Flag handles values outside the defined bits."""

    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._name_.lower())

    def __str__(self):
        return "FlagBoundary.%s" % self._name_


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        # Split the namespace into members and ordinary attributes.
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or (_is_descriptor(value) and not isinstance(value, auto))
                    or isinstance(value, type)):
                body[key] = value
                continue
            members.append((key, value))
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        # Resolve auto() values in order.
        gnv = body.get('_generate_next_value_')
        if gnv is None:
            gnv = getattr(first_enum, '_generate_next_value_', None) if first_enum is not None else None
        elif isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        if gnv is None:
            gnv = Enum._generate_next_value_ if Enum is not None else _generate_next_value_default
        last_values = []
        resolved = []
        for count, (key, value) in enumerate(members):
            if isinstance(value, _AutoExpr):
                value = value._resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    (gnv(key, 1, count, last_values[:]) if v.value is _auto_null else v.value)
                    if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            resolved.append((key, value))

        # A __new__ in the body of an enum class constructs members (it becomes __new_member__);
        # the class's own __new__ is always the lookup Enum.__new__.
        user_new = None
        if Enum is not None and '__new__' in body:
            user_new = body.pop('__new__')
            if isinstance(user_new, staticmethod):
                user_new = user_new.__func__
            body['__new_member__'] = staticmethod(user_new)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        new_member = user_new
        if new_member is None:
            for base in bases:
                for klass in base.__mro__:
                    nm = klass.__dict__.get('__new_member__')
                    if nm is not None:
                        new_member = nm.__func__ if isinstance(nm, staticmethod) else nm
                        break
                if new_member is not None:
                    break
        if new_member is None:
            new_member = object.__new__ if member_type is object else member_type.__new__
            use_args = member_type is not object
        else:
            use_args = True

        type.__setattr__(enum_class, '_member_type_', member_type)
        type.__setattr__(enum_class, '_new_member_', new_member)
        type.__setattr__(enum_class, '_use_args_', use_args)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_value_repr_', metacls._find_data_repr_(cls, bases))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            type.__setattr__(enum_class, '_boundary_', boundary or getattr(first_enum, '_boundary_', None) or STRICT)
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_singles_mask_', 0)
            type.__setattr__(enum_class, '_all_bits_', 0)
            type.__setattr__(enum_class, '_inverted_', None)

        for key, value in resolved:
            metacls._add_member_(enum_class, key, value, is_flag)

        if is_flag:
            mask = enum_class._flag_mask_
            type.__setattr__(enum_class, '_all_bits_', 2 ** (mask.bit_length()) - 1)
            # Multi-bit members are aliases: not part of iteration.
            single = [n for n in enum_class._member_names_
                      if _is_single_bit(enum_class._member_map_[n]._value_)]
            if single != enum_class._member_names_:
                type.__setattr__(enum_class, '_member_names_', single)

        if first_enum is not None:
            # The mixin's repr/str/format must not shadow the enum's (int.__repr__ comes before
            # Enum.__repr__ in IntEnum's MRO).
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name, None)
                    found_method = getattr(enum_class, name, None)
                    object_method = getattr(object, name, None)
                    data_type_method = getattr(member_type, name, None)
                    if enum_method is not None and (found_method is data_type_method or found_method is object_method):
                        type.__setattr__(enum_class, name, enum_method)
        if is_flag:
            # Flag's operators win over the mixin's (int.__or__ precedes Flag.__or__ in IntFlag's MRO).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        if Enum is not None:
            # Calling the class looks members up (int.__new__ etc. must not be found first).
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, is_flag):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if not enum_class._use_args_:
            enum_member = new_member(enum_class)
        else:
            enum_member = new_member(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        init = getattr(type(enum_member), '__init__', None)
        if init is not None and init is not object.__init__ and init is not getattr(enum_class._member_type_, '__init__', None):
            enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        # Aliases: an existing member with the same value.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            enum_class._member_names_.append(name)
            if is_flag and isinstance(value, int):
                if _is_single_bit(value):
                    type.__setattr__(enum_class, '_singles_mask_', enum_class._singles_mask_ | value)
                type.__setattr__(enum_class, '_flag_mask_', enum_class._flag_mask_ | value)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
        if first_enum is None and Enum is not None:
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = EnumType._find_data_type_(class_name, bases)
        return member_type, first_enum

    @staticmethod
    def _find_data_type_(class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    if isinstance(base, EnumType):
                        continue
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        elif data_types:
            return data_types.pop()
        return object

    @staticmethod
    def _find_data_repr_(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    r = base.__dict__.get('_value_repr_')
                    if r is not None:
                        return r
                elif '__repr__' in base.__dict__:
                    if '__dataclass_fields__' in base.__dict__:
                        return lambda v: object.__repr__(v)
                    return base.__dict__['__repr__']
        return None

    def __call__(cls, value, names=_auto_null, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is _auto_null:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        classdict = {}
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_ or value in cls._unhashable_values_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__'])
        interesting.update(cls._member_names_)
        return sorted(interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @bltns.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _generate_next_value_default(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last_value = sorted(last_values).pop()
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    try:
        return last_value + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (last_value,)) from None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _generate_next_value_default(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
                      | set(k for k in getattr(self, '__dict__', {}) if not k.startswith('_')))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** (value.bit_length())) + value)
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~cls._singles_mask_
        member_value = value & cls._singles_mask_
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value2 = member_value | aliases
                for n, pv in cls._member_map_.items():
                    if pv not in members and pv._value_ and pv._value_ & value2 == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bltns.bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        elif self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._get_value(self) is NotImplemented:
            return NotImplemented
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __contains__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__contains__(self, other)


def unique(enumeration):
    """Class decorator ensuring only one name is bound to any one value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<EnumCheck.%s: %r>" % (self.name, self.name.lower())


CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')
UNIQUE = EnumCheck('UNIQUE')


class verify:
    """Checks an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [i for i in range(low, high + 1) if i not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s' % (
                        enumeration.__name__, ', '.join(str(m) for m in missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Exports the members into the module namespace of the enum."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
