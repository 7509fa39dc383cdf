# Malformed and hostile pickles: the exception type and message of each, as CPython's unpickler.
import io
import pickle
import re


def show(label, data, **kw):
    try:
        value = pickle.loads(data, **kw)
        text = repr(value)
        text = re.sub(r' at 0x[0-9a-fA-F]+', '', text)
        print(label, 'ok', text[:60])
    except Exception as e:
        print(label, type(e).__name__, '|', e)


cases = [
    ('empty', b''),
    ('stop only', b'.'),
    ('bad key', b'\xff'),
    ('bad key ascii', b'z'),
    ('proto 6', b'\x80\x06N.'),
    ('proto truncated', b'\x80'),
    ('no stop', b'N'),
    ('int no newline', b'I12'),
    ('int junk', b'Iabc\n.'),
    ('long junk', b'Lx\n.'),
    ('float junk', b'Fx\n.'),
    ('binint short', b'J\x01\x02'),
    ('binint1 short', b'K'),
    ('long1 short', b'\x8a\x05\x01'),
    ('long4 negative', b'\x8b\xff\xff\xff\xff.'),
    ('string unquoted', b'Sabc\n.'),
    ('string one quote', b"S'abc\n."),
    ('binstring negative', b'T\xff\xff\xff\xff.'),
    ('binunicode short', b'X\x05\x00\x00\x00ab'),
    ('binunicode bad utf8', b'X\x02\x00\x00\x00\xff\xfe.'),
    ('short_binbytes short', b'C\x05ab'),
    ('pop empty', b'0'),
    ('pop_mark no mark', b'1'),
    ('dup empty', b'2'),
    ('append no list', b'NK\x01a.'),
    ('append empty', b'a'),
    ('tuple no mark', b't.'),
    ('tuple1 empty', b'\x85.'),
    ('tuple2 one', b'N\x86.'),
    ('setitem short', b'}Ns.'),
    ('setitems odd', b'}(K\x01u.'),
    ('dict odd', b'(K\x01d.'),
    ('build empty', b'b'),
    ('reduce bad args', b'cbuiltins\nlen\nK\x01R.'),
    ('reduce not callable', b'K\x01)R.'),
    ('get missing', b'g7\n.'),
    ('binget missing', b'h\x07.'),
    ('long_binget missing', b'j\x07\x00\x00\x00.'),
    ('put negative', b'Np-1\n.'),
    ('put empty stack', b'p0\n.'),
    ('binput empty stack', b'q\x00.'),
    ('memoize empty', b'\x94.'),
    ('stack_global not str', b'K\x01K\x02\x93.'),
    ('stack_global short', b'\x93.'),
    ('global no module', b'cnosuchmodule_xyz\nthing\n.'),
    ('global no name', b'cbuiltins\nnosuchname\n.'),
    ('global dotted proto 2', b'\x80\x02cbuiltins\nint.real\n.'),
    ('global dotted proto 4', b'\x80\x04\x8c\x08builtins\x8c\x0cint.__name__\x93.'),
    ('global locals', b'\x80\x04\x8c\x08builtins\x8c\x0ca.<locals>.b\x93.'),
    ('newobj not type', b'\x80\x02K\x01)\x81.'),
    ('newobj args not tuple', b'\x80\x02cbuiltins\nobject\nK\x01\x81.'),
    ('newobj_ex kwargs', b'\x80\x04cbuiltins\nobject\n)K\x01\x92.'),
    ('ext unregistered', b'\x80\x02\x82\x07.'),
    ('ext4 zero', b'\x80\x02\x84\x00\x00\x00\x00.'),
    ('persid', b'P1\n.'),
    ('binpersid', b'K\x01Q.'),
    ('next_buffer', b'\x80\x05\x97.'),
    ('frame truncated', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.'),
    ('frame ok', b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.'),
    ('frame split', b'\x80\x04\x95\x01\x00\x00\x00\x00\x00\x00\x00K\x05.'),
    ('inst', b'(ibuiltins\nobject\n.'),
    ('inst bad', b'(K\x01ibuiltins\nlist\n.'),
    ('inst missing', b'(ibuiltins\nNope\n.'),
    ('obj', b'(cbuiltins\nlist\n(K\x01K\x02lo.'),
    ('obj bad', b'(cbuiltins\nint\nVx\no.'),
    ('additems no set', b'K\x01(K\x02\x90.'),
    ('bytearray8', b'\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.'),
    ('readonly', b'\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00ab\x98.'),
    ('mark at stop', b'(.'),
    ('string escapes', b"S'a\\x41\\n\\'b'\n."),
    ('unicode escapes', b'Va\\u00e9\\U0001f600\\\\b\n.'),
    ('int bools', b'(I01\nI00\nI7\nt.'),
    ('long suffix', b'L123L\n.'),
]
for label, data in cases:
    show(label, data)

show('encoding bytes', b'U\x03abc.', encoding='bytes')
show('encoding latin1', b'U\x02\xe9\xe8.', encoding='latin1')
show('encoding ascii', b'U\x02\xe9\xe8.')
show('encoding ascii replace', b'U\x02\xe9\xe8.', errors='replace')
show('fix_imports off', b'c__builtin__\nlist\n.', fix_imports=False)
show('fix_imports on', b'c__builtin__\nlist\n.')
show('buffers exhausted', b'\x80\x05\x97\x97.', buffers=[b'x'])
show('buffers', b'\x80\x05(\x97\x97\x98t.', buffers=[b'x', bytearray(b'y')])

try:
    pickle.Unpickler(5)
except TypeError as e:
    print('TypeError |', e)


class NoInit(pickle.Unpickler):
    def __init__(self):
        pass


try:
    NoInit().load()
except pickle.UnpicklingError as e:
    print('UnpicklingError |', e)

u = pickle.Unpickler(io.BytesIO(b'\x80\x02]q\x00(K\x01h\x00e.'))
value = u.load()
print(value[1] is value)
