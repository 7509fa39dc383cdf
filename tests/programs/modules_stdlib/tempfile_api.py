# tempfile: names and their characters, str/bytes/PathLike arguments and the mixing error, permissions, tempdir and
# its setting, NamedTemporaryFile's delete/delete_on_close, the wrapper's delegation, TemporaryFile, SpooledTemporaryFile
# (rollover rules, modes, attributes, closed-file errors), TemporaryDirectory (delete=, cleanup of read-only trees,
# ignore_cleanup_errors, repr), generic aliases.
import os, re, stat, tempfile, pathlib, io

NAME = re.compile(r'^[a-z0-9_]{8}$')
base = tempfile.mkdtemp(prefix='api_')
print(os.path.dirname(base) == tempfile.gettempdir(), os.path.basename(base)[:4], oct(stat.S_IMODE(os.stat(base).st_mode)))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, type(tempfile.gettempdirb()).__name__,
      tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()), tempfile.TMP_MAX == getattr(os, 'TMP_MAX', 10000))

fd, path = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.isabs(path), bool(NAME.match(os.path.basename(path)[3:])), os.path.basename(path)[:3],
      oct(stat.S_IMODE(os.stat(path).st_mode)))
os.close(fd)
fd, bpath = tempfile.mkstemp(suffix=b'.bin', prefix=b'b_', dir=os.fsencode(base))
print(type(bpath).__name__, bpath.startswith(os.fsencode(base)), bpath.endswith(b'.bin'), os.path.basename(bpath)[:2])
os.close(fd)
fd, tpath = tempfile.mkstemp(text=True, dir=pathlib.Path(base), prefix='t')
print(type(tpath).__name__, os.path.dirname(tpath) == base)
os.close(fd)
d = tempfile.mkdtemp(suffix=b'_d', dir=os.fsencode(base))
print(type(d).__name__, d.endswith(b'_d'), oct(stat.S_IMODE(os.stat(d).st_mode)))
print(type(tempfile.mkdtemp(dir=pathlib.Path(base))).__name__)
for kwargs in ({'prefix': b'x', 'suffix': 's'}, {'prefix': 'x', 'dir': os.fsencode(base)}, {'suffix': b'.x', 'dir': base}):
    for fn in (tempfile.mkstemp, tempfile.mkdtemp):
        try:
            fn(**kwargs)
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)
try:
    tempfile.mkstemp(dir=os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, os.path.dirname(e.filename) == os.path.join(base, 'missing'))
m = tempfile.mktemp(prefix='mk', suffix='.z', dir=base)
print(os.path.dirname(m) == base, os.path.exists(m), os.path.basename(m).startswith('mk'), m.endswith('.z'))

saved = tempfile.tempdir
tempfile.tempdir = base
print(tempfile.gettempdir() == base, os.path.dirname(tempfile.mkdtemp()) == base)
tempfile.tempdir = saved

with tempfile.NamedTemporaryFile('w+', dir=base, prefix='n', suffix='.txt', encoding='utf-8') as f:
    print(type(f).__name__, type(f.file).__name__, f.name.endswith('.txt'), f.mode, f.encoding, f.closed)
    f.write('a\nb\n'); f.seek(0)
    print(list(f), f.readable(), f.fileno() == f.file.fileno(), os.path.exists(f.name))
    named = f.name
print(f.closed, os.path.exists(named))
f = tempfile.NamedTemporaryFile(dir=base, delete_on_close=False)
f.write(b'kept until exit'); f.close()
print(f.closed, os.path.exists(f.name))
try:
    with f:
        pass
except ValueError as e:
    print('ValueError:', e)
del f
with tempfile.NamedTemporaryFile(dir=base, delete_on_close=False) as f:
    f.write(b'x'); f.close()
    print(os.path.exists(f.name), open(f.name, 'rb').read())
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile(dir=base, delete=False) as f:
    pass
print(os.path.exists(f.name)); os.unlink(f.name)
f = tempfile.NamedTemporaryFile(dir=base)
name = f.name
f.close(); f.close()
print(os.path.exists(name))
try:
    tempfile.NamedTemporaryFile(mode='q', dir=base)
except ValueError as e:
    print('ValueError:', e, sorted(os.listdir(base)) == sorted(os.listdir(base)))

with tempfile.TemporaryFile(dir=base) as t:
    t.write(b'12345'); t.seek(1)
    print(type(t).__name__, t.read(2), t.mode)
with tempfile.TemporaryFile('w+', dir=base, newline='') as t:
    t.write('x\r\ny'); t.seek(0)
    print(type(t).__name__, repr(t.read()))

s = tempfile.SpooledTemporaryFile(max_size=8, dir=base)
print(s._rolled, s.mode, s.name, s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.write(b'1234'), s.writelines([b'56', b'78']), s._rolled)
s.write(b'9'); print(s._rolled, s.tell(), type(s.name).__name__, s.mode)
s.seek(0); print(s.read(3), s.read1(2), s.readline(), s.closed)
buf = bytearray(2); s.seek(0); print(s.readinto(buf), buf)
s.close(); print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print('ValueError:', e)
s = tempfile.SpooledTemporaryFile(max_size=100, mode='w+', dir=base, encoding='utf-8', newline=None)
s.write('one\r\ntwo\n'); s.seek(0)
print(s.mode, s.encoding, s.errors, s.newlines, s.readlines(), s._rolled)
s.seek(0)
print([line for line in s])
fno = s.fileno()
print(s._rolled, type(fno).__name__, s.mode, s.encoding, s.tell())
s.seek(0); print(repr(s.read()))
s.close()
s = tempfile.SpooledTemporaryFile(max_size=5)
s.write(b'abc'); print(s.truncate(2), s._rolled, s.truncate(), s.tell())
print(s.truncate(9), s._rolled)
s.rollover(); s.rollover(); print(s._rolled)
s.close()
s = tempfile.SpooledTemporaryFile()
s.write(b'z' * 10000); print(s._rolled)
with s as same:
    print(same is s)
print(s.closed, isinstance(s, io.IOBase))

with tempfile.TemporaryDirectory(dir=base, prefix='td', suffix='.d') as td:
    print(type(td).__name__, os.path.basename(td)[:2], td.endswith('.d'))
    os.makedirs(os.path.join(td, 'a', 'b'))
    ro = os.path.join(td, 'a', 'b', 'ro.txt')
    open(ro, 'w').close()
    os.chmod(ro, 0o400); os.chmod(os.path.join(td, 'a', 'b'), 0o500)
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=base)
print(repr(t) == '<TemporaryDirectory %r>' % t.name, t.name == str(t.name))
t.cleanup(); t.cleanup()
print(os.path.exists(t.name))
with tempfile.TemporaryDirectory(dir=base, delete=False) as kept:
    pass
print(os.path.exists(kept))
t = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.rmdir(t.name)
t.cleanup(); print('ignored', os.path.exists(t.name))
t = tempfile.TemporaryDirectory(dir=os.fsencode(base))
print(type(t.name).__name__); t.cleanup()
print(tempfile.TemporaryDirectory[str], tempfile.SpooledTemporaryFile[bytes])

for root, dirs, files in os.walk(base, topdown=False):
    for n in files:
        os.unlink(os.path.join(root, n))
    for n in dirs:
        os.rmdir(os.path.join(root, n))
os.rmdir(base)
print(sorted(tempfile.__all__))
print(sorted(n for n in dir(tempfile) if not n.startswith('_')))
