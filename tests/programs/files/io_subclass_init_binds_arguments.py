# CPython's io types take any arguments in __new__ and bind them in __init__: subclasses whose
# __init__ takes other arguments call super().__init__(raw); a bare __new__ object is uninitialised.
import io, os, tempfile
fd, p = tempfile.mkstemp(); os.close(fd)
with open(p, 'wb') as f: f.write(b'hello\nworld\n')
class R(io.BufferedReader):
    def __init__(self, path):
        super().__init__(open(path, 'rb', buffering=0))
r = R(p); print(r.read()); r.close()
class W(io.BufferedWriter):
    def __init__(self, path):
        super().__init__(open(path, 'wb', buffering=0))
w = W(p + '2'); w.write(b'abc'); w.close(); print(open(p + '2', 'rb').read())
class RW(io.BufferedRandom):
    def __init__(self, path):
        super().__init__(open(path, 'r+b', buffering=0))
x = RW(p); print(x.read(5)); x.close()
class T(io.TextIOWrapper):
    def __init__(self, path):
        super().__init__(open(path, 'rb'), encoding='utf-8')
t = T(p); print(repr(t.read())); t.close()
class B(io.BytesIO):
    def __init__(self, a, b):
        super().__init__(a + b)
print(B(b'x', b'y').getvalue())
class S(io.StringIO):
    def __init__(self, a, b):
        super().__init__(a + b)
print(S('x', 'y').getvalue())
class F(io.FileIO):
    def __init__(self, path, extra):
        super().__init__(path, 'rb')
f = F(p, 1); print(f.read()); f.close()
# __new__ accepts anything
for cls in (io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.FileIO):
    try:
        o = cls.__new__(cls, 1, 2, 3, x=4)
        print(cls.__name__, 'new ok', type(o).__name__)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
os.remove(p + '2'); os.remove(p)

# objects made by __new__ alone
import io
for cls in (io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.FileIO):
    o = cls.__new__(cls)
    for m in (('close',) if cls in (io.BufferedWriter, io.FileIO) else ('read', 'readable', 'close')):
        try:
            r = getattr(o, m)()
            print(cls.__name__, m, repr(r))
        except Exception as e:
            print(cls.__name__, m, type(e).__name__, e)
    try: print(cls.__name__, 'closed', o.closed)
    except Exception as e: print(cls.__name__, 'closed', type(e).__name__, e)
