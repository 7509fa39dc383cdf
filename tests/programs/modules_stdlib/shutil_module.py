# shutil and fnmatch: copy/copy2/copytree with ignore patterns, move, rmtree, which; os.chmod and os.utime(times).
import shutil, os, tempfile, fnmatch
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('foo.txt', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'),
      fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('x1', 'x[0-9]'), fnmatch.fnmatch('x!', 'x[!a-z]'))
print(fnmatch.translate('*.py'), fnmatch.translate('[!a-c]?'))
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'a.txt'), 'w') as f: f.write('A')
    with open(os.path.join(src, 'sub', 'b.py'), 'w') as f: f.write('B')
    with open(os.path.join(src, 'sub', 'c.pyc'), 'w') as f: f.write('C')
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    dst = shutil.copytree(src, os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.pyc'))
    print(os.path.basename(dst), sorted(os.listdir(dst)), sorted(os.listdir(os.path.join(dst, 'sub'))))
    print(oct(os.stat(os.path.join(dst, 'a.txt')).st_mode & 0o777))
    c = shutil.copy(os.path.join(src, 'a.txt'), os.path.join(d, 'copy.txt'))
    print(os.path.basename(c), open(c).read(), oct(os.stat(c).st_mode & 0o777))
    os.utime(c, (1000000000, 1000000000))
    c2 = shutil.copy2(c, os.path.join(d, 'copy2.txt'))
    print(int(os.stat(c2).st_mtime))
    try:
        shutil.copyfile(c, c)
    except shutil.SameFileError as e:
        print('SameFileError')
    m = shutil.move(os.path.join(d, 'copy2.txt'), os.path.join(d, 'moved.txt'))
    print(os.path.basename(m), os.path.exists(os.path.join(d, 'copy2.txt')))
    shutil.move(os.path.join(d, 'dst'), os.path.join(d, 'dst2'))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, 'dst2'))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError')
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    import io
    a, b = io.BytesIO(b'x' * 100000), io.BytesIO()
    shutil.copyfileobj(a, b, 1000)
    print(len(b.getvalue()))
print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'))
print(isinstance(shutil.get_terminal_size((100, 40)), os.terminal_size), os.terminal_size((3, 4)))
