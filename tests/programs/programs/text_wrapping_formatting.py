import textwrap
import string
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, width=25, max_lines=3, placeholder=' [...]'))
print(textwrap.shorten(text, width=40))
print(textwrap.indent("a\n\nb\n", '> '))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
w = textwrap.TextWrapper(width=20, initial_indent='* ', subsequent_indent='  ', break_long_words=False)
print(w.fill('supercalifragilisticexpialidocious is a long word indeed'))
print(textwrap.fill('a\tb\tc', width=10, expand_tabs=True, tabsize=4))
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 12.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
for n, q, pr in rows:
    print(f"{n:<10}|{q:>5d}|{pr:>8.2f}|{q*pr:^10,.1f}|{q:#06x}|{pr:e}|{q:b}")
print('{0!r:>12} {1:+.3%} {2:_} {3:,}'.format('hi', 0.12345, 10**7, 1234567.891))
t = string.Template('$who likes ${what}s; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
print(string.capwords(' hello   world  '), string.ascii_letters[:5], string.punctuation[:6])
fmt = string.Formatter()
print(list(fmt.parse('a{0}b{name!r:>4}c')))
print('%-6s|%06.2f|%x|%r|%c|%5.1e' % ('ab', 3.14159, 255, 'q', 65, 12345.678))
print('%(a)s %(b)03d' % {'a': 'x', 'b': 7})
print(format(1234.5, '_.2f'), format(-0.0, '.1f'), format(1e16, 'g'), format(123, '=+8'), format('x', '*^7'))
print(str.center('mid', 11, '-'), 'Tab\there'.expandtabs(4), 'ß'.upper(), 'ǅ'.lower(), 'hello world'.title())
