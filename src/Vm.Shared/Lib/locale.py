"""Locale services: the C library's locale categories, and number and currency formatting that
follows the current locale's conventions (written from the module's documentation).

The categories, setlocale(), localeconv(), nl_langinfo(), strcoll() and strxfrm() come from the
native _locale module.
"""

import re as _re
import sys
import warnings as _warnings

from _locale import *  # noqa: F401,F403 (the categories, langinfo items, CHAR_MAX, Error, functions)
from _locale import (CHAR_MAX, LC_ALL, LC_CTYPE, Error, getencoding, localeconv,
                     setlocale, strcoll, strxfrm)

__all__ = [
    "getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "localeconv",
    "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency", "normalize",
    "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX",
    "getencoding",
]
try:
    from _locale import LC_MESSAGES  # noqa: F401
    __all__.append("LC_MESSAGES")
except ImportError:
    pass

# ---------------------------------------------------------------- names of locales

# Canonical spellings of the encodings that appear in locale names (keys: lower case without
# '-' and '_').
_CANONICAL_CODESETS = {
    "utf8": "UTF-8", "utf16": "UTF-16", "latin1": "ISO8859-1", "latin9": "ISO8859-15",
    "ascii": "ISO8859-1", "koi8r": "KOI8-R", "koi8u": "KOI8-U", "koi8t": "KOI8-T",
    "eucjp": "eucJP", "euckr": "eucKR", "euctw": "eucTW", "gb2312": "gb2312", "gbk": "GBK",
    "gb18030": "GB18030", "big5": "big5", "big5hkscs": "big5hkscs", "tis620": "TIS620",
    "sjis": "SJIS", "shiftjis": "SJIS", "cp1251": "CP1251", "cp1255": "CP1255", "armscii8": "ARMSCII_8",
    "georgianps": "GEORGIAN-PS", "tcvn": "TCVN", "rk1048": "RK1048", "pt154": "PT154",
}


def _canonical_codeset(codeset):
    key = codeset.lower().replace("-", "").replace("_", "")
    if key in _CANONICAL_CODESETS:
        return _CANONICAL_CODESETS[key]
    if key.startswith("iso8859") and key[7:].isdigit():
        return "ISO8859-" + key[7:]
    return codeset


def normalize(localename):
    """Return a locale name in the form setlocale() expects: language_TERRITORY.CODESET@modifier.

    Names this function cannot place are returned unchanged.
    """
    name = localename.replace(":", ".")
    modifier = ""
    if "@" in name:
        name, modifier = name.split("@", 1)
    codeset = ""
    if "." in name:
        name, codeset = name.split(".", 1)
    lowered = name.lower()
    if lowered in ("c", "posix"):
        language = "C"
    elif lowered in ("utf-8", "utf8") and not codeset:
        return "UTF-8"
    else:
        parts = lowered.split("_")
        if not parts[0].isalpha() or len(parts) > 2 or (len(parts) == 2 and not parts[1].isalnum()):
            return localename
        language = parts[0] if len(parts) == 1 else parts[0] + "_" + parts[1].upper()
    if not codeset:
        if modifier or language == "C":
            return language + ("@" + modifier if modifier else "")
        return localename if language.lower() == localename.lower() else language
    codeset = _canonical_codeset(codeset)
    if modifier == "euro" and codeset == "UTF-8":
        modifier = ""
    return language + "." + codeset + ("@" + modifier if modifier else "")


def _split_locale_name(name):
    """(language code, encoding) of a locale name; (None, None) for the C locale."""
    full = normalize(name)
    if "@" in full:
        full = full.split("@", 1)[0]
    if "." in full:
        language, codeset = full.split(".", 1)
        return language, codeset
    if full == "C":
        return None, None
    if full == "UTF-8":
        return None, "UTF-8"
    if full and full.replace("_", "").isalpha():
        return full, None
    raise ValueError("unknown locale: %s" % name)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of category's current setting; LC_ALL only while every
    category has the same setting."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _split_locale_name(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """Deprecated: the (language code, encoding) named by the first set variable of envvars."""
    _warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
        "Use setlocale(), getencoding() and getlocale() instead.",
        DeprecationWarning, stacklevel=2)
    import os
    value = None
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            if variable == "LANGUAGE":
                value = value.split(":")[0]
            break
    return _split_locale_name(value or "C")


def getpreferredencoding(do_setlocale=True):
    """The encoding of the user's preferred locale (the environment's LC_CTYPE) when do_setlocale
    is true, else of the current LC_CTYPE setting."""
    if not do_setlocale:
        return getencoding()
    current = setlocale(LC_CTYPE)
    try:
        try:
            chosen = setlocale(LC_CTYPE, "")
        except Error:
            chosen = None
        if chosen in ("C", "POSIX"):
            # The environment names the plain C locale: a UTF-8 one stands in for it, as at start-up.
            for utf8 in ("C.UTF-8", "C.utf8", "UTF-8"):
                try:
                    setlocale(LC_CTYPE, utf8)
                    break
                except Error:
                    pass
        return getencoding()
    finally:
        setlocale(LC_CTYPE, current)


# ---------------------------------------------------------------- numbers

def _insert_separators(digits, sizes, separator):
    """digits with separator between groups counted from the right by sizes (a trailing 0
    repeats the last size, CHAR_MAX stops grouping). Returns (text, separators inserted)."""
    if not sizes or not separator:
        return digits, 0
    groups = []
    rest = digits
    size = None
    position = 0
    while rest:
        if position < len(sizes):
            entry = sizes[position]
            position += 1
            if entry == CHAR_MAX:
                break
            if entry != 0:
                size = entry
        if size is None or len(rest) <= size:
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
    if not groups:
        return digits, 0
    groups.append(rest)
    return separator.join(reversed(groups)), len(groups) - 1


def _group_number(text, monetary=False):
    """Insert the locale's thousands separators into the integer digits of a formatted number,
    keeping the width of padded text where it has spaces to give."""
    conventions = localeconv()
    separator = conventions["mon_thousands_sep" if monetary else "thousands_sep"]
    sizes = conventions["mon_grouping" if monetary else "grouping"]
    match = _re.match(r"(\s*[-+]?)(\d+)(.*)$", text, _re.S)
    if not match:
        return text
    head, digits, tail = match.groups()
    grouped, added = _insert_separators(digits, sizes, separator)
    result = head + grouped + tail
    if added:
        width = len(text)
        leading = len(result) - len(result.lstrip(" "))
        trailing = len(result) - len(result.rstrip(" "))
        excess = len(result) - width
        if excess > 0 and leading:
            result = result[min(excess, leading):]
        elif excess > 0 and trailing:
            result = result[:len(result) - min(excess, trailing)]
    return result


def _localize_number(text, grouping=False, monetary=False):
    conventions = localeconv()
    if "." in text:
        whole, fraction = text.split(".", 1)
        point = conventions["mon_decimal_point" if monetary else "decimal_point"] or "."
        text = whole + point + fraction
        if grouping:
            text = _group_number(whole, monetary) + point + fraction
    elif grouping:
        text = _group_number(text, monetary)
    return text


_SPEC = _re.compile(r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-#0-9 +*.hlL]*?)(?P<kind>[eEfFgGdiouxXcrsa%])")


def localize(string, grouping=False, monetary=False):
    """A number formatted with '.' as decimal point, rewritten with the locale's conventions."""
    return _localize_number(string, grouping, monetary)


def format_string(f, val, grouping=False, monetary=False):
    """Like f % val, with the locale's decimal point (and separators if grouping) in numbers."""
    mapping = None
    if not isinstance(val, tuple):
        if hasattr(val, "keys") and hasattr(val, "__getitem__"):
            mapping = val
        else:
            val = (val,)
    pieces = []
    position = 0
    next_arg = 0
    for spec in _SPEC.finditer(f):
        pieces.append(f[position:spec.start()])
        position = spec.end()
        text = spec.group(0)
        kind = spec.group("kind")
        if kind == "%" and not spec.group("key"):
            pieces.append("%")
            continue
        if mapping is not None and spec.group("key") is not None:
            formatted = text % mapping
        else:
            needed = 1 + spec.group("flags").count("*")
            args = val[next_arg:next_arg + needed]
            if len(args) < needed:
                raise TypeError("not enough arguments for format string")
            next_arg += needed
            formatted = text % tuple(args)
        if kind in "eEfFgG":
            formatted = _localize_number(formatted, grouping, monetary)
        elif kind in "diu" and grouping:
            formatted = _group_number(formatted, monetary)
        pieces.append(formatted)
    pieces.append(f[position:])
    if mapping is None and next_arg < len(val):
        raise TypeError("not all arguments converted during string formatting")
    return "".join(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as an amount of money in the current locale's currency conventions."""
    conventions = localeconv()
    digits = conventions["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    amount = _localize_number("%.*f" % (digits, abs(val)), grouping, monetary=True)
    # Markers around the amount, where the sign may go (replaced or removed at the end).
    amount = "<" + amount + ">"
    if symbol:
        sign_symbol = conventions["int_curr_symbol" if international else "currency_symbol"]
        if international:
            sign_symbol = sign_symbol.strip()
        before = conventions["n_cs_precedes" if negative else "p_cs_precedes"]
        spaced = conventions["n_sep_by_space" if negative else "p_sep_by_space"]
        gap = " " if spaced else ""
        amount = sign_symbol + gap + amount if before else amount + gap + sign_symbol
    position = conventions["n_sign_posn" if negative else "p_sign_posn"]
    sign = conventions["negative_sign" if negative else "positive_sign"]
    if position == 0:
        amount = "(" + amount + ")"
    elif position == 2:
        amount = amount + sign
    elif position == 3:
        amount = amount.replace("<", sign)
    elif position == 4:
        amount = amount.replace(">", sign)
    else:
        amount = sign + amount
    return amount.replace("<", "").replace(">", "")


def str(val):
    """val as %.12g with the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """A number in the locale's conventions rewritten with '.' and no separators."""
    conventions = localeconv()
    separator = conventions["thousands_sep"]
    if separator:
        string = string.replace(separator, "")
    point = conventions["decimal_point"]
    if point:
        string = string.replace(point, ".")
    return string


def atof(string, func=float):
    """A number in the locale's conventions converted by func (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """An integer in the locale's conventions."""
    return int(delocalize(string))
