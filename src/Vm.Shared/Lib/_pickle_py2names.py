"""Python 2 spellings of module-level names, for pickle protocols 0-2 (fix_imports=True).

Writing, a Python 3 (module, name) is replaced by its Python 2 spelling; reading, a Python 2
spelling is replaced by the Python 3 one. Renamed names come first; otherwise only the module
is renamed.
"""

# Modules that were only renamed: Python 2 name -> Python 3 name.
MODULES_2TO3 = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'cPickle': 'pickle',
    'exceptions': 'builtins', 'StringIO': 'io', 'cStringIO': 'io', 'UserDict': 'collections',
    'UserList': 'collections', 'UserString': 'collections', '_abcoll': 'collections.abc',
    'repr': 'reprlib', 'thread': '_thread', 'dummy_thread': '_dummy_thread',
    'ConfigParser': 'configparser', 'sets': 'builtins', 'HTMLParser': 'html.parser',
    'htmlentitydefs': 'html.entities', 'httplib': 'http.client', 'urlparse': 'urllib.parse',
    'urllib2': 'urllib.request', 'xmlrpclib': 'xmlrpc.client', 'SocketServer': 'socketserver',
    'commands': 'subprocess', 'anydbm': 'dbm', 'Tkinter': 'tkinter', 'test.test_support': 'test.support',
}

# What protocols 0-2 write for a Python 3 module (checked against CPython 3.13's pickles).
MODULES_3TO2 = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', '_pickle': 'pickle',
    '_thread': 'thread', 'collections.abc': '_abcoll', 'configparser': 'ConfigParser',
    'reprlib': 'repr', '_functools': 'functools', '_bz2': 'bz2', 'dbm': 'anydbm',
    'html.entities': 'htmlentitydefs', 'html.parser': 'HTMLParser', 'http.client': 'httplib',
    'socketserver': 'SocketServer', 'subprocess': 'commands', 'test.support': 'test.test_support',
    'tkinter': 'Tkinter', 'urllib.parse': 'urlparse', 'urllib.request': 'urllib2',
    'xmlrpc.client': 'xmlrpclib',
}

# Names that changed (in pairs: Python 2 spelling, Python 3 spelling).
RENAMED = [
    (('__builtin__', 'xrange'), ('builtins', 'range')),
    (('__builtin__', 'reduce'), ('functools', 'reduce')),
    (('__builtin__', 'intern'), ('sys', 'intern')),
    (('__builtin__', 'unichr'), ('builtins', 'chr')),
    (('__builtin__', 'unicode'), ('builtins', 'str')),
    (('__builtin__', 'long'), ('builtins', 'int')),
    (('itertools', 'izip'), ('builtins', 'zip')),
    (('itertools', 'imap'), ('builtins', 'map')),
    (('itertools', 'ifilter'), ('builtins', 'filter')),
    (('itertools', 'ifilterfalse'), ('itertools', 'filterfalse')),
    (('itertools', 'izip_longest'), ('itertools', 'zip_longest')),
    (('UserDict', 'IterableUserDict'), ('collections', 'UserDict')),
]
# Read only: several Python 2 names became one Python 3 name (written as the spelling above).
READ_ONLY = [
    (('__builtin__', 'basestring'), ('builtins', 'str')),
    (('exceptions', 'StandardError'), ('builtins', 'Exception')),
    (('sets', 'Set'), ('builtins', 'set')),
    (('sets', 'ImmutableSet'), ('builtins', 'frozenset')),
]
# Write only: a second Python 3 home of a renamed name.
WRITE_ONLY = [
    (('__builtin__', 'reduce'), ('_functools', 'reduce')),
]

NAMES_2TO3 = {old: new for old, new in RENAMED + READ_ONLY}
NAMES_3TO2 = {new: old for old, new in RENAMED + WRITE_ONLY}


def to_python2(module, name):
    """The (module, name) a protocol 0-2 pickle names."""
    renamed = NAMES_3TO2.get((module, name))
    if renamed is not None:
        return renamed
    return MODULES_3TO2.get(module, module), name


def from_python2(module, name):
    """The Python 3 (module, name) for what a protocol 0-2 pickle names."""
    renamed = NAMES_2TO3.get((module, name))
    if renamed is not None:
        return renamed
    return MODULES_2TO3.get(module, module), name
