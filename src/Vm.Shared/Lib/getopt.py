"""Parse command-line options the way Unix getopt() does (getopt), or GNU-style with options and
operands mixed (gnu_getopt). Written for pyvm from the documented behaviour of Python 3.13.

shortopts is a string of option letters, a letter followed by ':' taking an argument; longopts is a
list of names, a name ending in '=' taking an argument. A long option may be abbreviated to any
unique prefix."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_option(opt, longopts):
    # (takes an argument, full name) of the long option opt names, exactly or as a unique prefix.
    candidates = [name for name in longopts if name.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _take_long(opts, text, longopts, rest):
    name, eq, value = text.partition('=')
    takes_arg, name = _long_option(name, longopts)
    if takes_arg:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value))
    return rest


def _short_takes_arg(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts[i + 1:i + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


def _take_shorts(opts, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        value = ''
        if _short_takes_arg(letter, shortopts):
            if letters:
                value, letters = letters, ''
            elif rest:
                value, rest = rest[0], rest[1:]
            else:
                raise GetoptError('option -%s requires argument' % letter, letter)
        opts.append(('-' + letter, value))
    return rest


def _longopts(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options from the front of args (stopping at the first operand or '--'); return
    ([(option, value), ...], remaining args)."""
    opts = []
    longopts = _longopts(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _take_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _take_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow operands, unless shortopts starts with '+' or
    POSIXLY_CORRECT is set in the environment."""
    opts = []
    operands = []
    longopts = _longopts(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            operands += args[1:]
            break
        if arg[:2] == '--':
            args = _take_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _take_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            operands += args
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands
