"""String constants, capwords, Template and Formatter (FreeThreaded VM implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

import _string
import re as _re


def capwords(s, sep=None):
    """Split s into words, capitalize each and join them with sep (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _placeholder_regex(cls):
    """The compiled placeholder regex of Template class cls: its own `pattern` when the class body sets
    one (a string is compiled with the class flags), else one built from delimiter, idpattern and
    braceidpattern with the four documented groups."""
    own = cls.__dict__.get('pattern')
    if own is None:
        delim = _re.escape(cls.delimiter)
        plain = cls.idpattern
        braced = cls.braceidpattern if cls.braceidpattern is not None else plain
        own = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{plain})|'
               f'{{(?P<braced>{braced})}}|(?P<invalid>))')
    elif not isinstance(own, str):
        return own
    return _re.compile(own, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pattern = _placeholder_regex(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, m):
        at = m.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        line = len(before) or 1
        col = at - len(''.join(before[:-1])) if before else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _replacer(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def replace(m):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if not safe:
                    return '%s' % (mapping[name],)
                try:
                    return '%s' % (mapping[name],)
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                if safe:
                    return m.group()
                self._invalid(m)
            raise self._unrecognized()
        return replace

    def substitute(self, mapping=None, /, **kws):
        return self.pattern.sub(self._replacer(mapping, kws, False), self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        return self.pattern.sub(self._replacer(mapping, kws, True), self.template)

    def is_valid(self):
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if m.group('named') is None and m.group('braced') is None and m.group('escaped') is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for m in self.pattern.finditer(self.template):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif m.group('invalid') is None and m.group('escaped') is None:
                raise self._unrecognized()
        return ids


Template.pattern = _placeholder_regex(Template)


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """Customizable str.format(): override parse/get_field/get_value/format_field/convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # '{}' and '{.attr}' / '{[key]}' number the arguments automatically; an explicit
                # index turns that off (mixing the two is an error either way round)
                first, _ = _string.formatter_field_name_split(field_name)
                if first == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index) + field_name
                    auto_arg_index += 1
                elif isinstance(first, int):
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
