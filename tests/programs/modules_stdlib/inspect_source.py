# inspect: getsource/getsourcelines/findsource/getblock/indentsize/getcomments for functions, classes,
# methods, nested classes, decorated and one-line definitions, lambdas, modules, frames and tracebacks.
import inspect, sys
import _inspect_helper as h

def show(obj):
    try:
        lines, start = inspect.getsourcelines(obj)
        print('--', getattr(obj, '__qualname__', getattr(obj, '__name__', type(obj).__name__)), start, len(lines))
        print(''.join(lines), end='')
    except (OSError, TypeError) as e:
        print('--', type(e).__name__, e)

show(h.helper_function)
show(h.HelperClass)
show(h.HelperClass.method)
show(h.HelperClass().method)
show(h.HelperClass.Nested)
show(h.HelperClass.Nested.deep)
show(h.decorated)
show(h.one_liner)
show(h.compact)
show(h.acoro)
show(h.indented_def)
print(inspect.getsourcelines(h)[1], len(inspect.getsource(h)) == len(open(h.__file__).read()))
print(repr(inspect.getcomments(h.helper_function)), repr(inspect.getcomments(h.HelperClass)))
print(repr(inspect.getcomments(h)))

def local_function(a,
                   b):
    '''Docstring with a colon: here
    and a dedented line
'''
    if a:
        return [
    1,
        ]
    return b
show(local_function)

class Local:
    x = 1

    # comment inside
    def m(self):

        return 2
show(Local)
show(Local.m)

def factory():
    class Inner:
        def im(self): pass
    return Inner
show(factory())
show(factory().im)

show(len)
show(int)
show(sys)
show(42)

lines = ['def f():\n', '    return 1\n', '\n', 'x = 2\n']
print(inspect.getblock(lines))
print(inspect.getblock(['if x:\n', '    pass\n', 'else:\n', '    pass\n']))
print(inspect.getblock(['x = (1,\n', '     2)\n', 'y = 3\n']))
print(inspect.getblock(['@dec\n', '@dec2(1)\n', 'class C: pass\n', 'z\n']))
print(inspect.getblock(['def g(): return 1\n', 'def h(): pass\n']))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'), inspect.indentsize('  \t x'))

lines, start = inspect.findsource(h.HelperClass.method)
print(start, lines[start].strip())
lines, start = inspect.findsource(sys.modules[__name__])
print(start, lines[0].strip())

frame = inspect.currentframe()
print(inspect.getsourcelines(frame)[1])
def failing():
    raise ValueError('boom')
try:
    failing()
except ValueError as e:
    tb = e.__traceback__
    print(inspect.getsourcelines(tb.tb_next)[1], inspect.getsource(tb.tb_next), end='')
    print(inspect.getsourcelines(tb)[1])

code = compile('def dyn():\n    return 1\n', '<dynamic>', 'exec')
ns = {}
exec(code, ns)
show(ns['dyn'])
