"""Command-line parsing: declare arguments, then turn an argv list into a Namespace.

Written for this VM from the documented behaviour of Python 3.13's argparse
(docs.python.org/3.13/library/argparse.html and the argparse tutorial).

How the pieces fit:
  * A parser and all of its argument groups share one ``_Catalogue``: the list of
    declared actions, the option-string index, the set_defaults() values and the
    registries (action names, type names).  Groups only remember which actions they
    were given, for help output and exclusivity.
  * Parsing is done by a ``_Walk`` object created per call: it classifies every
    command-line string as an option ('O'), a plain argument ('A') or the '--'
    marker ('-'), then alternately consumes options and runs of positionals.
    How many strings an action takes is decided by matching a regular expression
    built from its ``nargs`` against the classification string.
  * Help and usage text are produced by ``HelpFormatter``; it records sections,
    texts and actions first and lays them out at the end, because the help column
    depends on the widest invocation of all sections.
"""

import os as _os
import re as _re
import sys as _sys
from bisect import bisect_left as _bisect_left

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# Documented sentinel values (their spelling shows up in reprs, so it is fixed).
SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Namespace attribute a subcommand uses to hand its unparsed strings to the caller.
_LEFTOVER_KEY = '__argparse_leftover_strings__'


def _plural(count, one, many):
    return one if count == 1 else many


# ---------------------------------------------------------------------------
# objects with a "Name(field=value, ...)" repr
# ---------------------------------------------------------------------------

class _ReprByFields(object):
    """Mixin: repr is the class name and the pairs returned by _get_kwargs()."""

    def __repr__(self):
        shown = []
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**%r' % (odd_names,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())


class Namespace(_ReprByFields):
    """Plain attribute holder returned by parse_args()."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------

def _describe(action):
    """How an action is named in error messages ('-f/--foo', 'file', '{a,b}')."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument (or with the command line as a whole)."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= callable to report a conversion failure with its own text."""


# ---------------------------------------------------------------------------
# actions: what happens when an argument is seen
# ---------------------------------------------------------------------------

class Action(_ReprByFields):
    """Base of every action: subclasses implement
    __call__(parser, namespace, values, option_string)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar', 'deprecated')
        return [(name, getattr(self, name)) for name in fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _reject_bad_nargs(nargs, const, verb, hint):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s' % (verb, hint))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _fresh_list(current):
    """A list to append to without changing the default object it may come from."""
    if current is None:
        return []
    if type(current) is list:
        return current[:]
    import copy
    return copy.copy(current)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        _reject_bad_nargs(nargs, const, 'store',
                          'if you have nothing to store, actions such as store true or '
                          'store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, True, default, required, help,
                         deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, False, default, required, help,
                         deprecated=deprecated)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        _reject_bad_nargs(nargs, const, 'append',
                          'if arg strings are not supplying the value to append, the append '
                          'const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._make_formatter()
        formatter.add_text(text)
        parser._emit(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class BooleanOptionalAction(Action):
    """--flag / --no-flag pair storing True / False."""

    _UNSET = object()

    def __init__(self, option_strings, dest, default=None, type=_UNSET, choices=_UNSET,
                 required=False, help=None, metavar=_UNSET, deprecated=False):
        # type, choices and metavar mean nothing for a flag; still accepted (with a
        # warning) for code written for Python 3.11 and earlier.
        legacy = {'type': type, 'choices': choices, 'metavar': metavar}
        for name, value in legacy.items():
            if value is self._UNSET:
                legacy[name] = None
            else:
                import warnings
                warnings.warn("'%s' is deprecated as of Python 3.12 and will be removed in "
                              "Python 3.14." % name, DeprecationWarning, stacklevel=2)
        both = []
        for flag in option_strings:
            both.append(flag)
            if flag.startswith('--'):
                both.append('--no-' + flag[2:])
        super().__init__(both, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated, **legacy)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional that selects a subcommand and hands it the remaining strings."""

    class _SubcommandLine(Action):
        # One line per subcommand in the parent's help (only for add_parser(help=...)).
        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self.by_name = {}
        self.listed = []
        self.retired = set()
        self.prog_head = prog
        self.parser_class = parser_class
        super().__init__(option_strings, dest, nargs=PARSER, choices=self.by_name,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self.prog_head, name)
        aliases = kwargs.pop('aliases', ())
        if name in self.by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self.by_name:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self.listed.append(self._SubcommandLine(name, aliases, kwargs.pop('help')))
        if kwargs.pop('deprecated', False):
            self.retired.add(name)
            self.retired.update(aliases)
        parser = self.parser_class(**kwargs)
        self.by_name[name] = parser
        for alias in aliases:
            self.by_name[alias] = parser
        return parser

    def _listed_subcommands(self):
        return self.listed

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self.by_name.get(name)
        if chosen is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self.by_name)))
        if name in self.retired:
            parser._warn("command '%s' is deprecated" % name)
        # The subcommand parses into a namespace of its own; its values then win over
        # whatever the parent already holds under the same names.
        inner, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_KEY, []).extend(rest)


class FileType(object):
    """type= factory opening the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# help and usage layout
# ---------------------------------------------------------------------------

_RUNS_OF_SPACE = _re.compile(r'\s+', _re.ASCII)
_BLANK_RUN = _re.compile(r'\n\n\n+')


class _Block(object):
    """A titled part of the help page: its entries are ('kind', payload) pairs."""

    def __init__(self, outer, heading):
        self.outer = outer
        self.heading = heading
        self.entries = []


class HelpFormatter(object):
    """Lays out usage and help text.

    Callers record content (add_usage, add_text, start_section/end_section,
    add_argument(s)); format_help() then renders it.  The column where help text
    starts is the widest option/metavar column seen, capped at max_help_position.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog_name = prog
        self._step = indent_increment
        self._line_width = width
        self._help_cap = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._depth = 0            # indentation used while content is recorded
        self._indent_now = 0       # indentation used while rendering
        self._widest = 0
        self._root = _Block(None, None)
        self._open = self._root

    # -- recording ----------------------------------------------------------

    def start_section(self, heading):
        self._depth += self._step
        block = _Block(self._open, heading)
        self._open.entries.append(('block', block))
        self._open = block

    def end_section(self):
        self._open = self._open.outer
        self._depth -= self._step

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._open.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open.entries.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._invocation(action)) + self._depth]
        for sub in self._nested(action):
            # Subcommand lines sit one step further in.
            widths.append(len(self._invocation(sub)) + self._depth + self._step)
        self._widest = max(self._widest, max(widths))
        self._open.entries.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering ------------------------------------------------------------

    def format_help(self):
        text = self._render_block(self._root)
        if not text:
            return ''
        return _BLANK_RUN.sub('\n\n', text).strip('\n') + '\n'

    def _render_block(self, block):
        nested = block.outer is not None
        if nested:
            self._indent_now += self._step
        pieces = []
        for kind, payload in block.entries:
            if kind == 'block':
                pieces.append(self._render_block(payload))
            elif kind == 'text':
                pieces.append(self._render_text(payload))
            elif kind == 'usage':
                pieces.append(self._render_usage(*payload))
            else:
                pieces.append(self._render_action(payload))
        if nested:
            self._indent_now -= self._step
        body = ''.join(p for p in pieces if p)
        if not body:
            return ''
        if block.heading is not SUPPRESS and block.heading is not None:
            title = '%s%s:\n' % (' ' * self._indent_now, block.heading)
        else:
            title = ''
        return '\n' + title + body + '\n'

    def _render_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog_name}
        room = max(self._line_width - self._indent_now, 11)
        return self._fill_text(text, room, ' ' * self._indent_now) + '\n\n'

    def _render_action(self, action):
        column = min(self._widest + 2, self._help_cap)
        help_room = max(self._line_width - column, 11)
        head_room = column - self._indent_now - 2
        pad = ' ' * self._indent_now
        head = self._invocation(action)
        out = []
        if not action.help:
            out.append(pad + head + '\n')
            first_pad = None
        elif len(head) <= head_room:
            out.append(pad + head.ljust(head_room) + '  ')
            first_pad = ''
        else:
            out.append(pad + head + '\n')
            first_pad = ' ' * column
        if action.help and action.help.strip():
            expanded = self._filled_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_room)
                out.append(first_pad + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * column + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._nested(action):
            self._indent_now += self._step
            out.append(self._render_action(sub))
            self._indent_now -= self._step
        return ''.join(out)

    def _nested(self, action):
        lister = getattr(action, '_listed_subcommands', None)
        if lister is None:
            return []
        return list(lister())

    def _filled_help(self, action):
        values = dict(vars(action), prog=self._prog_name)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key, value in list(values.items()):
            if hasattr(value, '__name__'):
                values[key] = value.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    # -- metavars and invocations -------------------------------------------

    def _names_for(self, action, fallback):
        """Callable giving the metavar(s) for `count` slots."""
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            name = fallback

        def slots(count):
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return slots

    def _value_shape(self, action, fallback):
        names = self._names_for(action, fallback)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % got
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = range(nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * len(slots)) % names(nargs)

    def _invocation(self, action):
        if not action.option_strings:
            shown, = self._names_for(action, self._get_default_metavar_for_positional(action))(1)
            return shown
        flags = ', '.join(action.option_strings)
        if action.nargs == 0:
            return flags
        value = self._value_shape(action, self._get_default_metavar_for_optional(action))
        return '%s %s' % (flags, value)

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    # -- usage ----------------------------------------------------------------

    def _render_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog_name}
        elif not actions:
            text = '%(prog)s' % {'prog': self._prog_name}
        else:
            text = self._compose_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, text)

    def _compose_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog_name}
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        words = self._usage_words(flagged + bare, groups)
        one_line = ' '.join(w for w in [prog] + words if w)
        room = self._line_width - self._indent_now
        if len(prefix) + len(one_line) <= room:
            return one_line
        # Too long: wrap options and positionals separately.
        flag_words = self._usage_words(flagged, groups)
        bare_words = self._usage_words(bare, groups)
        if len(prefix) + len(prog) <= 0.75 * room:
            hang = ' ' * (len(prefix) + len(prog) + 1)
            if flag_words:
                lines = self._wrap_words([prog] + flag_words, hang, room, len(prefix))
                lines += self._wrap_words(bare_words, hang, room)
            elif bare_words:
                lines = self._wrap_words([prog] + bare_words, hang, room, len(prefix))
            else:
                lines = [prog]
        else:
            hang = ' ' * len(prefix)
            lines = self._wrap_words(flag_words + bare_words, hang, room)
            if len(lines) > 1:
                lines = (self._wrap_words(flag_words, hang, room)
                         + self._wrap_words(bare_words, hang, room))
            lines = [prog] + lines
        return '\n'.join(lines)

    @staticmethod
    def _wrap_words(words, hang, room, first_offset=None):
        """Greedy wrap; the first line starts after a prefix of first_offset chars
        (and is returned without the hanging indent) when first_offset is given."""
        lines = []
        current = []
        used = (first_offset if first_offset is not None else len(hang)) - 1
        for word in words:
            if current and used + 1 + len(word) > room:
                lines.append(hang + ' '.join(current))
                current = []
                used = len(hang) - 1
            current.append(word)
            used += len(word) + 1
        if current:
            lines.append(hang + ' '.join(current))
        if first_offset is not None and lines:
            lines[0] = lines[0][len(hang):]
        return lines

    def _usage_words(self, actions, groups):
        """One usage word per visible action, with mutually exclusive groups marked."""
        # A group is drawn as a unit only when its actions sit next to each other, in
        # the group's order, in the list being rendered.
        spans = []
        grouped = set()
        for group in groups:
            members = group._members
            if not members:
                raise ValueError('empty group %s' % (group,))
            if all(a.help is SUPPRESS for a in members):
                continue
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                spans.append((start, start + len(members), group))
                grouped.update(id(a) for a in members)

        words = []
        for action in actions:
            in_group = id(action) in grouped
            if action.help is SUPPRESS:
                words.append(None)
                continue
            if not action.option_strings:
                word = self._value_shape(action, self._get_default_metavar_for_positional(action))
                if in_group and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            else:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    word = '%s %s' % (action.option_strings[0], self._value_shape(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and not in_group:
                    word = '[%s]' % word
            words.append(word)

        has_bar = set()
        for start, stop, group in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
            live = [i for i in range(start, stop) if words[i] is not None]
            if not live:
                continue
            if not group.required:
                opener, closer = '[', ']'
            elif len(live) > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = ''
            texts = [words[i] for i in live]
            texts[0] = opener + texts[0]
            texts[-1] = texts[-1] + closer
            # The visible words are packed to the front of the span; ' |' marks
            # every word but the last (once, even when groups overlap).
            for offset, text in enumerate(texts):
                slot = start + offset
                if offset < len(texts) - 1:
                    if slot not in has_bar:
                        words[slot] = text + ' |'
                        has_bar.add(slot)
                else:
                    words[slot] = text
            for slot in range(start + len(texts), stop):
                words[slot] = None
        return [w for w in words if w is not None]

    # -- hooks that the documented formatter classes override -------------------

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_RUNS_OF_SPACE.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_RUNS_OF_SPACE.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog line breaks as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps line breaks in every help text, arguments' included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help where a default applies."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the metavar of every argument."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# declaring arguments: parser and groups share one catalogue
# ---------------------------------------------------------------------------

_NUMBER_LIKE = _re.compile(r'^-\d+$|^-\d*\.\d+$')

_ACTION_NAMES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


def _unchanged(text):
    return text


class _Catalogue(object):
    """State shared by a parser and its groups."""

    def __init__(self):
        self.actions = []
        self.by_flag = {}
        self.defaults = {}
        self.registries = {'action': dict(_ACTION_NAMES), 'type': {None: _unchanged}}
        self.exclusive = []
        self.numeric_flags = False


class _Declarer(object):
    """add_argument() and friends, common to parsers and argument groups."""

    def _setup(self, catalogue, description, prefix_chars, argument_default, conflict_handler):
        self._cat = catalogue
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % (conflict_handler,))

    # Real-world code reads these two; they are views of the shared catalogue.
    @property
    def _actions(self):
        return self._cat.actions

    @property
    def _option_string_actions(self):
        return self._cat.by_flag

    def register(self, registry_name, value, object):
        self._cat.registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, fallback=None):
        return self._cat.registries.get(registry_name, {}).get(value, fallback)

    def set_defaults(self, **kwargs):
        self._cat.defaults.update(kwargs)
        for action in self._cat.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._cat.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._cat.defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) declares a positional,
        add_argument('-f', '--foo', ...) an option."""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._option_settings(*args, **kwargs)

        if 'default' not in kwargs:
            if kwargs['dest'] in self._cat.defaults:
                kwargs['default'] = self._cat.defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        kind = kwargs.pop('action', None)
        action_class = self._lookup('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Let the formatter vet nargs and a tuple metavar now rather than at help time.
        maker = getattr(self, '_make_formatter', None)
        if maker is not None:
            try:
                maker()._value_shape(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._take(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgGroup(self, *args, **kwargs)
        self._sections.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _OneOfGroup(self, **kwargs)
        self._cat.exclusive.append(group)
        return group

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # A positional is required unless it may be absent: '?', or '*' with a default.
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        elif nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_settings(self, *args, **kwargs):
        flags = []
        long_flags = []
        for flag in args:
            if not flag or flag[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, self.prefix_chars))
            flags.append(flag)
            if len(flag) > 1 and flag[1] in self.prefix_chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_flags[0] if long_flags else flags[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (source,))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=flags)

    def _take(self, action):
        """Enter an action into the shared catalogue (after conflict handling)."""
        clashes = [(flag, self._cat.by_flag[flag]) for flag in action.option_strings
                   if flag in self._cat.by_flag]
        if clashes:
            if self.conflict_handler == 'error':
                raise ArgumentError(action, '%s: %s' % (
                    _plural(len(clashes), 'conflicting option string',
                            'conflicting option strings'),
                    ', '.join(flag for flag, _ in clashes)))
            for flag, older in clashes:
                older.option_strings.remove(flag)
                self._cat.by_flag.pop(flag, None)
                if not older.option_strings:
                    older.container._drop(older)
        self._cat.actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._cat.by_flag[flag] = action
            if _NUMBER_LIKE.match(flag):
                self._cat.numeric_flags = True
        return action

    def _drop(self, action):
        self._cat.actions.remove(action)

    def _copy_from(self, other):
        """Adopt another parser's actions and groups (the parents= feature)."""
        by_title = {}
        for group in self._sections:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in other._sections:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._members:
                home[id(action)] = by_title[group.title]
        for group in other._cat.exclusive:
            owner = self if group._owner is other else by_title[group._owner.title]
            twin = owner.add_mutually_exclusive_group(required=group.required)
            for action in group._members:
                home[id(action)] = twin
        for action in other._cat.actions:
            home.get(id(action), self)._take(action)


class _ArgGroup(_Declarer):
    """A titled section of the help; its arguments belong to the whole parser."""

    def __init__(self, owner, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', owner.conflict_handler)
        kwargs.setdefault('prefix_chars', owner.prefix_chars)
        kwargs.setdefault('argument_default', owner.argument_default)
        self._setup(owner._cat, description, **kwargs)
        self.title = title
        self._owner = owner
        self._sections = owner._sections
        self._members = []

    def _take(self, action):
        action = super()._take(action)
        self._members.append(action)
        return action

    def _drop(self, action):
        super()._drop(action)
        self._members.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', category=DeprecationWarning,
                      stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _OneOfGroup(_ArgGroup):
    """Arguments of which at most one (exactly one when required) may be given."""

    def __init__(self, owner, required=False):
        super().__init__(owner)
        self.required = required

    def _take(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._owner._take(action)
        self._members.append(action)
        return action

    def _drop(self, action):
        self._owner._drop(action)
        self._members.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# the parser
# ---------------------------------------------------------------------------

class ArgumentParser(_ReprByFields, _Declarer):
    """Declares a program's arguments and parses command lines against them."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._setup(_Catalogue(), description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._sections = []
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subcommands = None

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._copy_from(parent)
            self._cat.defaults.update(parent._cat.defaults)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    def _take(self, action):
        # Options and positionals land in their own help sections.
        if action.option_strings:
            return self._optionals._take(action)
        return self._positionals._take(action)

    def _make_formatter(self):
        return self.formatter_class(prog=self.prog)

    def add_subparsers(self, **kwargs):
        """Adds the subcommand argument; returns the object whose add_parser() makes subcommands."""
        if self._subcommands is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            self._subcommands = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subcommands = self._positionals
        if kwargs.get('prog') is None:
            # Subcommand usage starts with this parser's prog and its positionals.
            formatter = self._make_formatter()
            positionals = [a for a in self._cat.actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._cat.exclusive, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._lookup('action', kind, kind)
        action = action_class(option_strings=[], **kwargs)
        self._subcommands._take(action)
        return action

    # -- parsing --------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self._fail('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        return self._run_walks(args, namespace, intermixed=False)

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self._fail('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = [a for a in self._cat.actions if not a.option_strings]
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._cat.exclusive:
            if any(a in positionals for a in group._members):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        return self._run_walks(args, namespace, intermixed=True)

    def _run_walks(self, args, namespace, intermixed):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        try:
            if intermixed:
                # First options only (positional strings are set aside), then the
                # positionals against everything that was set aside.  During the
                # first pass positionals have no default (help printed then shows none,
                # as in CPython).
                held = [(a, a.default) for a in self._cat.actions if not a.option_strings]
                try:
                    for action, _ in held:
                        action.default = SUPPRESS
                    namespace, rest = _Walk(self, namespace, 'options').run(args)
                finally:
                    for action, default in held:
                        action.default = default
                namespace, rest = _Walk(self, namespace, 'positionals').run(rest)
            else:
                namespace, rest = _Walk(self, namespace, 'all').run(args)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if _LEFTOVER_KEY in vars(namespace):
            rest.extend(vars(namespace).pop(_LEFTOVER_KEY))
        return namespace, rest

    def _fail(self, message):
        if self.exit_on_error:
            self.error(message)
        raise ArgumentError(None, message)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _expand_files(self, strings):
        """Replace each '@file' argument by the file's lines (recursively)."""
        marks = self.fromfile_prefix_chars
        out = []
        for text in strings:
            if not text or text[0] not in marks:
                out.append(text)
                continue
            try:
                # (this VM's sys has no getfilesystemencodeerrors yet: POSIX's value then)
                fs_errors = getattr(_sys, 'getfilesystemencodeerrors', lambda: 'surrogateescape')()
                with open(text[1:], encoding=_sys.getfilesystemencoding(),
                          errors=fs_errors) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as exc:
                raise ArgumentError(None, str(exc))
            out.extend(self._expand_files(found))
        return out

    def _convert(self, action, strings):
        """The value an action receives for the strings it matched."""
        nargs = action.nargs
        if not action.option_strings and nargs not in (PARSER, REMAINDER) and '--' in strings:
            # One '--' among a positional's strings is the marker, not a value.
            strings = list(strings)
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert_one(action, value)
                self._check_choice(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return []
            # An explicit default of an absent '*' positional must be a valid choice.
            self._check_choice(action, action.default)
            return action.default
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._convert_one(action, strings[0])
            self._check_choice(action, value)
            return value
        if nargs == REMAINDER:
            return [self._convert_one(action, s) for s in strings]
        if nargs == PARSER:
            values = [self._convert_one(action, s) for s in strings]
            self._check_choice(action, values[0])
            return values
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert_one(action, s) for s in strings]
        for value in values:
            self._check_choice(action, value)
        return values

    def _convert_one(self, action, text):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(repr(c) for c in action.choices)))

    # -- help output ------------------------------------------------------------

    def format_usage(self):
        formatter = self._make_formatter()
        formatter.add_usage(self.usage, self._cat.actions, self._cat.exclusive)
        return formatter.format_help()

    def format_help(self):
        formatter = self._make_formatter()
        formatter.add_usage(self.usage, self._cat.actions, self._cat.exclusive)
        formatter.add_text(self.description)
        for group in self._sections:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._members)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._emit(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._emit(self.format_help(), _sys.stdout if file is None else file)

    def _emit(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def _warn(self, message):
        self._emit('%s: warning: %s\n' % (self.prog, message), _sys.stderr)

    def exit(self, status=0, message=None):
        if message:
            self._emit(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


# ---------------------------------------------------------------------------
# one parse of one command line
# ---------------------------------------------------------------------------

# How many 'A' (argument) kinds each symbolic nargs accepts; '-' (the '--' marker) may
# sit anywhere among a positional's strings.  REMAINDER and PARSER also take options.
_SHAPES = {
    None: '-*A-*', OPTIONAL: '-*A?-*', ZERO_OR_MORE: '-*[A-]*', ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*', PARSER: '-*A[-AO]*', SUPPRESS: '-*-*',
}


def _count_pattern(action):
    """Regex over the kinds string ('O' option, 'A' argument, '-' the '--' marker)
    matching the strings an action may take, in one group.  Options never take the
    marker."""
    nargs = action.nargs
    if isinstance(nargs, int):
        body = '-*' + '-*'.join(['A'] * nargs) + '-*'
    else:
        body = _SHAPES[nargs]
    if action.option_strings:
        body = body.replace('-*', '').replace('-', '')
    return '(' + body + ')'


class _Walk(object):
    """Parses one list of strings into a namespace for one parser.

    mode 'all' is an ordinary parse; 'options' sets every positional string aside
    (first half of an intermixed parse); 'positionals' parses what was set aside.
    """

    def __init__(self, parser, namespace, mode):
        self.parser = parser
        self.cat = parser._cat
        self.ns = namespace
        self.mode = mode
        self.extras = []
        self.seen = set()
        self.seen_changed = set()
        self.warned = set()
        self.pending = [a for a in self.cat.actions if not a.option_strings]
        self.rivals = {}
        for group in self.cat.exclusive:
            for action in group._members:
                others = [a for a in group._members if a is not action]
                self.rivals.setdefault(id(action), []).extend(others)

    def run(self, strings):
        parser, ns = self.parser, self.ns
        for action in self.cat.actions:
            if self.mode == 'options' and not action.option_strings:
                continue
            if (action.dest is not SUPPRESS and not hasattr(ns, action.dest)
                    and action.default is not SUPPRESS):
                setattr(ns, action.dest, action.default)
        for dest, value in self.cat.defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, value)

        if parser.fromfile_prefix_chars is not None:
            strings = parser._expand_files(strings)
        self.strings = strings
        self._classify()

        i = 0
        option_at = sorted(self.hits)
        while True:
            # the first option at or after i
            k = _bisect_left(option_at, i)
            if k == len(option_at):
                break
            nxt = option_at[k]
            if i < nxt:
                j = self._positionals_from(i)
                if j > i:
                    i = j
                    continue
                self.extras.extend(strings[i:nxt])
                i = nxt
            i = self._option_at(i)
        i = self._positionals_from(i)
        self.extras.extend(strings[i:])
        self._final_checks()
        return ns, self.extras

    def _classify(self):
        kinds = []
        self.hits = {}
        after_marker = False
        for index, text in enumerate(self.strings):
            if after_marker:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                after_marker = True
            else:
                found = self._match_option(text)
                if found is None:
                    kinds.append('A')
                else:
                    self.hits[index] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)

    def _match_option(self, text):
        """Option matches for one string as (action, flag, sep, attached value) tuples,
        or None when the string is a plain argument."""
        chars = self.parser.prefix_chars
        by_flag = self.cat.by_flag
        if not text or text[0] not in chars:
            return None
        if text in by_flag:
            return [(by_flag[text], text, None, None)]
        if len(text) == 1:
            return None
        flag, sep, attached = text.partition('=')
        if sep and flag in by_flag:
            return [(by_flag[flag], flag, sep, attached)]
        found = self._prefix_matches(text)
        if len(found) > 1:
            raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                % (text, ', '.join(hit[1] for hit in found)))
        if len(found) == 1:
            return found
        if _NUMBER_LIKE.match(text) and not self.cat.numeric_flags:
            return None
        if ' ' in text:
            return None
        return [(None, text, None, None)]

    def _prefix_matches(self, text):
        chars = self.parser.prefix_chars
        by_flag = self.cat.by_flag
        abbrev = self.parser.allow_abbrev
        found = []
        if text[0] in chars and text[1] in chars:
            if abbrev:
                head, sep, attached = text.partition('=')
                if not sep:
                    sep = attached = None
                for flag, action in by_flag.items():
                    if flag.startswith(head):
                        found.append((action, flag, sep, attached))
        elif text[0] in chars:
            short, glued = text[:2], text[2:]
            for flag, action in by_flag.items():
                if flag == short:
                    found.append((action, flag, '', glued))
                elif flag.startswith(text):
                    # (single-dash prefixes match even with allow_abbrev=False in 3.13)
                    found.append((action, flag, None, None))
        else:
            raise ArgumentError(None, 'unexpected option string: %s' % text)
        return found

    def _count(self, action, kinds):
        hit = _re.match(_count_pattern(action), kinds)
        if hit is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = _plural(nargs, 'expected %s argument', 'expected %s arguments') % nargs
            raise ArgumentError(action, msg)
        return len(hit.group(1))

    def _option_at(self, i):
        """Consume the option at index i (and its values); return the next index."""
        chars = self.parser.prefix_chars
        action, flag, sep, attached = self.hits[i][0]
        calls = []
        while True:
            if action is None:
                self.extras.append(self.strings[i])
                return i + 1
            if attached is None:
                start = i + 1
                stop = start + self._count(action, self.kinds[start:])
                calls.append((action, self.strings[start:stop], flag))
                break
            wanted = self._count(action, 'A')
            if wanted == 0 and flag[1] not in chars and attached != '':
                # '-xyz' with -x taking no value: the rest are more single-letter flags.
                if sep or attached[0] in chars:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                calls.append((action, [], flag))
                lead = flag[0]
                flag = lead + attached[0]
                follow = self.cat.by_flag.get(flag)
                if follow is None:
                    self.extras.append(lead + attached)
                    stop = i + 1
                    break
                action = follow
                attached = attached[1:]
                if not attached:
                    sep = attached = None
                elif attached[0] == '=':
                    sep, attached = '=', attached[1:]
                else:
                    sep = ''
            elif wanted == 1:
                calls.append((action, [attached], flag))
                stop = i + 1
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for action, taken, used_flag in calls:
            if action.deprecated and used_flag not in self.warned:
                self.parser._warn("option '%s' is deprecated" % used_flag)
                self.warned.add(used_flag)
            self._apply(action, taken, used_flag)
        return stop

    def _positionals_from(self, i):
        """Give the positionals still waiting as many strings from index i as they can
        take (stopping at the next option); return the index after them."""
        if self.mode == 'options':
            # Set the run aside for the second pass.  As in CPython, the first run
            # loses a leading '--' marker: the second pass then reads what followed
            # it as options again.
            if self.pending:
                self.pending = []
                if self.kinds[i:i + 1] == '-':
                    i += 1
            stop = i
            while stop < len(self.kinds) and self.kinds[stop] != 'O':
                stop += 1
            self.extras.extend(self.strings[i:stop])
            return stop
        counts = []
        kinds = self.kinds[i:]
        for size in range(len(self.pending), 0, -1):
            hit = _re.match(''.join(_count_pattern(a) for a in self.pending[:size]), kinds)
            if hit is not None:
                counts = [len(g) for g in hit.groups()]
                break
        for action, count in zip(self.pending, counts):
            taken = self.strings[i:i + count]
            i += count
            if taken and action.deprecated and action.dest not in self.warned:
                self.parser._warn("argument '%s' is deprecated" % action.dest)
                self.warned.add(action.dest)
            self._apply(action, taken)
        del self.pending[:len(counts)]
        return i

    def _apply(self, action, taken, flag=None):
        self.seen.add(id(action))
        value = self.parser._convert(action, taken)
        if value is not action.default:
            self.seen_changed.add(id(action))
            for rival in self.rivals.get(id(action), ()):
                if id(rival) in self.seen_changed:
                    raise ArgumentError(action, 'not allowed with argument %s' % _describe(rival))
        if value is not SUPPRESS:
            action(self.parser, self.ns, value, flag)

    def _final_checks(self):
        parser, ns = self.parser, self.ns
        missing = []
        for action in self.cat.actions:
            if id(action) in self.seen:
                continue
            if self.mode == 'options' and not action.option_strings:
                continue
            if self.mode == 'positionals' and action.option_strings:
                continue
            if action.required:
                missing.append(_describe(action))
            elif (isinstance(action.default, str) and hasattr(ns, action.dest)
                  and action.default is getattr(ns, action.dest)):
                # String defaults go through type= only when the argument was absent.
                setattr(ns, action.dest, parser._convert_one(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(missing))
        if self.mode == 'positionals':
            return
        for group in self.cat.exclusive:
            if group.required and not any(id(a) in self.seen_changed for a in group._members):
                names = [_describe(a) for a in group._members if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
