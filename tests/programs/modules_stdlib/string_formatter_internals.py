# _string.formatter_parser / formatter_field_name_split with CPython's results and errors, and
# string.Formatter built on them (vformat, parse, get_field, convert_field, check_unused_args).
import _string, string
def show(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', '{}', '{0}', 'a{0!r:>10}b', '{x.y[0]}', '{{}}', '}}x{{', '{', '}', 'a{', '{0!}', '{0!x}', '{!r}', '{0:{1}}', '{:}', 'x{0[}', '{0]}', '{a!r:}']:
    show(lambda s: list(_string.formatter_parser(s)), s)
for s in ['', 'a', 'a.b', 'a[0]', '0.x[1][y]', 'a.', '[0]', 'a[', 'a]', '1.2', 'a..b', 'a[0]b']:
    show(lambda s: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(s)), s)
show(_string.formatter_parser, 1)
show(_string.formatter_field_name_split, 1)
f = string.Formatter()
print(f.format('{0}-{x}-{1!r}', 1, 'b', x=3))
print(f.vformat('{a.real:>5}|{b[1]}', (), {'a': 3, 'b': 'xyz'}))
print(list(f.parse('a{0!r:^5}b{{')))
print(f.get_field('0.real', (5,), {}))
print(f.convert_field('x', 'r'), f.convert_field('x', 's'), f.convert_field('é', 'a'))
show(f.convert_field, 'x', 'z')
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused: raise ValueError('unused %r' % sorted(unused, key=str))
show(Strict().format, '{0}', 1, 2)
show(Strict().format, '{0}{x}', 1, x=2)
show(f.format, '{}{0}', 1, 2)
show(f.format, '{0}{}', 1, 2)
show(f.format, '{:{}}', 'a', 5)
show(f.format, '{0:{1}{2}}', 'a', '>', 5)
show(f.format, '{0:{1:{2}}}', 'a', 5, 6)
show(f.format, '{!r}', 'q')
show(f.format, '{0[1]}', [1, 2])
show(f.format, '{x}', 1)
show(f.format, '{0}')
show(f.format)
