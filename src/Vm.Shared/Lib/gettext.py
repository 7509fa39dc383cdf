"""Internationalisation services: GNU gettext message catalogs (the standard library's gettext).

Written for this VM from the module's documentation (docs.python.org/3.13/library/gettext.html)
and the GNU gettext manual's description of .mo files and Plural-Forms.

Two layers, as documented: the class-based API (NullTranslations, GNUTranslations, find,
translation, install) and the GNU-style functions (gettext, ngettext, ... with textdomain and
bindtextdomain), which look the message up in translation(domain, bound directory, fallback=True).
"""

import builtins
import operator
import os
import re
import struct
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_SYSTEM_LOCALE_DIR = os.path.join(sys.base_prefix, 'share', 'locale')

# A message with a context is stored under "context EOT message" (GNU gettext's convention).
_CONTEXT_SEPARATOR = "\x04"


# ---- Plural-Forms expressions

_PLURAL_TOKEN = re.compile(r"\s*(?:(\d+)|(n)|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()])|(\S))")
_MAX_PLURAL_LENGTH = 1000
_MAX_PLURAL_DEPTH = 20

# binary operators of C, loosest first, each with its Python spelling
_PLURAL_LEVELS = (
    {"||": "or"},
    {"&&": "and"},
    {"==": "==", "!=": "!="},
    {"<": "<", ">": ">", "<=": "<=", ">=": ">="},
    {"+": "+", "-": "-"},
    {"*": "*", "/": "//", "%": "%"},
)


class _PluralExpression:
    """Turns a C plural expression (`n != 1`, `n%10==1 && n%100!=11 ? 0 : 1`) into Python source."""

    def __init__(self, text):
        self.tokens = []
        for m in _PLURAL_TOKEN.finditer(text):
            number, name, op, other = m.groups()
            if other is not None:
                raise ValueError('invalid token in plural form: %s' % other)
            self.tokens.append(number or name or op)
        self.tokens.append(None)
        self.at = 0
        self.depth = 0

    def peek(self):
        return self.tokens[self.at]

    def take(self):
        token = self.tokens[self.at]
        self.at += 1
        return token

    def whole(self):
        source = self.conditional()
        if self.peek() is not None:
            raise ValueError('unexpected token in plural form: %s' % self.peek())
        return source

    def conditional(self):
        test = self.binary(0)
        if self.peek() != "?":
            return test
        self.take()
        yes = self.conditional()
        if self.take() != ":":
            raise ValueError('expected ":" in plural form')
        no = self.conditional()
        return "(%s if %s else %s)" % (yes, test, no)

    def binary(self, level):
        if level == len(_PLURAL_LEVELS):
            return self.unary()
        ops = _PLURAL_LEVELS[level]
        left = self.binary(level + 1)
        while self.peek() in ops:
            op = ops[self.take()]
            right = self.binary(level + 1)
            if level < 2:  # C's || and && give 0 or 1
                left = "int(bool(%s) %s bool(%s))" % (left, op, right)
            elif level < 4:
                left = "int(%s %s %s)" % (left, op, right)
            else:
                left = "(%s %s %s)" % (left, op, right)
        return left

    def unary(self):
        token = self.take()
        if token == "!":
            return "int(not %s)" % self.unary()
        if token == "(":
            self.depth += 1
            if self.depth > _MAX_PLURAL_DEPTH:
                raise ValueError('plural form expression is too complex')
            inner = self.conditional()
            if self.take() != ")":
                raise ValueError('unbalanced parenthesis in plural form')
            self.depth -= 1
            return "(%s)" % inner
        if token == "n":
            return "n"
        if token is not None and token.isdigit():
            return token
        raise ValueError('unexpected token in plural form: %s' % token if token else
                         'unexpected end of plural form')


def c2py(plural):
    """A function of n computing the index of a plural form from a C expression (Plural-Forms)."""
    if len(plural) > _MAX_PLURAL_LENGTH:
        raise ValueError('plural form expression is too long')
    try:
        source = _PluralExpression(plural).whole()
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    index = eval("lambda n: int(%s)" % source, {"__builtins__": {"int": int, "bool": bool}})

    def plural_index(n):
        if not isinstance(n, int):
            n = _count(n, need_number=True)
        return index(n)

    return plural_index


def _count(n, need_number=False):
    """A plural count: an int-like as its index; anything else is deprecated (a warning pointing
    at the first caller outside this module), or an error when a number is needed and n is none."""
    try:
        return operator.index(n)
    except TypeError:
        pass
    message = 'Plural value must be an integer, got %s' % (type(n).__name__,)
    if need_number:
        try:
            round(n)
        except TypeError:
            raise TypeError(message) from None
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        level += 1
        frame = frame.f_back
    warnings.warn(message, DeprecationWarning, level)
    return n


# ---- finding catalogs

def _language_variants(name):
    """ll_CC.encoding@modifier -> the names to try, most specific first (as the documentation lists)."""
    import locale
    name = locale.normalize(name)
    modifier = codeset = territory = ''
    if '@' in name:
        name, modifier = name.split('@', 1)
        modifier = '@' + modifier
    if '.' in name:
        name, codeset = name.split('.', 1)
        codeset = '.' + codeset
    if '_' in name:
        name, territory = name.split('_', 1)
        territory = '_' + territory
    variants = []
    # every combination of the optional parts, the fullest first
    for use_territory in (True, False):
        for use_codeset in (True, False):
            for use_modifier in (True, False):
                if (use_territory and not territory or use_codeset and not codeset
                        or use_modifier and not modifier):
                    continue
                variants.append(name + (territory if use_territory else '')
                                + (codeset if use_codeset else '') + (modifier if use_modifier else ''))
    return variants


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for domain (or, with all=True, every one), searched as documented."""
    if localedir is None:
        localedir = _SYSTEM_LOCALE_DIR
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(variable)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for language in languages:
        for variant in _language_variants(language):
            if variant not in candidates:
                candidates.append(variant)
    found = []
    for language in candidates:
        if language == 'C':
            break
        path = os.path.join(localedir, language, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# ---- translation objects

class NullTranslations:
    """Translations that translate nothing; the base of the others and the end of a fallback chain."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Subclasses read their catalog here."""

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if _count(n) == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if _count(n) == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (either byte order, major revision 0 or 1)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    CONTEXT = "%s\x04%s"

    VERSIONS = (0, 1)

    def _parse(self, fp):
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)  # Germanic languages: the default of GNU gettext
        data = fp.read()
        filename = getattr(fp, 'name', '')
        size = len(data)
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major = version >> 16  # the revision is major << 16 | minor
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        entry = struct.Struct(order + '2I')
        for i in range(count):
            olen, ooff = entry.unpack_from(data, originals + 8 * i)
            tlen, toff = entry.unpack_from(data, translations + 8 * i)
            if ooff + olen > size or toff + tlen > size:
                raise OSError(0, 'File is corrupt', filename)
            original = data[ooff:ooff + olen]
            translated = data[toff:toff + tlen]
            if olen == 0:
                self._read_metadata(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular, plural = original.split(b'\x00')
                forms = translated.split(b'\x00')
                key = str(singular, charset)
                for index, form in enumerate(forms):
                    catalog[(key, index)] = str(form, charset)
            else:
                catalog[str(original, charset)] = str(translated, charset)

    def _read_metadata(self, header):
        """The header entry (msgid ""): `Name: value` lines; charset and plural forms matter."""
        last = None
        for line in header.decode('ascii', 'replace').split('\n'):
            line = line.strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue  # a msgcat separator line
            name, colon, value = line.partition(':')
            if colon:
                last = name.strip().lower()
                self._info[last] = value.strip()
            elif last:
                self._info[last] += '\n' + line
            if last == 'content-type' and colon:
                charset = re.search(r'charset=([^\s;]+)', value)
                if charset:
                    self._charset = charset.group(1)
            elif last == 'plural-forms' and colon:
                for part in value.split(';'):
                    part = part.strip()
                    if part.startswith('plural='):
                        self.plural = c2py(part[len('plural='):])

    def gettext(self, message):
        found = self._catalog.get(message, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((message, self.plural(1)), _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_MISSING = object()

# translation() keeps one object per (class, file): repeated lookups share the parsed catalog
_loaded = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain: the catalogs found chained by add_fallback, or an error."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        shared = _loaded.get(key)
        if shared is None:
            with open(path, 'rb') as fp:
                shared = _loaded.setdefault(key, class_(fp))
        import copy
        # each caller gets its own object (fallbacks are added to it), sharing the catalog
        current = copy.copy(shared)
        if result is None:
            result = current
        else:
            result.add_fallback(current)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


Catalog = translation


# ---- the GNU gettext API: one current domain, a directory per domain

_bound_dirs = {}
_domain_in_use = 'messages'


def textdomain(domain=None):
    """Set the current domain (when given) and return it."""
    global _domain_in_use
    if domain is not None:
        _domain_in_use = domain
    return _domain_in_use


def bindtextdomain(domain, localedir=None):
    """Bind domain to localedir (when given) and return the directory it is bound to."""
    if localedir is not None:
        _bound_dirs[domain] = localedir
    return _bound_dirs.get(domain, _SYSTEM_LOCALE_DIR)


def _domain_translations(domain):
    try:
        return translation(domain, _bound_dirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translations(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translations(domain)
    if t is None:
        return msgid1 if _count(n) == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translations(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translations(domain)
    if t is None:
        return msgid1 if _count(n) == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_domain_in_use, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_domain_in_use, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_domain_in_use, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_domain_in_use, context, msgid1, msgid2, n)
