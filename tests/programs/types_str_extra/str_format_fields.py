# str.format / format_map: field names, numbering, conversions, nested specs and errors.
class Obj:
    attr = "A"
    items = {"k": "v", 1: "one"}
    def __getitem__(self, key):
        return f"item[{key!r}]"
    def __format__(self, spec):
        return f"<{spec}>"

def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

for expr in [
    "'{}{1}'.format(1, 2)", "'{1}{}'.format(1, 2)", "'{1}'.format(1)", "'{a}'.format(1)", "'{'.format()", "'}'.format()",
    "'{0!x}'.format(1)", "'{0.}'.format(1)", "'{0[}'.format(1)", "'{0.a}'.format(1)", "'{:{}}'.format(1)", "'{!}'.format(1)",
    "'{0!r'.format(1)", "'{0!rx}'.format(1)", "'{0[0]x}'.format([1])", "'{0[]}'.format([1])", "'{0..a}'.format(1)",
    "'{}'.format_map({})", "'{0}'.format_map({})", "'{a}'.format_map({'a': 1})", "'{a}'.format_map({})",
    "'{{}}'.format()", "'{{{}}}'.format(1)", "'}}{{'.format()", "'{0}{0}'.format('x')", "'{0[1]}'.format('abc')",
    "'{0[k]}'.format({'k': 2})", "'{0.attr}'.format(Obj())", "'{0.items[k]}'.format(Obj())", "'{0.items[1]}'.format(Obj())",
    "'{0[-1]}'.format(Obj())", "'{0[a b]}'.format(Obj())", "'{x[0]}'.format(x=[7])", "'{!r}'.format('q')", "'{!s}'.format(1.5)",
    "'{!a}'.format('é')", "'{:>{w}}'.format('x', w=4)", "'{:{f}{a}{w}}'.format('x', f='*', a='^', w=5)", "'{0:{1}}'.format(Obj(), 'abc')",
    "'{:spec}'.format(Obj())", "'{!r:>8}'.format('a')", "'{0:}'.format('plain')", "'{:}'.format(3)", "'{0:{1:{2}}}'.format(1, 2, 3)",
    "'{:{:{:{}}}}'.format(1, 2, 3, 4)", "'{a.b}'.format(a=1)", "'{0[0]!r}'.format(['x'])", "'{:%}'.format(Obj())",
    "'{0}'.format()", "'{}'.format()", "'{} {}'.format(1)", "'{x}'.format(1, x=2)", "'{0} {x} {1}'.format('a', 'b', x='c')",
    "'{ }'.format(**{' ': 5})", "'{-1}'.format(**{'-1': 'neg'})", "'{0.__class__.__name__}'.format(1)",
    "'{0]'.format(1)", "'{0:}}'.format(1)", "'x{0!s:^7}x'.format('ab')", "'é{}😀'.format('ü')", "'{00}'.format('z')",
    "'{' + '9' * 30 + '}'.format(1)", "'{0!}'.format(1)", "'{0!ab}'.format(1)",
]:
    show(expr)

class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Missing(a=1)))
print("{name:>6}|{n:03d}".format(name="bob", n=7))
