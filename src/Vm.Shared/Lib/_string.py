"""The string module's helpers (CPython's C module _string, here in Python).

formatter_parser(s) iterates over the (literal_text, field_name, format_spec, conversion)
chunks of a str.format() string, and formatter_field_name_split(name) splits a field name into
its first part and an iterator of (is_attribute, key) accessors: string.Formatter builds on both.
Results and error messages follow CPython 3.13's Objects/stringlib/unicode_format.h; both
functions check their argument at once and raise format errors while iterating, as CPython's
iterators do.
"""

__all__ = ["formatter_parser", "formatter_field_name_split"]

_SSIZE_MAX = (1 << 63) - 1


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)


def formatter_parser(format_string):
    """Iterator of (literal_text, field_name, format_spec, conversion) over a format string."""
    _check_str(format_string)
    return _chunks(format_string)


def _chunks(s):
    pos = 0
    end = len(s)
    while pos < end:
        start = pos
        brace = ''
        while pos < end:
            ch = s[pos]
            pos += 1
            if ch == '{' or ch == '}':
                brace = ch
                break
        at_end = pos >= end
        literal_end = pos
        if brace == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace and s[pos] == brace:
            # a doubled brace: the literal text ends with one of them, no field follows
            pos += 1
            yield s[start:literal_end], None, None, None
            continue
        if brace:
            literal_end -= 1
        literal = s[start:literal_end]
        if not brace:
            yield literal, None, None, None
            continue
        name, spec, conversion, pos = _field(s, pos, end)
        yield literal, name, spec, conversion


def _field(s, pos, end):
    """Parses the field after its '{': (name, spec, conversion or None, position after it)."""
    name_start = pos
    ch = ''
    while pos < end:
        ch = s[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            # an index: '!' and ':' inside it do not end the name
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if ch in '}:!':
            break
    name = s[name_start:pos - 1]
    if ch not in ':!':
        if ch != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, pos
    conversion = None
    if ch == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < end:
            ch = s[pos]
            pos += 1
            if ch == '}':
                return name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    # the format spec runs to the '}' that balances the field's '{' (nested fields inside)
    spec_start = pos
    depth = 1
    while pos < end:
        ch = s[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _index(text):
    """text as a non-negative decimal number, or -1 when it is empty or not all decimal digits."""
    if not text:
        return -1
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return -1
        digit = int(ch)
        if value > (_SSIZE_MAX - digit) // 10:
            raise ValueError("Too many decimal digits in format string")
        value = value * 10 + digit
    return value


def formatter_field_name_split(field_name):
    """(first, iterator of (is_attribute, key)) for a field name such as 'a.b[0]'."""
    _check_str(field_name)
    i = 0
    end = len(field_name)
    while i < end and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    index = _index(first)
    return (index if index != -1 else first), _accessors(field_name, i, end)


def _accessors(s, pos, end):
    while pos < end:
        ch = s[pos]
        pos += 1
        if ch == '.':
            start = pos
            while pos < end and s[pos] not in '.[':
                pos += 1
            key = s[start:pos]
            is_attr = True
        elif ch == '[':
            start = pos
            while pos < end and s[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            key = s[start:pos]
            pos += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        if not is_attr:
            index = _index(key)
            if index != -1:
                key = index
        yield is_attr, key
