# TextIOWrapper.newlines: the line endings read so far in universal-newlines mode (newline=None
# or ''), None otherwise; whole decoded chunks count (CPython's decoder reads ahead), a \r\n split
# across two chunks is one \r\n, and seeking to the start or writing resets it.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'mixed.txt')


def make(data):
    with open(path, 'wb') as f:
        f.write(data)


make(b'line1\r\nline2\rline3\n')
for newline in (None, '', '\n', '\r', '\r\n'):
    with open(path, newline=newline) as f:
        print(repr(newline), f.newlines, repr(f.readline()), f.newlines, repr(f.read()), f.newlines)
for data in (b'a\nb\n', b'a\r\nb\r\n', b'a\rb\r', b'no newline', b'', b'x' * 8191 + b'\r\n' + b'y\n', b'x' * 8191 + b'\r' + b'y'):
    make(data)
    with open(path) as f:
        first = f.newlines
        f.read()
        print(len(data), first, f.newlines)
make(b'a\r\nb\n')
with open(path, 'r+') as f:
    f.read()
    print(f.newlines)
    f.seek(0)
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.seek(0, 2)
    print(f.newlines)
    f.write('c\n')
    print(f.newlines)
with open(path, 'w') as f:
    print(f.newlines)
os.remove(path)
os.rmdir(d)

# io.StringIO: newline None or '' records what is written (each write decoded as final).
import io
for nl in (None, '', '\n'):
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), s.newlines, repr(s.read()), s.newlines)
s = io.StringIO(newline=None)
s.write('x\r\ny')
print(repr(s.newlines), repr(s.getvalue()))
s.write('z\r')
print(s.newlines)
