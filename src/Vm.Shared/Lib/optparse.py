"""Command-line option parsing (the documented API of CPython 3.13's optparse module, written from
its documentation: options declared with add_option, parsed into a Values object, help laid out
by a HelpFormatter)."""

import os
import sys

__version__ = '1.5.3'

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
           'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

try:
    from gettext import gettext as _, ngettext
except ImportError:
    def _(message):
        return message

    def ngettext(singular, plural, n):
        return singular if n == 1 else plural


def _repr(self):
    return '<%s at 0x%x: %s>' % (self.__class__.__name__, id(self), self)


# ------------------------------------------------------------------ errors

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly declared option."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        return f'option {self.option_id}: {self.msg}' if self.option_id else self.msg


class OptionConflictError(OptionError):
    """An option string declared twice."""


class OptionValueError(OptParseError):
    """A bad value on the command line."""


class BadOptionError(OptParseError):
    """An unknown option on the command line."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviation that matches several long options."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# ------------------------------------------------------------------ help formatting

class HelpFormatter:
    """Lays out usage, descriptions and option lists; subclasses choose the headings."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            columns = os.environ.get('COLUMNS', '')
            width = (int(columns) if columns.strip().lstrip('+-').isdigit() else 80) - 2
        self.width = width
        self.indent_increment = indent_increment
        self.max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.help_width = None  # set by store_option_strings
        self.short_first = short_first
        self.current_indent = self.level = 0
        self.parser = None
        self.default_tag = '%default'
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = '%s %s', '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def _delimiter(self, delim, allowed, kind):
        if delim not in allowed:
            raise ValueError(f'invalid metavar delimiter for {kind} options: {delim!r}')
        return '%s' + delim + '%s'

    def set_short_opt_delimiter(self, delim):
        self._short_opt_fmt = self._delimiter(delim, ('', ' '), 'short')

    def set_long_opt_delimiter(self, delim):
        self._long_opt_fmt = self._delimiter(delim, ('=', ' '), 'long')

    def indent(self):
        self.current_indent += self.indent_increment
        self.level += 1

    def dedent(self):
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'
        self.level -= 1

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        """Wrap text to the width left after the current indentation."""
        import textwrap
        width = max(self.width - self.current_indent, 11)
        pad = ' ' * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        default = self.parser.defaults.get(option.dest)
        if default is NO_DEFAULT or default is None:
            default = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(default))

    def format_option(self, option):
        import textwrap
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = ' ' * self.current_indent
        if len(strings) > room:
            lines = [lead + strings + '\n']
            first_indent = self.help_position
        else:
            lines = [lead + strings.ljust(room) + '  ']
            first_indent = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            lines.append(' ' * first_indent + wrapped[0] + '\n')
            lines.extend(' ' * self.help_position + line + '\n' for line in wrapped[1:])
        elif not lines[-1].endswith('\n'):
            lines.append('\n')
        return ''.join(lines)

    def store_option_strings(self, parser):
        """Render every option's strings once; the widest (with its indentation: one step for the
        parser's options, two for a group's) fixes where the help column starts."""
        widest = 0
        lists = [(1, parser.option_list)] + [(2, group.option_list) for group in parser.option_groups]
        for depth, options in lists:
            indent = self.current_indent + depth * self.indent_increment
            for opt in options:
                self.option_strings[opt] = text = self.format_option_strings(opt)
                widest = max(widest, indent + len(text))
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (short first unless short_first is false)."""
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts, longs = option._short_opts, option._long_opts
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """'Usage: ...' and indented 'Options:' headings (the default)."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return '%*s%s:\n' % (self.current_indent, '', heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' and '-'."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        return '%s\n%s\n' % (heading, '=-'[self.level] * len(heading))


# ------------------------------------------------------------------ options

def _parse_int(text, kind):
    """An integer with an optional 0x, 0b or leading-0 (octal) prefix."""
    prefix = text[:2].lower()
    if prefix == '0x':
        return kind(text[2:], 16)
    if prefix == '0b':
        return kind(text[2:], 2)
    if text[:1] == '0':
        return kind(text, 8)
    return kind(text)


_TYPE_NAMES = {'int': _('integer'), 'long': _('integer'), 'float': _('floating-point')}


def check_builtin(option, opt, value):
    converters = {'int': lambda v: _parse_int(v, int), 'long': lambda v: _parse_int(v, int),
                  'float': float, 'complex': complex}
    try:
        return converters[option.type](value)
    except ValueError:
        name = _TYPE_NAMES.get(option.type, option.type)
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, name, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ', '.join(map(repr, option.choices))
    raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)') % (opt, value, choices))


NO_DEFAULT = ('NO', 'DEFAULT')


class Option:
    """One option: its strings ('-f', '--file') and what it does (the action)."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        for text in self._check_opt_strings(opts):
            self._file_option_string(text)
        for name in self.ATTRS:
            setattr(self, name, attrs.pop(name, NO_DEFAULT if name == 'default' else None))
        if attrs:
            raise OptionError('invalid keyword arguments: %s' % ', '.join(sorted(attrs)), self)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [text for text in opts if text]
        if not given:
            raise TypeError('at least one option string must be supplied')
        return given

    def _file_option_string(self, text):
        """Record '-x' as a short and '--name' as a long option string, or refuse it."""
        if len(text) < 2:
            raise OptionError('invalid option string %r: must be at least two characters long' % text, self)
        short = len(text) == 2
        if short and (text[0] != '-' or text[1] == '-'):
            raise OptionError('invalid short option string %r: must be of the form -x, (x any non-dash char)' % text, self)
        if not short and (not text.startswith('--') or text[2] == '-'):
            raise OptionError('invalid long option string %r: must start with --, followed by non-dash' % text, self)
        (self._short_opts if short else self._long_opts).append(text)

    # Declaration checks, in the order their errors are reported. Subclasses may extend
    # CHECK_METHODS with their own (each is called with the option).

    def _settle_action_and_type(self):
        if self.action is None:
            self.action = 'store'
        elif self.action not in self.ACTIONS:
            raise OptionError('invalid action: %r' % self.action, self)
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'string' if self.choices is None else 'choice'
        else:
            name = self.type.__name__ if isinstance(self.type, type) else self.type
            self.type = 'string' if name == 'str' else name
            if self.type not in self.TYPES:
                raise OptionError('invalid option type: %r' % self.type, self)
            if self.action not in self.TYPED_ACTIONS:
                raise OptionError('must not supply a type for action %r' % self.action, self)
        if self.type != 'choice':
            if self.choices is not None:
                raise OptionError('must not supply choices for type %r' % self.type, self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            kind = type(self.choices).__name__
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind, self)

    def _settle_dest(self):
        if self.dest is None and (self.action in self.STORE_ACTIONS or self.type is not None):
            self.dest = (self._long_opts[0][2:].replace('-', '_') if self._long_opts
                         else self._short_opts[0][1])

    def _refuse_misplaced(self):
        """const, nargs and the callback attributes belong to some actions only."""
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)
        elif self.nargs is None:
            self.nargs = 1
        if self.action != 'callback':
            for name, what in (('callback', 'callback supplied (%r)' % (self.callback,)),
                               ('callback_args', 'callback_args supplied'),
                               ('callback_kwargs', 'callback_kwargs supplied')):
                if getattr(self, name) is not None:
                    raise OptionError(what + ' for non-callback option', self)
            return
        if not callable(self.callback):
            raise OptionError('callback not callable: %r' % self.callback, self)
        for name, kind, noun in (('callback_args', tuple, 'tuple'), ('callback_kwargs', dict, 'dict')):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise OptionError('%s, if supplied, must be a %s: not %r' % (name, noun, value), self)

    CHECK_METHODS = [_settle_action_and_type, _settle_dest, _refuse_misplaced]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, v) for v in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Carry out one of ACTIONS; subclasses that add actions handle theirs and pass the rest on."""
        if action in _STORED:
            setattr(values, dest, _STORED[action](self, value))
        elif action in ('append', 'append_const'):
            values.ensure_value(dest, []).append(value if action == 'append' else self.const)
        elif action == 'count':
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == 'callback':
            self.callback(self, opt, value, parser, *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action in ('help', 'version'):
            (parser.print_help if action == 'help' else parser.print_version)()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


# What the store-like actions put in the destination.
_STORED = {
    'store': lambda option, value: value,
    'store_const': lambda option, value: option.const,
    'store_true': lambda option, value: True,
    'store_false': lambda option, value: False,
}

make_option = Option

SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'


class Values:
    """The parsed option values, as attributes."""

    def __init__(self, defaults=None):
        self.__dict__.update(defaults or {})

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        mine = self.__dict__
        if isinstance(other, Values):
            return mine == other.__dict__
        return mine == other if isinstance(other, dict) else NotImplemented

    def _update(self, source, mode):
        """'careful' takes only the names this object already has (and not None values),
        'loose' takes everything."""
        if mode == 'loose':
            self.__dict__.update(source)
        elif mode == 'careful':
            known = set(dir(self))
            self.__dict__.update({k: v for k, v in source.items() if k in known and v is not None})
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        """The attribute's value, first set to `value` if it is missing or None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ------------------------------------------------------------------ containers

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and their lookup tables."""

    def __init__(self, option_class, conflict_handler, description, owner=None):
        # A group files its options in its parser's tables (one namespace of option strings
        # and one set of defaults per parser).
        self.option_list = []
        tables = owner if owner is not None else self
        if owner is None:
            self._short_opt, self._long_opt, self.defaults = {}, {}, {}
        else:
            self._short_opt, self._long_opt, self.defaults = tables._short_opt, tables._long_opt, tables.defaults
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _table_of(self, opt):
        return self._long_opt if opt.startswith('--') else self._short_opt

    def _check_conflict(self, option):
        """An option string already taken: an OptionConflictError, or with the 'resolve' handler
        the older option loses it (and its container loses the option once it has none left)."""
        taken = [opt for opt in option._short_opts + option._long_opts if opt in self._table_of(opt)]
        if taken and self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s' % ', '.join(taken), option)
        for opt in taken:
            older = self._table_of(opt).pop(opt)
            (older._long_opts if opt.startswith('--') else older._short_opts).remove(opt)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if args and isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError('invalid arguments')
        elif not isinstance(args[0], Option):
            raise TypeError('not an Option instance: %r' % args[0])
        else:
            option = args[0]
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for opt in option._short_opts + option._long_opts:
            self._table_of(opt)[opt] = option
        dest = option.dest
        if dest is not None and (option.default is not NO_DEFAULT or dest not in self.defaults):
            self.defaults[dest] = None if option.default is NO_DEFAULT else option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for opt in option._short_opts + option._long_opts:
            del self._table_of(opt)[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ''
        return ''.join(formatter.format_option(opt) for opt in self.option_list if opt.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    """A titled group of a parser's options (shown under its own heading in the help)."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description, parser)
        self.title = title

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    """Parses a command line into (options, args) from the options added to it."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.option_groups = []
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        # the class's standard options, the given ones, then --version and -h/--help
        self.add_options(list(self.standard_option_list) + list(option_list or ()))
        if version:
            self._add_version_option()
        if add_help_option:
            self._add_help_option()
        self.rargs = self.largs = self.values = None

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list
        del self.option_groups
        del self.formatter

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version', help=_("show program's version number and exit"))

    def set_usage(self, usage):
        if usage is None:
            self.usage = _('%prog [options]')
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def get_default_values(self):
        """A Values of the defaults; string defaults go through their option's type check."""
        defaults = dict(self.defaults)
        if self.process_default_values:
            everything = self.option_list + [o for g in self.option_groups for o in g.option_list]
            for option in everything:
                if isinstance(defaults.get(option.dest), str):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), defaults[option.dest])
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0] if args else None, str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) == 1 and not kwargs:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError('not an OptionGroup instance: %r' % group)
            if group.parser is not self:
                raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            raise TypeError('invalid arguments')
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is not None and option.container is not self:
            return option.container
        return None

    # ---------------------------------------------------------- parsing

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse the arguments (sys.argv[1:] by default): (values, leftover positional args).
        While it runs, `rargs` holds what is still to parse, `largs` the positional arguments
        met so far and `values` the result (callbacks may change all three)."""
        self.rargs = self._get_args(args)
        self.largs = []
        self.values = self.get_default_values() if values is None else values
        try:
            self._process_args(self.largs, self.rargs, self.values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(self.values, self.largs + self.rargs)

    def check_values(self, values, args):
        return values, args

    def _process_args(self, largs, rargs, values):
        """Consume rargs: options are processed, positional arguments moved to largs (or, without
        interspersed arguments, left in rargs from the first one on); '--' ends the options."""
        while rargs:
            head = rargs[0]
            if head == '--':
                rargs.pop(0)
                break
            if head.startswith('--'):
                self._process_long_opt(rargs, values)
            elif head.startswith('-') and head != '-':
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _option_argument(self, option, opt, rargs):
        """The value(s) an option takes from the front of rargs (a tuple when nargs > 1)."""
        count = option.nargs
        if count > len(rargs):
            self.error(ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments', count)
                       % {'option': opt, 'number': count})
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        name, eq, attached = rargs.pop(0).partition('=')
        if eq:
            rargs.insert(0, attached)  # '--opt=value': the value is the next argument
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._option_argument(option, opt, rargs)
        elif eq:
            self.error(_('%s option does not take a value') % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        """A cluster like '-abc' or '-ofile': flags one after the other until one takes a value,
        which is the rest of the cluster if any, else the next argument."""
        cluster = rargs.pop(0)
        for pos in range(1, len(cluster)):
            opt = '-' + cluster[pos]
            option = self._short_opt.get(opt)
            if option is None:
                raise BadOptionError(opt)
            value = None
            rest = cluster[pos + 1:]
            if option.takes_value():
                if rest:
                    rargs.insert(0, rest)
                value = self._option_argument(option, opt, rargs)
            option.process(opt, value, values, self)
            if option.takes_value() and rest:
                return

    # ---------------------------------------------------------- feedback

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and the message to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ''

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        """The 'Options:' heading, the parser's options, then each group (blank lines between);
        nothing at all when there is neither an option nor a group."""
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_('Options'))
        formatter.indent()
        blocks = [OptionContainer.format_option_help(self, formatter)] if self.option_list else []
        blocks += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        return heading + '\n'.join(blocks) if blocks else ''

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + '\n')
        if self.description:
            parts.append(self.format_description(formatter) + '\n')
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return ''.join(parts)

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The long option s names: itself, or the only one it abbreviates."""
    if s in wordmap:
        return s
    matches = [word for word in wordmap.keys() if word.startswith(s)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BadOptionError(s)
    matches.sort()
    raise AmbiguousOptionError(s, matches)
