# What the pickler says about bad reductions, globals it cannot find, bad arguments and
# persistent IDs (exception type and message as CPython's pickler).
import copyreg
import io
import pickle
import re


def show(label, fn):
    try:
        value = fn()
        print(label, 'ok', value)
    except Exception as e:
        text = re.sub(r' at 0x[0-9a-fA-F]+', '', str(e))
        print(label, type(e).__name__, '|', text, '|', isinstance(e, pickle.PickleError))


class R:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv

    def __repr__(self):
        return 'R()'


def f():
    pass


reductions = [
    ('int', 42), ('empty', ()), ('one', (f,)), ('not callable', (5, ())), ('args not tuple', (f, 5)),
    ('seven', (f, (), None, None, None, None, None)), ('listitems int', (f, (), None, 5)),
    ('dictitems int', (f, (), None, None, 5)), ('setter int', (f, (), None, None, None, 5)),
    ('newobj empty', (copyreg.__newobj__, ())), ('newobj not type', (copyreg.__newobj__, (5,))),
    ('newobj wrong class', (copyreg.__newobj__, (int,))),
    ('newobj_ex short', (copyreg.__newobj_ex__, (R,))),
    ('newobj_ex not class', (copyreg.__newobj_ex__, (5, (), {}))),
    ('newobj_ex args', (copyreg.__newobj_ex__, (R, 5, {}))),
    ('newobj_ex kwargs', (copyreg.__newobj_ex__, (R, (), 5))),
    ('global missing', 'nothere'), ('global other', 'R'),
    ('dictitems not pairs', (dict, (), None, None, iter([1]))),
]
for label, rv in reductions:
    for proto in (0, 2, 4):
        show('%s p%d' % (label, proto), lambda: pickle.dumps(R(rv), proto))


class Ok:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for label, make in [('newobj', lambda: (copyreg.__newobj__, (Ok, 1))),
                    ('newobj_ex', lambda: (copyreg.__newobj_ex__, (Ok, (), {}))),
                    ('items', lambda: (list, (), None, iter([1, 2, 3]))),
                    ('pairs', lambda: (dict, (), None, None, iter({'a': 1, 'b': 2}.items()))),
                    ('state setter', lambda: (Ok, (1,), {'s': 1}, None, None, print))]:
    for proto in range(6):
        show('%s p%d' % (label, proto), lambda: pickle.dumps(Ok(make()), proto))


def outer():
    def inner():
        pass
    return inner


def renamed():
    def g():
        pass
    g.__qualname__ = 'f'
    return g


def elsewhere():
    def h():
        pass
    h.__module__ = 'no_such_module_xyz'
    h.__qualname__ = 'h'
    return h


class Ünï:
    pass


for proto in (0, 2, 3, 4):
    show('local p%d' % proto, lambda: pickle.dumps(outer(), proto))
    show('lambda p%d' % proto, lambda: pickle.dumps(lambda: 0, proto))
    show('not same p%d' % proto, lambda: pickle.dumps(renamed(), proto))
    show('no module p%d' % proto, lambda: pickle.dumps(elsewhere(), proto))
    show('non-ascii p%d' % proto, lambda: pickle.dumps(Ünï, proto))

for proto in (6, 100, -1, -7, '2', 2.0, None):
    show('protocol %r' % (proto,), lambda: pickle.dumps(1, proto))
show('no write', lambda: pickle.Pickler(5))
show('callback p4', lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


show('no init', lambda: NoInit().dump(1))


class AsciiIds(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 1:
            return 'é'
        if obj == 2:
            return ('tuple', 4)
        return None


for proto in (0, 1, 4):
    show('pid tuple p%d' % proto, lambda: (lambda b: (AsciiIds(b, proto).dump([2]), b.getvalue())[1])(io.BytesIO()))
    show('pid non-ascii p%d' % proto, lambda: (lambda b: (AsciiIds(b, proto).dump([1]), b.getvalue())[1])(io.BytesIO()))

# A failed dump writes nothing to the file.
buf = io.BytesIO()
try:
    pickle.dump([1, 2, lambda: 0], buf, 0)
except Exception as e:
    print(type(e).__name__)
print('after failed dump', buf.getvalue())

# Extension codes: EXT1/EXT2/EXT4 from protocol 2, not memoized.
class X:
    pass


for code in (5, 300, 70000, 0x7fffffff):
    copyreg.add_extension(__name__, 'X', code)
    for proto in (1, 2, 4):
        data = pickle.dumps([X, X], proto)
        print(code, proto, data, pickle.loads(data) == [X, X])
    copyreg.remove_extension(__name__, 'X', code)
copyreg._extension_registry[(__name__, 'X')] = 0
show('ext code 0', lambda: pickle.dumps(X, 2))
del copyreg._extension_registry[(__name__, 'X')]

# reducer_override sees every object but the builtin containers and scalars.
class Seen(pickle.Pickler):
    def reducer_override(self, obj):
        print('  override', type(obj).__name__)
        return NotImplemented


Seen(io.BytesIO(), 4).dump([1, 'a', (2,), {3}, f, X, int, Ok((int, ()))])
