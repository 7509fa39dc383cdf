"""Inspect live objects: type predicates, members, source code, frames and call signatures.

Written for the FreeThreaded VM from the documentation of the inspect module
(https://docs.python.org/3.13/library/inspect.html) and from what CPython 3.13 prints.
Layout of this file: flags and predicates; members and static lookup; files and
documentation; frames and the stack; generator/coroutine state; annotations;
signatures (Parameter, Signature, BoundArguments); the older argspec helpers;
source code (line blocks found by our own indentation scanner).

What this VM cannot give, and so this module does not: code objects have no column
positions (Traceback.positions holds line numbers only). Built-in functions and methods
of the builtins module carry CPython's __text_signature__ (others have none: signature()
raises ValueError); the shipped standard modules are "<frozen NAME>" modules whose loader
gives their source (getsource() reads it through linecache).
"""

import builtins
import collections
import collections.abc
import enum
import functools
import keyword
import linecache
import os
import sys
import types

__all__ = [
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'ArgInfo', 'Attribute',
    'BoundArguments', 'BufferFlags', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED',
    'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs', 'cleandoc',
    'currentframe', 'findsource', 'formatannotation', 'formatannotationrelativeto', 'formatargvalues',
    'get_annotations', 'getabsfile', 'getargvalues', 'getasyncgenlocals', 'getasyncgenstate',
    'getattr_static', 'getblock', 'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile', 'getframeinfo', 'getfullargspec',
    'getgeneratorlocals', 'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro', 'getouterframes', 'getsource',
    'getsourcefile', 'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction', 'signature', 'stack', 'trace',
    'unwrap', 'walktree',
]

try:
    import _coroutines as _coroutine_marks
except ImportError:
    _coroutine_marks = None

# ---------------------------------------------------------------------------
# Code flags (the values of code.co_flags bits) and class flags.

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


# ---------------------------------------------------------------------------
# Predicates.

def _instance_test(name, kind, what):
    """A predicate, named `name`, true for instances of kind."""
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'True for {}.'.format(what)
    return test


ismodule = _instance_test('ismodule', types.ModuleType, 'module objects')
isclass = _instance_test('isclass', type, 'classes (built-in or defined in Python)')
ismethod = _instance_test('ismethod', types.MethodType, 'bound methods written in Python')
isfunction = _instance_test('isfunction', types.FunctionType, 'Python functions, lambdas included')
isbuiltin = _instance_test('isbuiltin', types.BuiltinFunctionType, 'built-in functions and bound built-in methods')
ismethodwrapper = _instance_test('ismethodwrapper', types.MethodWrapperType, 'method-wrapper objects such as object().__str__')
ismemberdescriptor = _instance_test('ismemberdescriptor', types.MemberDescriptorType, 'the descriptors __slots__ creates')
isgetsetdescriptor = _instance_test('isgetsetdescriptor', types.GetSetDescriptorType, 'getset descriptors of built-in types')
isgenerator = _instance_test('isgenerator', types.GeneratorType, 'generator objects')
iscoroutine = _instance_test('iscoroutine', types.CoroutineType, 'coroutine objects (from calling an async def function)')
isasyncgen = _instance_test('isasyncgen', types.AsyncGeneratorType, 'asynchronous generator objects')
istraceback = _instance_test('istraceback', types.TracebackType, 'traceback objects')
isframe = _instance_test('isframe', types.FrameType, 'frame objects')
iscode = _instance_test('iscode', types.CodeType, 'code objects')


def _is_plain_callable(object):
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """True for objects whose type has __get__ but neither __set__ nor __delete__
    (and which are not classes, methods or functions)."""
    if _is_plain_callable(object) or isinstance(object, functools.partial):
        return False
    if isbuiltin(object) or ismethodwrapper(object):
        return False        # bound already: these types have no __get__ in CPython
    kind = type(object)
    return (hasattr(kind, '__get__') and not hasattr(kind, '__set__')
            and not hasattr(kind, '__delete__'))


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__."""
    if _is_plain_callable(object):
        return False
    if isgetsetdescriptor(object) or ismemberdescriptor(object):
        return True
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(object):
    """True for any kind of function or method, built-in or not."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def _strip_to_function(f, through_wrapped=False):
    """Look through bound methods and functools.partial objects (and, when asked,
    through the __wrapped__ attributes decorators leave)."""
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        elif through_wrapped and hasattr(f, '__wrapped__'):
            f = f.__wrapped__
        else:
            return f


def _code_has_flag(f, flag):
    f = _strip_to_function(f)
    code = getattr(f, '__code__', None)
    if not (isfunction(f) or iscode(code)):
        return False
    return bool(code.co_flags & flag)


def isgeneratorfunction(object):
    """True for functions (or methods, partials of them) whose body contains yield."""
    return _code_has_flag(object, CO_GENERATOR)


_COROUTINE_MARK_ATTR = '_marked_as_coroutine_function'


def markcoroutinefunction(func):
    """Mark func so that iscoroutinefunction() reports True for it; returns func."""
    if hasattr(func, '__func__'):
        func = func.__func__
    setattr(func, _COROUTINE_MARK_ATTR, markcoroutinefunction)
    return func


def iscoroutinefunction(object):
    """True for `async def` functions and functions marked by markcoroutinefunction()."""
    if _code_has_flag(object, CO_COROUTINE):
        return True
    target = _strip_to_function(object)
    return getattr(target, _COROUTINE_MARK_ATTR, None) is markcoroutinefunction


def isasyncgenfunction(object):
    """True for `async def` functions whose body contains yield."""
    return _code_has_flag(object, CO_ASYNC_GENERATOR)


def isawaitable(object):
    """True for objects usable in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
        # types.coroutine here marks the generator object rather than its code
        return _coroutine_marks is not None and _coroutine_marks.is_iterable_coroutine(object)
    return isinstance(object, collections.abc.Awaitable)


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if isinstance(flags, int) and flags & TPFLAGS_IS_ABSTRACT:
        return True
    try:
        return bool(type.__getattribute__(object, '__abstractmethods__'))
    except AttributeError:
        return False


# ---------------------------------------------------------------------------
# Members and static attribute lookup.

Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name in dir(cls); kind is
    'class method', 'static method', 'property', 'method' or 'data', and object is the
    raw value from the defining class's __dict__ when there is one."""
    owners = list(cls.__mro__)
    meta_owners = [m for m in type(cls).__mro__ if m not in owners]
    found = []
    for name in dir(cls):
        home = None
        for owner in owners + meta_owners:
            if name in owner.__dict__:
                home = owner
                raw = owner.__dict__[name]
                break
        if home is None:
            try:
                raw = getattr(cls, name)
            except AttributeError:
                continue
            home = getattr(raw, '__objclass__', None) or cls
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod) or (isbuiltin(raw) and isclass(getattr(raw, '__self__', None))):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        found.append(Attribute(name, kind, home, raw))
    return found


def getclasstree(classes, unique=False):
    """Nested lists of (class, bases) pairs: a list follows the entry of the class its
    classes derive from. With unique, each given class appears once (under its first
    base that is also in the list); otherwise classes with several bases appear under each."""
    derived = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            siblings = derived.setdefault(base, [])
            if klass not in siblings:
                siblings.append(klass)
            if unique and base in classes:
                break
    roots.extend(base for base in derived if base not in classes)
    return walktree(roots, derived, None)


def walktree(classes, children, parent):
    """The nested (class, bases) lists of getclasstree() below the given classes."""
    tree = []
    for klass in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        tree.append((klass, klass.__bases__))
        if klass in children:
            tree.append(walktree(children[klass], children, klass))
    return tree


def getmro(cls):
    """The method resolution order of cls as a tuple."""
    return cls.__mro__


def _class_dicts_in_order(cls):
    try:
        mro = type.__getattribute__(cls, '__mro__')
    except (AttributeError, TypeError):
        mro = (cls,)
    return [entry.__dict__ for entry in mro]


def _collect_members(object, predicate, lookup):
    owners = _class_dicts_in_order(object) if isclass(object) else []
    names = list(dir(object))
    if isclass(object):
        # A DynamicClassAttribute (enum's name/value) lives only in the class __dict__s.
        for cls_dict in owners:
            for key, value in cls_dict.items():
                if isinstance(value, types.DynamicClassAttribute) and key not in names:
                    names.append(key)
    found = []
    seen = set()
    for key in names:
        try:
            if key in seen:
                raise AttributeError(key)
            value = lookup(object, key)
        except AttributeError:
            for cls_dict in owners:
                if key in cls_dict:
                    value = cls_dict[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((key, value))
        seen.add(key)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """(name, value) pairs for every attribute dir(object) lists, sorted by name;
    with predicate, only the pairs whose value satisfies it. Attributes whose
    lookup raises AttributeError are skipped (for a class, its __dict__s are tried first)."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers() but looks attributes up with getattr_static()."""
    return _collect_members(object, predicate, getattr_static)


_NOT_FOUND = object()


def _instance_dict(obj):
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}
    return d if isinstance(d, dict) else {}


def _search_dicts(dicts, attr):
    for d in dicts:
        if attr in d:
            return d[attr]
    return _NOT_FOUND


def _is_data_descriptor_type(value):
    kind = type(value)
    return _search_dicts(_class_dicts_in_order(kind), '__set__') is not _NOT_FOUND or \
        _search_dicts(_class_dicts_in_order(kind), '__delete__') is not _NOT_FOUND


def getattr_static(obj, attr, default=_NOT_FOUND):
    """Find attr on obj without running descriptors, __getattr__ or __getattribute__."""
    if isinstance(obj, type):
        own = _search_dicts(_class_dicts_in_order(obj), attr)
        meta = _search_dicts(_class_dicts_in_order(type(obj)), attr)
        if own is not _NOT_FOUND:
            if meta is not _NOT_FOUND and _is_data_descriptor_type(meta):
                return meta
            return own
        if meta is not _NOT_FOUND:
            return meta
    else:
        from_class = _search_dicts(_class_dicts_in_order(type(obj)), attr)
        if from_class is not _NOT_FOUND and _is_data_descriptor_type(from_class):
            return from_class
        from_instance = _instance_dict(obj).get(attr, _NOT_FOUND)
        if from_instance is not _NOT_FOUND:
            return from_instance
        if from_class is not _NOT_FOUND:
            return from_class
    if default is not _NOT_FOUND:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------
# Files, modules and documentation.

def _frozen_file(module):
    """A module shipped with the VM has no __file__; its code's file name is '<frozen NAME>' and
    its loader gives the source (linecache reads it), as a file gives a CPython stdlib module's."""
    spec = getattr(module, '__spec__', None)
    if getattr(spec, 'origin', None) == 'frozen' and hasattr(getattr(spec, 'loader', None), 'get_source'):
        return '<frozen %s>' % module.__name__
    return None


def getfile(object):
    """The name of the file an object was defined in; TypeError for built-ins."""
    if ismodule(object):
        name = getattr(object, '__file__', None) or _frozen_file(object)
        if name:
            return name
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        name = (getattr(module, '__file__', None) or _frozen_file(module)) if module is not None else None
        if name:
            return name
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name a file path would import as, or None."""
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of an object, or None when there is none to read."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd', '.dll')):
        return None
    if filename.startswith('<') and filename.endswith('>'):
        return filename if linecache.getlines(filename) or filename in linecache.cache else None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if module is not None and getattr(module, '__loader__', None) is not None \
            and hasattr(module.__loader__, 'get_source'):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Absolute, case-normalised file name of an object's source (or compiled) file."""
    name = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(name))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    if _filename is None:
        try:
            _filename = getabsfile(object)
        except TypeError:
            return None
    else:
        _filename = os.path.normcase(os.path.abspath(_filename))
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if isinstance(path, str) and os.path.normcase(os.path.abspath(path)) == _filename:
            return module
    main = sys.modules.get('__main__')
    name = getattr(object, '__name__', None)
    if main is not None and name is not None and getattr(main, name, None) is object:
        return main
    if name is not None and getattr(builtins, name, None) is object:
        return builtins
    return None


def cleandoc(doc):
    """Tidy a docstring: tabs expanded, common indentation of the lines after the
    first removed, the first line's leading blanks removed, blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    rest = lines[1:]
    widths = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(widths) if widths else 0
    lines = [lines[0].lstrip()] + [line[cut:] for line in rest]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    """The class a plain function was defined in, found through its __qualname__."""
    qualname = getattr(func, '__qualname__', '')
    parts = qualname.split('.')
    if len(parts) < 2 or '<locals>' in parts[:-1]:
        return None
    holder = sys.modules.get(getattr(func, '__module__', None))
    for part in parts[:-1]:
        holder = getattr(holder, part, None)
    return holder if isclass(holder) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    owner = None
    name = getattr(obj, '__name__', None)
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        owner = _owner_class(obj)
    elif isbuiltin(obj) or ismethoddescriptor(obj):
        owner = getattr(obj, '__objclass__', None)
        self = getattr(obj, '__self__', None)
        if owner is None and self is not None and not ismodule(self):
            owner = self if isclass(self) else type(self)
    elif isinstance(obj, property):
        func = obj.fget
        name = getattr(func, '__name__', None)
        owner = _owner_class(func) if isfunction(func) else None
    if owner is None or not isinstance(name, str):
        return None
    for base in owner.__mro__[1:]:
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The cleaned-up docstring of an object; inherited from a base class when the
    object itself has none. None when there is no string docstring."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost object (or to the
    first object for which stop() is true). ValueError on a cycle."""
    current = func
    visited = {id(current): current}
    limit = sys.getrecursionlimit()
    while hasattr(current, '__wrapped__') and not (stop is not None and stop(current)):
        current = current.__wrapped__
        key = id(current)
        if key in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        visited[key] = current
    return current


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module's file)."""
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        i = 0
        if lines and lines[0][:2] == '#!':
            i = 1
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        if i < len(lines) and lines[i][:1] == '#':
            block = []
            while i < len(lines) and lines[i][:1] == '#':
                block.append(lines[i].expandtabs())
                i += 1
            return ''.join(block)
        return None
    if start <= 0:
        return None
    indent = indentsize(lines[start])
    i = start - 1
    if i >= 0 and lines[i].lstrip()[:1] == '#' and indentsize(lines[i]) == indent:
        block = []
        while i >= 0 and lines[i].lstrip()[:1] == '#' and indentsize(lines[i]) == indent:
            block.insert(0, lines[i].expandtabs().lstrip())
            i -= 1
        while block and block[0].strip() == '#':
            block.pop(0)
        while block and block[-1].strip() == '#':
            block.pop()
        return ''.join(block) if block else None
    return None


# ---------------------------------------------------------------------------
# Frames and the stack.

Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                                   defaults=(None, None, None, None))


class Traceback(collections.namedtuple('Traceback', 'filename lineno function code_context index')):
    """Where a frame is: file, line, function, a few source lines around it and the
    index of the current line among them; `positions` holds the source span."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


class FrameInfo(collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')):
    """A frame together with the fields of its Traceback record."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def getlineno(frame):
    """The line number a frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or a traceback entry, with `context` lines of source."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        if not isframe(frame):
            raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source, _ = findsource(frame)
        except OSError:
            source = None
        if source is not None and lineno is not None:
            first = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[first:first + context]
            index = lineno - 1 - first
    positions = Positions(lineno, lineno, None, None)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def _frame_record(frame, context):
    info = getframeinfo(frame, context)
    actual = frame.tb_frame if istraceback(frame) else frame
    return FrameInfo(actual, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records from `frame` out to the outermost caller."""
    records = []
    while frame is not None:
        records.append(_frame_record(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records from a traceback's frame in to where the exception was raised."""
    records = []
    while tb is not None:
        records.append(_frame_record(tb, context))
        tb = tb.tb_next
    return records


def currentframe():
    """The caller's frame object (None where the VM cannot give frames)."""
    getter = getattr(sys, '_getframe', None)
    return getter(1) if getter is not None else None


def stack(context=1):
    """FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and where the exception being
    handled was raised."""
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame's function call."""
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = code.co_varnames[count]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs=None, varkw=None, locals=None,
                    formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Render getargvalues() results as '(a=1, *rest=(), **kw={})'."""
    pieces = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(pieces) + ')'


# ---------------------------------------------------------------------------
# Generator, coroutine and async generator state.

def _suspendable_state(obj, prefix, names):
    if getattr(obj, prefix + 'running'):
        return names[1]
    if getattr(obj, prefix + 'suspended', False):
        return names[2]
    if getattr(obj, prefix + 'frame') is None:
        return names[3]
    return names[0]


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _suspendable_state(generator, 'gi_', (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _suspendable_state(coroutine, 'cr_', (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    return _suspendable_state(agen, 'ag_', (AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED))


def _live_locals(obj, frame_attr):
    frame = getattr(obj, frame_attr)
    return frame.f_locals if frame is not None else {}


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    return _live_locals(generator, 'gi_frame')


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} when it has none)."""
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


def getasyncgenlocals(agen):
    """The local variables of an async generator's frame ({} once it has finished)."""
    if not isasyncgen(agen):
        raise TypeError('{!r} is not a Python async generator'.format(agen))
    return _live_locals(agen, 'ag_frame')


# ---------------------------------------------------------------------------
# Annotations.

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class's, a module's or a callable's);
    with eval_str=True, string annotations are evaluated."""
    if isinstance(obj, type):
        own = obj.__dict__.get('__annotations__', None)
        if isinstance(own, types.GetSetDescriptorType):
            own = None
        found = own
        module = sys.modules.get(getattr(obj, '__module__', None))
        default_globals = getattr(module, '__dict__', None)
        default_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__dict__')
        default_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        default_globals = None
        default_locals = None
        unwrapped = obj
    else:
        raise TypeError('{!r} is not a module, class, or callable.'.format(obj))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError('{!r}.__annotations__ is neither a dict nor None'.format(obj))
    if not eval_str:
        return dict(found)
    if unwrapped is not None and not isinstance(unwrapped, type):
        unwrapped = _strip_to_function(unwrapped, through_wrapped=True)
        default_globals = getattr(unwrapped, '__globals__', default_globals)
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ---------------------------------------------------------------------------
# Signatures.

class _NoValue:
    """Marker for 'no default' and 'no annotation' (Parameter.empty, Signature.empty)."""


class _Keep:
    """Marker for 'argument not given' in replace()."""


class ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_TEXT[self]


_KIND_TEXT = {
    ParameterKind.POSITIONAL_ONLY: 'positional-only',
    ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    ParameterKind.VAR_POSITIONAL: 'variadic positional',
    ParameterKind.KEYWORD_ONLY: 'keyword-only',
    ParameterKind.VAR_KEYWORD: 'variadic keyword',
}

POSITIONAL_ONLY = ParameterKind.POSITIONAL_ONLY
POSITIONAL_OR_KEYWORD = ParameterKind.POSITIONAL_OR_KEYWORD
VAR_POSITIONAL = ParameterKind.VAR_POSITIONAL
KEYWORD_ONLY = ParameterKind.KEYWORD_ONLY
VAR_KEYWORD = ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """How an annotation reads in a signature: builtins and classes of base_module by
    their qualified name, other classes as module.qualname, typing objects without
    the 'typing.' prefix, anything else by repr()."""
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        return ''.join(piece[len('typing.'):] if piece.startswith('typing.') else piece
                       for piece in _split_dotted_words(text))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _split_dotted_words(text):
    """Split text into runs of word-or-dot characters and the runs between them."""
    pieces = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i].isalnum() or text[i] in '_.') != (text[i - 1].isalnum() or text[i - 1] in '_.'):
            pieces.append(text[start:i])
            start = i
    return pieces


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def render(annotation):
        return formatannotation(annotation, module)
    return render


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_param_name', '_param_kind', '_param_default', '_param_annotation')

    POSITIONAL_ONLY = ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = ParameterKind.VAR_KEYWORD
    empty = _NoValue

    def __init__(self, name, kind, *, default=_NoValue, annotation=_NoValue):
        try:
            kind = ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind))
        if default is not _NoValue and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code ('.0').
            if kind != POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(kind.description))
            kind = POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or (kind != POSITIONAL_ONLY and keyword.iskeyword(name)):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._param_name = name
        self._param_kind = kind
        self._param_default = default
        self._param_annotation = annotation

    name = property(lambda self: self._param_name)
    kind = property(lambda self: self._param_kind)
    default = property(lambda self: self._param_default)
    annotation = property(lambda self: self._param_annotation)

    def replace(self, *, name=_Keep, kind=_Keep, annotation=_Keep, default=_Keep):
        """A copy with the given fields changed."""
        return type(self)(self._param_name if name is _Keep else name,
                          self._param_kind if kind is _Keep else kind,
                          default=self._param_default if default is _Keep else default,
                          annotation=self._param_annotation if annotation is _Keep else annotation)

    __replace__ = replace

    def __reduce__(self):
        return (type(self), (self._param_name, self._param_kind),
                {'_param_default': self._param_default, '_param_annotation': self._param_annotation})

    def __setstate__(self, state):
        self._param_default = state['_param_default']
        self._param_annotation = state['_param_annotation']

    def _render(self, annotation_format):
        text = self._param_name
        if self._param_annotation is not _NoValue:
            text = '{}: {}'.format(text, annotation_format(self._param_annotation))
        if self._param_default is not _NoValue:
            joiner = ' = ' if self._param_annotation is not _NoValue else '='
            text = '{}{}{!r}'.format(text, joiner, self._param_default)
        if self._param_kind == VAR_POSITIONAL:
            text = '*' + text
        elif self._param_kind == VAR_KEYWORD:
            text = '**' + text
        return text

    def __str__(self):
        return self._render(formatannotation)

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._param_name, self._param_kind, self._param_annotation, self._param_default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._param_name == other._param_name and self._param_kind == other._param_kind
                and self._param_default == other._param_default and self._param_annotation == other._param_annotation)


class BoundArguments:
    """The result of Signature.bind(): `arguments` maps parameter names to values."""

    __slots__ = ('arguments', '_bound_to_sig', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._bound_to_sig = signature

    signature = property(lambda self: self._bound_to_sig)

    @property
    def args(self):
        """The positional arguments a call would pass."""
        result = []
        for name, param in self._bound_to_sig.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == VAR_POSITIONAL:
                result.extend(self.arguments[name])
            else:
                result.append(self.arguments[name])
        return tuple(result)

    @property
    def kwargs(self):
        """The keyword arguments a call would pass (what args cannot carry)."""
        result = {}
        positional_phase = True
        for name, param in self._bound_to_sig.parameters.items():
            if positional_phase:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY) or name not in self.arguments:
                    positional_phase = False
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == VAR_KEYWORD:
                result.update(self.arguments[name])
            elif param.kind != VAR_POSITIONAL:
                result[name] = self.arguments[name]
        return result

    def apply_defaults(self):
        """Fill in the defaults of missing arguments (() for *args, {} for **kwargs)."""
        filled = {}
        for name, param in self._bound_to_sig.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _NoValue:
                filled[name] = param.default
            elif param.kind == VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_bound_to_sig': self._bound_to_sig, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._bound_to_sig = state['_bound_to_sig']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


class Signature:
    """The parameters and return annotation of a callable (immutable)."""

    __slots__ = ('_sig_params', '_sig_return')

    empty = _NoValue
    parameter_class = Parameter
    bound_arguments_class = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_NoValue,
                 __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
                highest = POSITIONAL_ONLY
                saw_default = False
                for param in parameters:
                    if param.kind < highest:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                         .format(highest.description, param.kind.description))
                    highest = param.kind
                    if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                        if param.default is _NoValue:
                            if saw_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            saw_default = True
                    if param.name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                    table[param.name] = param
            else:
                table = {param.name: param for param in parameters}
        self._sig_params = types.MappingProxyType(table)
        self._sig_return = return_annotation

    parameters = property(lambda self: self._sig_params)
    return_annotation = property(lambda self: self._sig_return)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable object."""
        return _signature_of(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    def replace(self, *, parameters=_Keep, return_annotation=_Keep):
        """A copy with the given parameters and/or return annotation."""
        if parameters is _Keep:
            parameters = self._sig_params.values()
        if return_annotation is _Keep:
            return_annotation = self._sig_return
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _comparison_key(self):
        positional = tuple(p for p in self._sig_params.values() if p.kind != KEYWORD_ONLY)
        keyword_only = frozenset(p for p in self._sig_params.values() if p.kind == KEYWORD_ONLY)
        return positional, keyword_only, self._sig_return

    def __hash__(self):
        return hash(self._comparison_key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._comparison_key() == other._comparison_key()

    def _assign(self, args, kwargs, partial):
        """Map args/kwargs onto the parameters the way a call would (TypeError otherwise)."""
        params = list(self._sig_params.values())
        kwargs = dict(kwargs)
        bound = {}
        pending = list(args)
        index = 0
        # Positional arguments fill the positional parameters in order.
        while pending and index < len(params):
            param = params[index]
            if param.kind in (KEYWORD_ONLY, VAR_KEYWORD):
                break
            if param.kind == VAR_POSITIONAL:
                bound[param.name] = tuple(pending)
                pending = []
                index += 1
                break
            if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = pending.pop(0)
            index += 1
        if pending:
            raise TypeError('too many positional arguments')
        rest = params[index:]
        # Arguments ran out: the leading unfilled parameters must be optional, given by
        # keyword, or (bind_partial) simply left out. A positional-only name found among
        # the keywords is not bound; the keyword then belongs to **kwargs, if any.
        posonly_as_keyword = []
        while rest:
            param = rest[0]
            if param.kind == VAR_POSITIONAL:
                rest = rest[1:]
                break
            if param.name in kwargs and param.kind == POSITIONAL_ONLY:
                posonly_as_keyword.append(param.name)
                rest = rest[1:]
                continue
            if param.name in kwargs or param.kind == VAR_KEYWORD or \
                    param.default is not _NoValue or partial:
                break
            qualifier = ' keyword-only' if param.kind == KEYWORD_ONLY else ''
            raise TypeError('missing a required{} argument: {!r}'.format(qualifier, param.name))
        collector = None
        for param in rest:
            if param.kind == VAR_KEYWORD:
                collector = param
            elif param.kind == VAR_POSITIONAL:
                continue
            elif param.kind == POSITIONAL_ONLY:
                if param.name in kwargs:
                    posonly_as_keyword.append(param.name)
            elif param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _NoValue:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if collector is not None:
                bound[collector.name] = kwargs
            elif posonly_as_keyword:
                raise TypeError('got some positional-only arguments passed as keyword arguments: {!r}'
                                .format(', '.join(posonly_as_keyword)))
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return self.bound_arguments_class(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError if the call would fail."""
        return self._assign(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind() but required arguments may be missing."""
        return self._assign(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._sig_params.values()),),
                {'_sig_return': self._sig_return})

    def __setstate__(self, state):
        self._sig_return = state['_sig_return']

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The signature as text; one parameter per line when it would be wider than max_width."""
        pieces = []
        open_posonly = False
        need_star = True
        for param in self._sig_params.values():
            if param.kind == POSITIONAL_ONLY:
                open_posonly = True
            elif open_posonly:
                pieces.append('/')
                open_posonly = False
            if param.kind == VAR_POSITIONAL:
                need_star = False
            elif param.kind == KEYWORD_ONLY and need_star:
                pieces.append('*')
                need_star = False
            pieces.append(str(param))
        if open_posonly:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if max_width is not None and len(text) > max_width:
            text = '(\n    {}\n)'.format(',\n    '.join(pieces))
        if self._sig_return is not _NoValue:
            text += ' -> {}'.format(formatannotation(self._sig_return))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable object."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _function_signature(cls, func, annotations):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    make = cls.parameter_class
    params = []
    for i in range(npos):
        name = names[i]
        params.append(make(name, POSITIONAL_ONLY if i < nposonly else POSITIONAL_OR_KEYWORD,
                           default=defaults[i - first_default] if i >= first_default else _NoValue,
                           annotation=annotations.get(name, _NoValue)))
    next_name = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[next_name]
        next_name += 1
        params.append(make(name, VAR_POSITIONAL, annotation=annotations.get(name, _NoValue)))
    for name in names[npos:npos + nkwonly]:
        params.append(make(name, KEYWORD_ONLY, default=kwdefaults.get(name, _NoValue),
                           annotation=annotations.get(name, _NoValue)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[next_name]
        params.append(make(name, VAR_KEYWORD, annotation=annotations.get(name, _NoValue)))
    return cls(params, return_annotation=annotations.get('return', _NoValue),
               __validate_parameters__=False)


def _without_first(sig, obj):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial_obj):
    """The signature left after functools.partial fixed some arguments."""
    try:
        given = sig.bind_partial(*partial_obj.args, **partial_obj.keywords).arguments
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial_obj))
    front = []
    moved = []
    keyword_set_seen = False
    for name, param in sig.parameters.items():
        if name in given:
            value = given[name]
            if param.kind == POSITIONAL_ONLY:
                continue
            if param.kind == POSITIONAL_OR_KEYWORD:
                if name not in partial_obj.keywords:
                    continue
                keyword_set_seen = True
                moved.append(param.replace(default=value, kind=KEYWORD_ONLY))
                continue
            if param.kind == KEYWORD_ONLY:
                param = param.replace(default=value)
        if keyword_set_seen:
            if param.kind == POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=KEYWORD_ONLY))
            elif param.kind in (KEYWORD_ONLY, VAR_KEYWORD):
                moved.append(param)
            # a *args after a keyword-fixed parameter can no longer receive anything
        else:
            front.append(param)
    return sig.replace(parameters=front + moved)


def _user_method(cls, name):
    """cls's `name` when it is written in Python (a function or wrapper of one), else None."""
    for owner in cls.__mro__:
        if name in owner.__dict__:
            found = owner.__dict__[name]
            if isinstance(found, (staticmethod, classmethod)):
                found = found.__func__
            if isfunction(found) or isinstance(found, functools.partial) or \
                    hasattr(found, '__signature__') or hasattr(found, '__wrapped__'):
                return found
            return None
    return None


def _class_signature(cls, klass, follow, annotations_args):
    meta_call = _user_method(type(klass), '__call__')
    if meta_call is not None:
        return _without_first(_signature_of(meta_call, cls, follow, True, *annotations_args), klass)
    new = _user_method(klass, '__new__')
    init = _user_method(klass, '__init__')
    for owner in klass.__mro__:
        if new is not None and '__new__' in owner.__dict__:
            return _without_first(_signature_of(new, cls, follow, True, *annotations_args), klass)
        if init is not None and '__init__' in owner.__dict__:
            return _without_first(_signature_of(init, cls, follow, True, *annotations_args), klass)
    for owner in klass.__mro__[:-1]:
        if not isinstance(owner.__dict__.get('__module__'), str):     # a built-in class
            if issubclass(klass, type):
                raise ValueError('no signature found for builtin {!r}'.format(klass))
            raise ValueError('no signature found for builtin type {!r}'.format(klass))
    if klass.__mro__[-1] is object:
        return cls(())
    raise ValueError('no signature found for builtin type {!r}'.format(klass))


def _signature_from_text(cls, obj, text, skip_bound):
    """A Signature from text such as '($self, a, b=1, /, *c)' (the form of a built-in's
    __text_signature__): parsed by compiling a def with that parameter list."""
    text = text.strip()
    first_name = None
    if text.startswith('($'):
        end = min(i for i in (text.find(','), text.find(')'), len(text)) if i >= 0)
        first_name = text[2:end].strip()
        rest = text[end + 1:].lstrip() if text[end:end + 1] == ',' else text[end:]
        if rest.startswith('/'):    # '($self, /, a)': the marker made only $self positional-only
            rest = rest[1:].lstrip(' ,')
        text = '(' + rest
    namespace = {'sys': sys}
    try:
        exec(compile('def signature_holder' + text + ': pass', '<signature>', 'exec'), namespace)
        holder = namespace['signature_holder']
    except (SyntaxError, NameError, TypeError, ValueError):
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    if not isfunction(holder):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    sig = _function_signature(cls, holder, holder.__annotations__)
    bound_to = getattr(obj, '__self__', None)
    # $module/$self/$type is dropped when bound: always to a module (a $module is), to anything
    # else when skip_bound.
    if first_name and first_name != 'module' and not (bound_to is not None and (ismodule(bound_to) or skip_bound)):
        first = cls.parameter_class(first_name, POSITIONAL_ONLY)
        sig = sig.replace(parameters=[first] + list(sig.parameters.values()))
    return sig


def _signature_of(obj, cls, follow, skip_bound, globals, locals, eval_str):
    annotations_args = (globals, locals, eval_str)
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow, skip_bound, *annotations_args)
        return _without_first(sig, obj) if skip_bound else sig
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow, skip_bound, *annotations_args)
    try:
        declared = obj.__signature__
    except AttributeError:
        pass
    else:
        if declared is not None:
            if isinstance(declared, str):
                return _signature_from_text(cls, obj, declared, skip_bound)
            if not isinstance(declared, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))
            return declared
    if isfunction(obj):
        annotations = get_annotations(obj, globals=globals, locals=locals, eval_str=eval_str)
        return _function_signature(cls, obj, annotations)
    if isinstance(obj, functools.partial):
        inner = _signature_of(obj.func, cls, follow, skip_bound, *annotations_args)
        return _partial_signature(inner, obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        text = getattr(obj, '__text_signature__', None)
        if text:
            return _signature_from_text(cls, obj, text, skip_bound)
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        return _class_signature(cls, obj, follow, annotations_args)
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _without_first(_signature_of(call, cls, follow, True, *annotations_args), obj)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---------------------------------------------------------------------------
# The older argument-spec helpers.

FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec of a callable (bound methods keep their first argument)."""
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args = []
    varargs = varkw = None
    defaults = []
    kwonlyargs = []
    kwonlydefaults = {}
    annotations = {}
    if sig.return_annotation is not _NoValue:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _NoValue:
            annotations[param.name] = param.annotation
        if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _NoValue:
                defaults.append(param.default)
        elif param.kind == VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not _NoValue:
                kwonlydefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs,
                       kwonlydefaults or None, annotations)


def _plural(count, word):
    return '{} {}{}'.format(count, word, '' if count == 1 else 's')


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '{} and {}'.format(*quoted)
    return '{}, and {}'.format(', '.join(quoted[:-1]), quoted[-1])


def getcallargs(func, /, *positional, **named):
    """The dict a call func(*positional, **named) would bind its parameters to
    (for a bound method, the instance is bound to the first parameter)."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    title = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    result = {}
    given = len(positional)
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[len(args):])
    elif given > len(args):
        ndefaults = len(defaults or ())
        if ndefaults:
            expected = 'from {} to {}'.format(len(args) - ndefaults, len(args))
        else:
            expected = str(len(args))
        kwonly_given = sum(1 for name in kwonlyargs if name in named)
        extra = ''
        if kwonly_given:
            extra = ' positional argument{} (and {} keyword-only argument{})'.format(
                's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
            raise TypeError('{}() takes {} positional argument{} but {}{} were given'.format(
                title, expected, 's' if expected != '1' else '', given, extra))
        raise TypeError('{}() takes {} positional argument{} but {} {} given'.format(
            title, expected, 's' if expected != '1' else '', given, 'was' if given == 1 else 'were'))
    extra_named = {}
    if varkw:
        result[varkw] = extra_named
    for key, value in named.items():
        if key in args or key in kwonlyargs:
            if key in result:
                raise TypeError("{}() got multiple values for argument '{}'".format(title, key))
            result[key] = value
        elif varkw:
            extra_named[key] = value
        else:
            raise TypeError("{}() got an unexpected keyword argument '{}'".format(title, key))
    ndefaults = len(defaults or ())
    required = args[:len(args) - ndefaults]
    missing = [name for name in required if name not in result]
    if missing:
        raise TypeError('{}() missing {} required positional argument{}: {}'.format(
            title, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
    for i, name in enumerate(args[len(args) - ndefaults:]):
        result.setdefault(name, defaults[i])
    missing = []
    for name in kwonlyargs:
        if name not in result:
            if kwonlydefaults and name in kwonlydefaults:
                result[name] = kwonlydefaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError('{}() missing {} required keyword-only argument{}: {}'.format(
            title, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
    return result


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) of the names a function uses."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    found_globals = {}
    found_builtins = {}
    unbound = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            found_globals[name] = global_ns[name]
        elif name in builtin_ns:
            found_builtins[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


# ---------------------------------------------------------------------------
# Source code. A definition's block is found by scanning its lines: the header runs
# until a ':' outside brackets and strings ends the statement; the body is every
# following line indented deeper than the header (blank lines, comments and
# bracket/string continuation lines included, trailing blank lines not).

def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


class _LineScanner:
    """Tracks brackets and string literals across lines."""

    def __init__(self):
        self.depth = 0
        self.quote = None          # the open triple quote, if inside one

    def feed(self, line):
        """Scan one line; returns the position of a ':' ending a compound-statement
        header at depth 0 (or -1), and whether the line ends inside an open construct."""
        colon = -1
        i = 0
        n = len(line)
        while i < n:
            if self.quote is not None:
                end = line.find(self.quote, i)
                while end > 0 and line[end - 1] == '\\' and not _escaped_backslash(line, end - 1):
                    end = line.find(self.quote, end + 1)
                if end < 0:
                    return colon, True
                i = end + 3
                self.quote = None
                continue
            ch = line[i]
            if ch == '#':
                break
            if ch in '\'"':
                if line.startswith(ch * 3, i):
                    self.quote = ch * 3
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != ch:
                    j += 2 if line[j] == '\\' else 1
                i = j + 1
                continue
            if ch in '([{':
                self.depth += 1
            elif ch in ')]}':
                self.depth = max(0, self.depth - 1)
            elif ch == ':' and self.depth == 0 and colon < 0:
                colon = i
            i += 1
        stripped = line.rstrip('\r\n')
        continued = self.depth > 0 or self.quote is not None or stripped.endswith('\\')
        return colon, continued


def _escaped_backslash(line, pos):
    count = 0
    while pos >= 0 and line[pos] == '\\':
        count += 1
        pos -= 1
    return count % 2 == 0


def getblock(lines):
    """The lines of the block (definition, statement or decorated definition) that
    starts at lines[0]."""
    if not lines:
        return []
    scanner = _LineScanner()
    head_indent = indentsize(lines[0])
    i = 0
    # Decorators and the header, up to the statement's end.
    statement_start = None
    while i < len(lines):
        line = lines[i]
        if statement_start is None and not scanner.depth and not scanner.quote:
            text = line.strip()
            if text and not text.startswith(('@', '#')):
                statement_start = i
                if not _opens_definition(text):
                    # Not a def, class or lambda: the block is its first line.
                    return lines[:i + 1]
        colon, continued = scanner.feed(line)
        i += 1
        if continued:
            continue
        text = line.strip()
        if text.startswith('@') or not text or text.startswith('#'):
            continue
        if colon >= 0 and not _code_after(line, colon):
            break
        return lines[:i]
    last = i
    while i < len(lines):
        line = lines[i]
        text = line.strip()
        if scanner.depth or scanner.quote:
            scanner.feed(line)
            i += 1
            last = i
            continue
        if not text or text.startswith('#'):
            i += 1
            continue
        if indentsize(line) <= head_indent:
            break
        scanner.feed(line)
        i += 1
        last = i
    return lines[:last]


def _opens_definition(text):
    words = text.replace('(', ' ').replace(':', ' ').split()
    if words[:1] == ['async']:
        words = words[1:]
    return words[:1] in (['def'], ['class']) or 'lambda' in words


def _code_after(line, colon):
    rest = line[colon + 1:].strip()
    return bool(rest) and not rest.startswith('#')


def findsource(object):
    """(all lines of the file, index of the object's first line); OSError when the
    source cannot be found."""
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    lines = linecache.getlines(filename, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(object, lines)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = getattr(object, 'co_firstlineno', 0) - 1
        if lnum < 0 or lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _class_line(klass, lines):
    """Index of the line defining klass: a 'class Name' line at the nesting its
    __qualname__ implies, preferring the one whose methods' code starts inside it."""
    first = getattr(klass, '__firstlineno__', None)
    if isinstance(first, int) and 0 < first <= len(lines):
        return first - 1
    name = klass.__name__
    candidates = []
    for index, line in enumerate(lines):
        text = line.lstrip()
        if text.startswith('class') and text[5:6] in (' ', '\t'):
            rest = text[5:].lstrip()
            if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum()
                                              or rest[len(name):len(name) + 1] == '_'):
                candidates.append(index)
    if not candidates:
        raise OSError('could not find class definition')
    code_lines = [value.__code__.co_firstlineno - 1 for value in vars(klass).values()
                  if isfunction(value)]
    for index in candidates:
        block_end = index + len(getblock(lines[index:]))
        if code_lines and all(index < line < block_end for line in code_lines):
            return index
    depth = klass.__qualname__.count('.') - 2 * klass.__qualname__.count('<locals>')
    for index in candidates:
        if depth <= 0 and indentsize(lines[index]) == 0:
            return index
    return candidates[0]


def getsourcelines(object):
    """(lines of the object's source, 1-based number of its first line); a module's
    source is its whole file with line number 0."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------------------
# Buffer protocol flags (the PyBUF_* values of the C API).

class BufferFlags(enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200
