# pathlib and glob: pure path arithmetic, filesystem operations in a temporary directory, globbing,
# os.symlink/readlink/link.
import glob
import os
import pathlib
import tempfile
from pathlib import Path, PurePath, PurePosixPath

for text in ['a/b/c.tar.gz', '/usr//local/./bin/', '//srv/x', '///x', '', '.', '..', 'a/../b', '/', '.hidden', 'x.', 'a/b/']:
    p = PurePosixPath(text)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.root), repr(p.anchor),
          p.is_absolute(), repr(p.parent), list(map(str, p.parents)))
p = PurePath('/home/user/docs/report.txt')
print(type(p).__name__, p.with_name('x.md'), p.with_suffix('.pdf'), p.with_suffix(''), p.with_stem('final'), p / 'more' / 'x',
      '/etc' / PurePath('passwd'), p.joinpath('a', 'b'), p.relative_to('/home'), p.relative_to('/home/user/x', walk_up=True),
      p.is_relative_to('/home'), p.is_relative_to('/etc'), p.parents[-1], p.parents[1:3], len(p.parents), p.as_uri(), p.as_posix())
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('a/*.py'),
      PurePath('/a/b.py').match('/*.py'), PurePath('a/b/c.py').full_match('a/**/*.py'), PurePath('a/b/c.py').full_match('*.py'),
      PurePath('x/y') == PurePosixPath('x//y/'), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]),
      hash(PurePath('a/b')) == hash(PurePath('a//b')), os.fspath(PurePath('q/r')), bytes(PurePath('q')))
for bad in [lambda: PurePath('/').with_name('x'), lambda: p.with_name('a/b'), lambda: p.with_suffix('pdf'),
            lambda: p.relative_to('/etc'), lambda: PurePath('rel').as_uri(), lambda: PurePath(3), lambda: p.parents[9]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(type(base).__name__, base.is_dir(), base.exists(), (base / 'nope').exists())
    (base / 'pkg' / 'sub').mkdir(parents=True)
    (base / 'pkg' / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'pkg').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        (base / 'a' / 'b').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print((base / 'pkg' / '__init__.py').write_text('x = 1\n'), (base / 'pkg' / 'sub' / 'm.py').write_text('y = 2\n'),
          (base / 'pkg' / 'data.bin').write_bytes(b'\x00\x01'), (base / 'pkg' / '.hidden.py').write_text(''))
    (base / 'top.txt').touch()
    print((base / 'pkg' / '__init__.py').read_text(), (base / 'pkg' / 'data.bin').read_bytes(), (base / 'top.txt').stat().st_size,
          (base / 'top.txt').is_file(), (base / 'pkg').is_file())
    print(sorted(p.name for p in base.iterdir()), sorted(str(p.relative_to(base)) for p in base.glob('pkg/*.py')),
          sorted(str(p.relative_to(base)) for p in base.rglob('*.py')), sorted(str(p.relative_to(base)) for p in base.glob('**/')),
          sorted(str(p.relative_to(base)) for p in base.glob('*/')))
    old_cwd = os.getcwd()  # the working directory is the whole process's: give it back
    os.chdir(tmp)
    print(sorted(glob.glob('*')), sorted(glob.glob('pkg/*.py')), sorted(glob.glob('**/*.py', recursive=True)),
          sorted(glob.glob('**', recursive=True)), sorted(glob.glob('pkg/**/', recursive=True)), glob.glob('nothing*'),
          sorted(glob.glob('*.py', root_dir='pkg')), sorted(glob.glob('pkg/.*')), sorted(glob.glob('pkg/*', include_hidden=True)),
          glob.escape('a[b]*?.txt'), glob.has_magic('a*'), glob.has_magic('abc'), sorted(glob.iglob('p?g')), glob.glob('pkg/'))
    target = base / 'top.txt'
    link = base / 'link.txt'
    link.symlink_to(target)
    print(link.is_symlink(), link.is_file(), link.readlink() == target, os.readlink(str(link)) == str(target),
          link.resolve() == target.resolve(), os.path.islink(link), link.lstat().st_size != target.stat().st_size or True)
    (base / 'hard.txt').hardlink_to(target)
    print((base / 'hard.txt').samefile(target), target.stat().st_nlink)
    try:
        os.symlink(target, link)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == str(target), e.filename2 == str(link))
    moved = target.rename(base / 'renamed.txt')
    print(moved.name, target.exists(), moved.exists(), link.exists(), link.is_symlink())
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(Path.cwd() == base.resolve(), Path('x').absolute() == base.resolve() / 'x', Path('~').expanduser() == Path.home())
    walked = sorted((str(d.relative_to(base)), sorted(ds), sorted(fs)) for d, ds, fs in base.walk())
    print(walked)
    os.chdir(old_cwd)
with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp)
    (p / 'a' / 'b').mkdir(parents=True)
    (p / 'a' / 'f.py').touch()
    (p / 'g.py').touch()
    for pat in ['**', '**/', '**/*.py', 'a/**', 'a/**/', '*/**/*.py', 'a/*', '*.py']:
        print(pat, sorted(str(x.relative_to(p)) for x in p.glob(pat)))
