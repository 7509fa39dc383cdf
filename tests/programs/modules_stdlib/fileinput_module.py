# fileinput: lines across files with their counters, nextfile, in-place editing with and without a backup,
# openhooks (gzip through hook_compressed, encodings), binary mode, errors, the module-level shared input.
import fileinput
import gzip
import os
import tempfile

tmp = tempfile.mkdtemp()
a = os.path.join(tmp, 'a.txt')
b = os.path.join(tmp, 'b.txt')
with open(a, 'w') as f:
    f.write('one\ntwo\nthree\n')
with open(b, 'w') as f:
    f.write('four\nfive')

for line in fileinput.input([a, b], encoding='utf-8'):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
fileinput.close()

with fileinput.FileInput([a, b], encoding='utf-8') as fi:
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
        print(fi.lineno(), repr(line))
    print(fi.fileno(), fi.filename() is not None)

with fileinput.input(a, inplace=True, backup='.orig', encoding='utf-8') as fi:
    for line in fi:
        print(line.upper(), end='')
print(open(a).read().split(), open(a + '.orig').read().split())
with fileinput.input(a, inplace=True, encoding='utf-8') as fi:
    for line in fi:
        if 'TWO' not in line:
            print(line, end='')
print(open(a).read().split(), os.path.exists(a + '.bak'))

g = os.path.join(tmp, 'c.txt.gz')
with gzip.open(g, 'wt', encoding='utf-8') as f:
    f.write('zipped\nlines\n')
with fileinput.input([g, b], openhook=fileinput.hook_compressed, encoding='utf-8') as fi:
    print([line for line in fi])
latin = os.path.join(tmp, 'l.txt')
with open(latin, 'wb') as f:
    f.write('caf\xe9\n'.encode('latin-1'))
with fileinput.input(latin, openhook=fileinput.hook_encoded('latin-1')) as fi:
    print(list(fi))
with fileinput.input([a, b], mode='rb') as fi:
    print(list(fi))

for call in (lambda: fileinput.FileInput(a, mode='w'), lambda: fileinput.FileInput(a, inplace=True, openhook=open),
             lambda: fileinput.filename(), lambda: fileinput.FileInput(a, openhook=1)):
    try:
        call()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
fi = fileinput.input(a, encoding='utf-8')
next(fi)
try:
    fileinput.input(b)
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
