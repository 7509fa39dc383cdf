import getopt, os

def show(label, fn):
    try:
        print(label, repr(fn()))
    except getopt.GetoptError as e:
        print(label, 'GetoptError', e, repr(e.msg), repr(e.opt), e.args)

show('basic', lambda: getopt.getopt('-a -b -cfoo -d bar a1 a2'.split(), 'abc:d:'))
show('long', lambda: getopt.getopt('--condition=foo --testing --output-file abc.def -x a1 a2'.split(), 'x', ['condition=', 'output-file=', 'testing']))
show('prefix', lambda: getopt.getopt(['--cond=1', '--test', '--out', 'f'], '', ['condition=', 'output-file=', 'testing']))
show('exact beats prefix', lambda: getopt.getopt(['--abc'], '', ['abc', 'abcd']))
show('exact with arg', lambda: getopt.getopt(['--abc', 'v'], '', ['abc=', 'abcd']))
show('ambiguous', lambda: getopt.getopt(['--ab'], '', ['abc', 'abd']))
show('unknown long', lambda: getopt.getopt(['--zzz'], '', ['abc']))
show('unknown short', lambda: getopt.getopt(['-z'], 'ab'))
show('colon opt', lambda: getopt.getopt(['-:'], 'a:'))
show('needs arg', lambda: getopt.getopt(['-a'], 'a:'))
show('needs arg long', lambda: getopt.getopt(['--file'], '', ['file=']))
show('no arg long', lambda: getopt.getopt(['--verbose=3'], '', ['verbose']))
show('empty value', lambda: getopt.getopt(['--file='], '', ['file=']))
show('dashdash', lambda: getopt.getopt(['-a', '--', '-b'], 'ab'))
show('dash', lambda: getopt.getopt(['-a', '-', '-b'], 'ab'))
show('stop', lambda: getopt.getopt(['-a', 'x', '-b'], 'ab'))
show('str longopts', lambda: getopt.getopt(['--alpha'], '', 'alpha'))
show('cluster', lambda: getopt.getopt(['-abvalue', '-a'], 'ab:'))
show('empty', lambda: getopt.getopt([], 'a'))
show('gnu', lambda: getopt.gnu_getopt(['a1', '-a', 'x', '--beta=2', 'a2', '-c', 'v', '--', '-d'], 'ac:', ['beta=']))
show('gnu plus', lambda: getopt.gnu_getopt(['-a', 'x', '-c', 'v'], '+ac:'))
show('gnu dash', lambda: getopt.gnu_getopt(['-', '-a'], 'a'))
show('gnu error', lambda: getopt.gnu_getopt(['x', '-q'], 'a'))
os.environ['POSIXLY_CORRECT'] = '1'
show('gnu posixly', lambda: getopt.gnu_getopt(['-a', 'x', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception), getopt.__all__)
e = getopt.GetoptError('boom')
print(e.msg, repr(e.opt), e.args, str(e))
