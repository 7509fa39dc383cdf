"""Configuration file parser (INI-style files), written for the FreeThreaded VM from the
documentation of Python 3.13's configparser module.

A file is a list of sections, each a list of "key = value" (or "key: value") lines; a value may
continue on following lines indented deeper than its key. Values are strings, looked up through an
interpolation (BasicInterpolation's %(name)s by default), with the DEFAULT section supplying
fallbacks to every other section.
"""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError", "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT",
           "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _UnnamedSectionMarker:
    """The section of the options before the first header (allow_unnamed_section=True)."""

    def __repr__(self):
        return "<UNNAMED_SECTION>"


UNNAMED_SECTION = _UnnamedSectionMarker()


# ---------------------------------------------------------------------------- errors

class Error(Exception):
    """What every error of this module derives from."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class NoSectionError(Error):
    """The section asked for does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section was given twice (in one source, or to add_section)."""

    def __init__(self, section, source=None, lineno=None):
        if source is not None:
            msg = "%s: section %r already exists" % (_where(source, lineno), section)
        else:
            msg = "Section %r already exists" % (section,)
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option was given twice in one section of one source."""

    def __init__(self, section, option, source=None, lineno=None):
        if source is not None:
            msg = "%s: option %r in section %r already exists" % (_where(source, lineno), option, section)
        else:
            msg = "Option %r in section %r already exists" % (option, section)
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """The option asked for is in neither the section nor DEFAULT."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for the errors of string interpolation."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation references are malformed."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest deeper than MAX_INTERPOLATION_DEPTH (a reference cycle, usually)."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source had lines that are not headers, options, continuations or comments."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))

    def combine(self, others):
        for other in others:
            for lineno, line in other.errors:
                self.append(lineno, line)
        return self


class MissingSectionHeaderError(ParsingError):
    """An option came before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """An indented line continues a key that has no value."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


# ---------------------------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: values are returned, stored, read and written as they are."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared machinery of the two documented syntaxes: a marker character (% or $) that is
    either doubled (a literal marker) or opens a reference the subclass reads."""

    marker = ''

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        rest = self._strip_references(value.replace(self.marker * 2, ''))
        at = rest.find(self.marker)
        if at != -1:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, at))
        return value

    def _expand(self, parser, option, pieces, text, section, names, depth):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        m = self.marker
        while text:
            at = text.find(m)
            if at < 0:
                pieces.append(text)
                return
            if at:
                pieces.append(text[:at])
                text = text[at:]
            follower = text[1:2]
            if follower == m:
                pieces.append(m)
                text = text[2:]
                continue
            text = self._reference(parser, option, pieces, text, section, names, depth, raw)

    def _strip_references(self, value):
        return self._REFERENCE.sub('', value)

    def _reference(self, parser, option, pieces, text, section, names, depth, raw):
        """Reads the reference at the start of text (a marker not doubled); returns the rest."""
        if text[1:2] != self.opener:
            m = self.marker
            raise InterpolationSyntaxError(
                option, section, "'%s' must be followed by '%s' or '%s', found: %r" % (m, m, self.opener, text))
        found = self._REFERENCE.match(text)
        if found is None:
            raise InterpolationSyntaxError(option, section, "bad interpolation variable reference %r" % (text,))
        rest = text[found.end():]
        self._substitute(parser, option, pieces, found.group(1), section, names, depth, raw, rest)
        return rest

    def _resolved(self, parser, option, pieces, value, section, names, depth):
        if self.marker in value:
            self._expand(parser, option, pieces, value, section, names, depth + 1)
        else:
            pieces.append(value)


class BasicInterpolation(_MarkerInterpolation):
    """%(name)s refers to another option of the same section (or of DEFAULT); %% is a literal %."""

    marker = '%'
    opener = '('
    _REFERENCE = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, option, pieces, ref, section, names, depth, raw, after=''):
        key = parser.optionxform(ref)
        try:
            value = names[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        self._resolved(parser, option, pieces, value, section, names, depth)


class ExtendedInterpolation(_MarkerInterpolation):
    """${name} refers to an option of the same section (or of DEFAULT), ${section:name} to an
    option of another section; $$ is a literal $."""

    marker = '$'
    opener = '{'
    _REFERENCE = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, pieces, ref, section, names, depth, raw, after=''):
        parts = ref.split(':')
        where, lookup = section, names
        try:
            if len(parts) == 1:
                name = parser.optionxform(parts[0])
                value = lookup[name]
            elif len(parts) == 2:
                where, name = parts[0], parser.optionxform(parts[1])
                value = parser.get(where, name, raw=True)
                lookup = dict(parser.items(where, raw=True))
            else:
                raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (after,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ref) from None
        if '$' in value:
            self._expand(parser, name, pieces, value, where, lookup, depth + 1)
        else:
            pieces.append(value)


# ---------------------------------------------------------------------------- the parser

class _Sentinel:
    def __repr__(self):
        return '<no fallback>'


_NO_FALLBACK = _Sentinel()


class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation by default, and whose set() takes any value."""

    _SECTION_HEADER = r"\[(?P<header>.+)\]"
    _OPTION_LINE = r"(?P<option>.*?)\s*(?P<vi>{delims})\s*(?P<value>.*)$"
    _OPTION_LINE_NV = r"(?P<option>.*?)\s*(?:(?P<vi>{delims})\s*(?P<value>.*))?$"
    SECTCRE = re.compile(_SECTION_HEADER)
    OPTCRE = re.compile(_OPTION_LINE.format(delims='=|:'))
    OPTCRE_NV = re.compile(_OPTION_LINE_NV.format(delims='=|:'))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _default_interp = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_NO_FALLBACK, converters=_NO_FALLBACK,
                 allow_unnamed_section=False):
        self._mapping_type = dict_type
        self._sections = dict_type()
        self._default_values = dict_type()
        self._section_views = dict_type()
        self._converter_map = ConverterMapping(self)
        self._delims = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._option_re = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in delimiters)
            pattern = self._OPTION_LINE_NV if allow_no_value else self._OPTION_LINE
            self._option_re = re.compile(pattern.format(delims=alternatives))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict_mode = strict
        self._no_value_ok = allow_no_value
        self._keep_blank_lines = empty_lines_in_values
        self.default_section = default_section
        self._unnamed_ok = allow_unnamed_section
        self._interp = (self._default_interp if interpolation is _NO_FALLBACK
                               else interpolation if interpolation is not None else Interpolation())
        self._section_views[default_section] = SectionProxy(self, default_section)
        if converters is not _NO_FALLBACK:
            self._converter_map.update(converters)
        if defaults:
            self._load_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._default_values

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._mapping_type()
        self._section_views[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._default_values)
        return list(names.keys())

    def has_option(self, section, option):
        option = self.optionxform(option)
        if not section or section == self.default_section:
            return option in self._default_values
        if section not in self._sections:
            return False
        return option in self._sections[section] or option in self._default_values

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._converter_map

    # -- reading

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._parse_lines(fp, filename)
            except OSError:
                continue
            done.append(os.fspath(filename))
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._parse_lines(f, source)

    def read_string(self, string, source='<string>'):
        self._parse_lines(string.splitlines(keepends=True), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen_sections = set()
        seen_options = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict_mode and section in seen_sections:
                    raise
            seen_sections.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict_mode and (section, key) in seen_options:
                    raise DuplicateOptionError(section, key, source)
                seen_options.add((section, key))
                self.set(section, key, value)

    def _load_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _comment_free(self, line):
        """(the line's text without its comment, stripped; whether a comment was cut off)."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return '', True
        cut = len(line)
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    cut = min(cut, at)
                    break
                at = line.find(prefix, at + 1)
        return line[:cut].strip(), cut < len(line)

    def _parse_lines(self, fp, source):
        section_values = None       # the dict of the section being read
        section_name = None
        key = None                  # the option whose value may continue
        key_indent = 0
        seen_sections = set()
        seen_options = set()
        problems = None
        lineno = 0
        for lineno, line in enumerate(fp, start=1):
            text, commented = self._comment_free(line)
            if not text:
                if not self._keep_blank_lines:
                    key_indent = sys.maxsize   # a blank line ends the value
                elif not commented and key and section_values is not None and section_values.get(key) is not None:
                    section_values[key].append('')
                continue
            found = self.NONSPACECRE.search(line)
            indent = found.start() if found else 0
            if section_values is not None and key is not None and indent > key_indent:
                if section_values[key] is None:
                    raise MultilineContinuationError(source, lineno, line)
                section_values[key].append(text)
                continue
            key_indent = indent
            header = self.SECTCRE.match(text)
            if header:
                section_name = header.group('header')
                if section_name in self._sections:
                    if self._strict_mode and section_name in seen_sections:
                        raise DuplicateSectionError(section_name, source, lineno)
                    section_values = self._sections[section_name]
                elif section_name == self.default_section:
                    section_values = self._default_values
                else:
                    section_values = self._mapping_type()
                    self._sections[section_name] = section_values
                    self._section_views[section_name] = SectionProxy(self, section_name)
                seen_sections.add(section_name)
                key = None
                continue
            if section_values is None:
                if not self._unnamed_ok:
                    raise MissingSectionHeaderError(source, lineno, line)
                section_name = UNNAMED_SECTION
                section_values = self._sections.setdefault(UNNAMED_SECTION, self._mapping_type())
                self._section_views.setdefault(UNNAMED_SECTION, SectionProxy(self, UNNAMED_SECTION))
            option = self._option_re.match(text)
            name = option.group('option').rstrip() if option else ''
            if not name:
                if problems is None:
                    problems = ParsingError(source)
                problems.append(lineno, line)
                if option:
                    key = None
                continue
            key = self.optionxform(name)
            if self._strict_mode and (section_name, key) in seen_options:
                raise DuplicateOptionError(section_name, key, source, lineno)
            seen_options.add((section_name, key))
            value = option.group('value')
            section_values[key] = None if value is None else [value.strip()]
        self._finish_values()
        if problems is not None:
            raise problems

    def _finish_values(self):
        """Join each value's lines (dropping trailing empty lines) and let the interpolation see it."""
        everything = [(self.default_section, self._default_values)] + list(self._sections.items())
        for section, values in everything:
            for name, value in values.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                values[name] = self._interp.before_read(self, section, name, value)

    # -- getting

    def _chain(self, section, vars):
        chained = {}
        if vars:
            for k, v in vars.items():
                chained[self.optionxform(k)] = v
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        # vars, then the section, then DEFAULT: where get() and the interpolations look names up
        return ChainMap(chained, own, self._default_values)

    def get(self, section, option, *, raw=False, vars=None, fallback=_NO_FALLBACK):
        try:
            lookup = self._chain(section, vars)
        except NoSectionError:
            if fallback is _NO_FALLBACK:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _NO_FALLBACK:
                raise NoOptionError(option, section) from None
            return fallback
        if raw or value is None:
            return value
        return self._interp.before_get(self, section, option, value, lookup)

    def _get_converted(self, section, option, conv, *, raw=False, vars=None, fallback=_NO_FALLBACK, **kwargs):
        try:
            return conv(self.get(section, option, raw=raw, vars=vars, **kwargs))
        except (NoSectionError, NoOptionError):
            if fallback is _NO_FALLBACK:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_NO_FALLBACK, **kwargs):
        return self._get_converted(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_NO_FALLBACK, **kwargs):
        return self._get_converted(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_NO_FALLBACK, **kwargs):
        return self._get_converted(section, option, self._as_boolean, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def _as_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def items(self, section=_NO_FALLBACK, raw=False, vars=None):
        if section is _NO_FALLBACK:
            return super().items()
        merged = self._default_values.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(merged.keys())
        if vars:
            for k, v in vars.items():
                merged[self.optionxform(k)] = v
        if raw:
            return [(name, merged[name]) for name in names]
        return [(name, self._interp.before_get(self, section, name, merged[name], merged))
                for name in names]

    # -- changing

    def _options_of(self, section):
        """The dict that holds a section's options (DEFAULT's for a false name or the default section)."""
        if not section or section == self.default_section:
            return self._default_values
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        target = self._options_of(section)
        option = self.optionxform(option)
        if option not in target:
            return False
        del target[option]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._section_views[section]
        return True

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        delimiter = self._delims[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._default_values:
            self._emit_section(fp, self.default_section, self._default_values.items(), delimiter)
        if UNNAMED_SECTION in self._sections:
            self._emit_section(fp, UNNAMED_SECTION, self._sections[UNNAMED_SECTION].items(), delimiter,
                                header=False)
        for section, values in self._sections.items():
            if section is UNNAMED_SECTION:
                continue
            self._emit_section(fp, section, values.items(), delimiter)

    def _emit_section(self, fp, name, entries, delimiter, header=True):
        if header:
            fp.write("[%s]\n" % name)
        for key, value in entries:
            value = self._interp.before_write(self, name, key, value)
            if value is not None or not self._no_value_ok:
                text = delimiter + str(value).replace('\n', '\n\t')
            else:
                text = ""
            fp.write("%s%s\n" % (key, text))
        fp.write("\n")

    # -- the mapping of sections

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._section_views[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._default_values.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation that keeps every value a string."""

    _default_interp = BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_strings(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_strings(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        hold, self._interp = self._interp, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interp = hold

    def _check_strings(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._no_value_ok or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")


class SectionProxy(MutableMapping):
    """One section of a parser as a mapping of its options (DEFAULT's options included)."""

    def __init__(self, parser, name):
        self._owner = parser
        self._section_name = name
        for conv in parser.converters:
            setattr(self, 'get' + conv, functools.partial(self.get, _getter=getattr(parser, 'get' + conv)))

    def __repr__(self):
        return '<Section: {}>'.format(self._section_name)

    def __getitem__(self, key):
        if not self._owner.has_option(self._section_name, key):
            raise KeyError(key)
        return self._owner.get(self._section_name, key)

    def __setitem__(self, key, value):
        if isinstance(self._owner, ConfigParser):
            self._owner._check_strings(option=key, value=value)
        return self._owner.set(self._section_name, key, value)

    def __delitem__(self, key):
        if not (self._owner.has_option(self._section_name, key) and self._owner.remove_option(self._section_name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._section_name, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def _names(self):
        if self._section_name != self._owner.default_section:
            return self._owner.options(self._section_name)
        return list(self._owner.defaults())

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._section_name

    def get(self, option, fallback=None, *, raw=False, vars=None, _getter=None, **kwargs):
        if _getter is None:
            _getter = self._owner.get
        return _getter(self._section_name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _getter=self._owner.getint, **kwargs)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _getter=self._owner.getfloat, **kwargs)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self.get(option, fallback, raw=raw, vars=vars, _getter=self._owner.getboolean, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters: name -> function; each adds get<name>() to the parser and its sections."""

    _NAME = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._owner = parser
        self._functions = {}
        for attribute in dir(parser):
            m = self._NAME.match(attribute)
            if m and callable(getattr(parser, attribute)):
                self._functions[m.group('name')] = None   # a built-in getter: getint, getfloat, getboolean

    def __getitem__(self, key):
        return self._functions[key]

    def __setitem__(self, key, value):
        try:
            suffix = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key))) from None
        if suffix == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._functions[key] = value
        getter = functools.partial(self._owner._get_converted, conv=value)
        getter.converter = value
        setattr(self._owner, suffix, getter)
        for proxy in self._owner.values():
            setattr(proxy, suffix, functools.partial(proxy.get, _getter=getter))

    def __delitem__(self, key):
        try:
            suffix = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._functions[key]
        for holder in itertools.chain((self._owner,), self._owner.values()):
            try:
                delattr(holder, suffix)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._functions)

    def __len__(self):
        return len(self._functions)
