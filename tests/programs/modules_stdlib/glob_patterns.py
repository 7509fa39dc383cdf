# glob: wildcards per component, hidden names, recursive '**', trailing slashes, root_dir,
# bytes patterns, escape() and translate() (the regular expression text).
import glob
import os
import re
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    for path in ['a.txt', 'b.py', '.hidden', 'd1/x.py', 'd1/.h/y.py', 'd1/d2/z.txt', 'd1/d2/.q', '.hd/w.py',
                 'ab/c', 'e[1]/f', 'g*h', 'sub dir/k.txt', 'd1/d2/d3/deep.py']:
        os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
        open(path, 'w').close()
    os.symlink('a.txt', 'link')
    os.symlink('missing', 'dangle')
    for pattern, options in [('*', {}), ('*', {'include_hidden': True}), ('.*', {}), ('*.py', {}), ('?.txt', {}),
                             ('[a-c]*', {}), ('[!a-c]*', {}), ('*/', {}), ('d1/*', {}), ('d1/*/', {}), ('*/*.py', {}),
                             ('**', {}), ('**', {'recursive': True}), ('**/', {'recursive': True}),
                             ('**/*.py', {'recursive': True}), ('**/*.py', {'recursive': True, 'include_hidden': True}),
                             ('d1/**', {'recursive': True}), ('d1/**/', {'recursive': True}), ('d1/**/*.txt', {'recursive': True}),
                             ('d1/**/**/deep.py', {'recursive': True}), ('**/.*', {'recursive': True}),
                             ('e[[]1]/*', {}), ('e[1]/f', {}), (glob.escape('g*h'), {}), ('g*h', {}), ('sub dir/*', {}),
                             ('dangle', {}), ('link', {}), ('nope', {}), ('nope/*', {}), ('a.txt/', {}), ('d1/', {}),
                             ('d1//x.py', {}), ('d1//*.py', {}), ('./*.txt', {}), ('', {}), ('*', {'root_dir': 'd1'}),
                             ('**', {'root_dir': 'd1', 'recursive': True}), ('*.py', {'root_dir': os.path.join(base, 'd1')}),
                             ('x.py', {'root_dir': 'd1'}), ('*', {'root_dir': 'nope'})]:
        shown = {k: (v.replace(base, 'BASE') if isinstance(v, str) else v) for k, v in options.items()}
        print(repr(pattern), shown, sorted(glob.glob(pattern, **options)))
    print(sorted(glob.glob(os.path.join(base, 'd1', '*.py')))[0].replace(base, 'BASE'))
    print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'**/*.txt', recursive=True)), sorted(glob.glob(b'*', root_dir=b'd1')))
    it = glob.iglob('**/*.py', recursive=True)
    print(type(it).__name__ != 'list', sorted(it))
    for pattern in ['a*b', '[x]', '?', 'a/b*', '/x/[y]/*?', 'plain']:
        print(repr(glob.escape(pattern)), repr(glob.escape(pattern.encode())))
    names = ['a.txt', 'd1/x.py', 'd1/d2/z.txt', '.hd/w.py', 'd1/.h/y.py', 'x/', 'a/b/c/', '']
    for pattern in ['*.txt', '**/*.py', 'd1/**', '**', '*/', '.*', 'd?/*', '[!.]*/**/*', 'a//b', '**/**']:
        for options in [{}, {'recursive': True}, {'include_hidden': True}, {'recursive': True, 'include_hidden': True}]:
            rx = glob.translate(pattern, **options)
            print(repr(pattern), options, rx, [n for n in names if re.match(rx, n)])
    print(glob.translate('a/*.py', seps='/\\'), glob.translate('**/x', recursive=True, seps='\\'))
    print(glob.has_magic('a[b'), glob.has_magic('abc'), glob.has_magic(b'a?'))
finally:
    os.chdir(old)
    shutil.rmtree(base)
