"""Portable password input and the login name (getpass).

Written for the FreeThreaded VM from the documented interface of CPython's getpass module. This VM
has no terminal control (termios), so getpass() takes the documented fallback: it warns with
GetPassWarning and reads the password from standard input, echoed.
"""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: LOGNAME, USER, LNAME or USERNAME, else the password database's name for the user id."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        value = os.environ.get(variable)
        if value:
            return value
    try:
        import pwd
        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, KeyError) as e:
        raise OSError('No username set in the environment') from e


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password (echoed here: see the module's docstring)."""
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    return line
