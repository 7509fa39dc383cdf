# shutil: copytree options (ignore, symlinks, dangling links, dirs_exist_ok), rmtree error
# reporting, move into directories, copyfile on links, which() with a given path, terminal size.
import os, shutil, tempfile, io


def tree(root):
    out = []
    for name in sorted(os.listdir(root)):
        full = os.path.join(root, name)
        if os.path.islink(full):
            out.append(name + '@')
        elif os.path.isdir(full):
            out.append(name + '/' + ','.join(tree(full)))
        else:
            with open(full) as f:
                out.append('%s=%s' % (name, f.read()))
    return out


def attempt(label, make, base):
    try:
        print(label, repr(make()).replace(base, 'D'))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, 'D'))


base = tempfile.mkdtemp()
try:
    src = os.path.join(base, 'src')
    os.makedirs(os.path.join(src, 'deep', 'er'))
    for rel, text in [('a.txt', 'A'), ('b.log', 'B'), ('deep/c.txt', 'C'), ('deep/er/d.log', 'D')]:
        with open(os.path.join(src, rel), 'w') as f:
            f.write(text)
    os.symlink('a.txt', os.path.join(src, 'link'))
    seen = []

    def spy(directory, names):
        seen.append((os.path.relpath(directory, base), sorted(names)))
        return shutil.ignore_patterns('*.log', 'er')(directory, names)

    print(tree(shutil.copytree(src, os.path.join(base, 'one'), ignore=spy)).__len__(), tree(os.path.join(base, 'one')))
    print(sorted(seen))
    shutil.copytree(src, os.path.join(base, 'two'), symlinks=True)
    print(tree(os.path.join(base, 'two')), os.readlink(os.path.join(base, 'two', 'link')))
    attempt('exists', lambda: shutil.copytree(src, os.path.join(base, 'two')), base)
    with open(os.path.join(base, 'two', 'a.txt'), 'w') as f:
        f.write('changed')
    shutil.copytree(src, os.path.join(base, 'two'), dirs_exist_ok=True, ignore=shutil.ignore_patterns('link'))
    print(tree(os.path.join(base, 'two')))
    os.symlink('missing', os.path.join(src, 'dangling'))
    attempt('dangling', lambda: shutil.copytree(src, os.path.join(base, 'three')), base)
    print(tree(shutil.copytree(src, os.path.join(base, 'four'), ignore_dangling_symlinks=True)))
    print(tree(shutil.copytree(src, os.path.join(base, 'five'), symlinks=True, copy_function=shutil.copy)))
    attempt('not a dir', lambda: shutil.copytree(os.path.join(src, 'a.txt'), os.path.join(base, 'six')), base)

    attempt('same', lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'deep', '..', 'a.txt')), base)
    attempt('same via link', lambda: shutil.copy(os.path.join(src, 'link'), os.path.join(src, 'a.txt')), base)
    print(shutil.copyfile(os.path.join(src, 'link'), os.path.join(base, 'copied'), follow_symlinks=False).replace(base, 'D'),
          os.path.islink(os.path.join(base, 'copied')), os.readlink(os.path.join(base, 'copied')))
    print(os.path.basename(shutil.copy2(os.path.join(src, 'link'), base)), os.path.islink(os.path.join(base, 'link')))
    attempt('dir source', lambda: shutil.copyfile(src, os.path.join(base, 'x')), base)
    attempt('dir target', lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'one')), base)
    attempt('no source', lambda: shutil.copy(os.path.join(base, 'nope'), base), base)

    def onexc(function, path, exc):
        print('  onexc', function.__name__, path.replace(base, 'D'), type(exc).__name__)

    shutil.rmtree(os.path.join(base, 'nope'), onexc=onexc)
    shutil.rmtree(os.path.join(src, 'a.txt'), onexc=onexc)
    shutil.rmtree(os.path.join(src, 'link'), onexc=onexc)
    try:
        shutil.rmtree(os.path.join(src, 'link'))
    except OSError as e:
        print('rmtree link', type(e).__name__, e.args, e.filename.replace(base, 'D'))
    attempt('rmtree missing', lambda: shutil.rmtree(os.path.join(base, 'nope')), base)
    print(shutil.rmtree(os.path.join(base, 'nope'), ignore_errors=True), shutil.rmtree.avoids_symlink_attacks in (True, False))
    shutil.rmtree(os.path.join(base, 'five'))
    print(sorted(os.listdir(base)))

    print(shutil.move(os.path.join(base, 'copied'), os.path.join(base, 'renamed')).replace(base, 'D'))
    os.mkdir(os.path.join(base, 'bin'))
    print(shutil.move(os.path.join(base, 'four'), os.path.join(base, 'bin')).replace(base, 'D'),
          shutil.move(os.path.join(base, 'renamed'), os.path.join(base, 'bin') + '/').replace(base, 'D'))
    shutil.copytree(os.path.join(base, 'one'), os.path.join(base, 'four'))
    attempt('move exists', lambda: shutil.move(os.path.join(base, 'four'), os.path.join(base, 'bin')), base)
    attempt('move into itself', lambda: shutil.move(os.path.join(base, 'four'), os.path.join(base, 'four', 'deep')), base)
    print(tree(os.path.join(base, 'bin')))

    tool = os.path.join(base, 'bin', 'tool')
    with open(tool, 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(tool, 0o755)
    search = os.pathsep.join([os.path.join(base, 'two'), os.path.join(base, 'bin')])
    print(shutil.which('tool', path=search).replace(base, 'D'), shutil.which('tool', path=''), shutil.which('absent', path=search))
    print(shutil.which(tool) == tool, shutil.which(os.path.join(base, 'bin')), shutil.which('a.txt', mode=os.F_OK, path=search).replace(base, 'D'))
    print(shutil.which(b'tool', path=search.encode()).replace(base.encode(), b'D'))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))

os.environ['COLUMNS'], os.environ['LINES'] = '132', '0'
print(shutil.get_terminal_size((10, 20)))
os.environ['COLUMNS'], os.environ['LINES'] = 'wide', '50'
print(shutil.get_terminal_size((10, 20)), shutil.get_terminal_size())
out = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b'0123456789'), out, -1)
print(out.getvalue(), shutil.COPY_BUFSIZE > 0)
print([issubclass(e, OSError) for e in (shutil.Error, shutil.SameFileError, shutil.SpecialFileError, shutil.ExecError)],
      issubclass(shutil.SameFileError, shutil.Error))
