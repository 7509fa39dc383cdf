# tempfile over os.open/os.fdopen: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile; os fd functions.
import tempfile, os
print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pyvmtest_')
print(type(fd).__name__, os.path.basename(path).startswith('pyvmtest_'), path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'hello\n')
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
with open(path) as f: print(repr(f.read()))
with os.fdopen(os.open(path, os.O_RDONLY)) as f: print(repr(f.read()))
os.unlink(path)
# Not os.close(fd) again: the corpus runs programs in parallel in one process, and another program may already
# own that descriptor number; -1 is never a valid descriptor.
try:
    os.close(-1)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.open('/nonexistent/dir/file', os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('line1\nline2\n')
    f.flush()
    f.seek(0)
    print(f.read().splitlines(), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b'abc')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryDirectory(prefix='pyvmdir_') as d:
    os.mkdir(os.path.join(d, 'sub'))
    with open(os.path.join(d, 'sub', 'x.txt'), 'w') as f: f.write('x')
    print(os.path.basename(d).startswith('pyvmdir_'), sorted(os.listdir(d)), oct(os.stat(d).st_mode & 0o777))
print(os.path.exists(d))
d2 = tempfile.mkdtemp()
print(os.path.isdir(d2)); os.rmdir(d2)
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('short')
    print(s._rolled)
    s.write(' and now longer than ten')
    print(s._rolled)
    s.seek(0)
    print(s.read())
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'keep'); f.close()
print(open(f.name, 'rb').read()); os.unlink(f.name)
