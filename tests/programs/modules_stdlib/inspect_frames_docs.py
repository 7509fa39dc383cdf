# inspect: getdoc/cleandoc, unwrap, getfile/getsourcefile/getmodule, frames and the stack,
# generator/coroutine states and locals, get_annotations, getclosurevars, getcallargs, getfullargspec.
import inspect, os, sys, functools, types

def show_path(p):
    return os.path.basename(p) if isinstance(p, str) else p

# --- cleandoc / getdoc
print(repr(inspect.cleandoc('   First line\n\n      indented more\n    body\n\t tabbed\n\n   ')))
print(repr(inspect.cleandoc('\n\n  only\n  lines\n')), repr(inspect.cleandoc('')), repr(inspect.cleandoc('x')))
class Doc:
    """
    Class doc.
        Indented.
    """
    def m(self):
        """Method doc."""
    @property
    def p(self):
        """Prop doc."""
class DocSub(Doc):
    def m(self): pass
    @property
    def p(self): return 1
class NoDoc: pass
class NoDocSub(Doc): pass
print(repr(inspect.getdoc(Doc)), repr(inspect.getdoc(Doc.m)), repr(inspect.getdoc(DocSub.m)), repr(inspect.getdoc(DocSub().m)))
print(repr(inspect.getdoc(NoDoc)), repr(inspect.getdoc(NoDocSub)), repr(inspect.getdoc(DocSub.__dict__['p'])))
def nodoc(): pass
print(inspect.getdoc(nodoc), inspect.getdoc(3) == inspect.getdoc(int))
class WeirdDoc:
    __doc__ = 42
print(inspect.getdoc(WeirdDoc))

# --- unwrap
def base_fn(x): return x
@functools.wraps(base_fn)
def w1(*a): return base_fn(*a)
@functools.wraps(w1)
def w2(*a): return w1(*a)
print(inspect.unwrap(w2) is base_fn, inspect.unwrap(w2, stop=lambda f: f is w1) is w1, inspect.unwrap(base_fn) is base_fn)
class Loop: pass
l1 = Loop(); l2 = Loop(); l1.__wrapped__ = l2; l2.__wrapped__ = l1
try:
    inspect.unwrap(l1)
except ValueError as e:
    print('ValueError', str(e).startswith('wrapper loop when unwrapping'))

# --- files and modules
import _inspect_helper as json
print(show_path(inspect.getfile(json)), show_path(inspect.getfile(show_path)), show_path(inspect.getfile(Doc)))
print(show_path(inspect.getsourcefile(Doc.m)), show_path(inspect.getfile(Doc().m)), show_path(inspect.getfile(nodoc.__code__)))
for bad in (sys, int, len, 3):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
print(inspect.getmodule(Doc) is sys.modules[__name__], inspect.getmodule(json.helper_function) is json, inspect.getmodule(json) is json)
print(inspect.getmodule(nodoc.__code__) is sys.modules[__name__], inspect.getmodulename('/a/b/spam.py'), inspect.getmodulename('x.txt'))

# --- frames
def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
def outer():
    return where()
print(outer())
def stack_names():
    return [(fi.function, fi.lineno - fi.frame.f_code.co_firstlineno) for fi in inspect.stack()[:3]]
def caller():
    return stack_names()
print(caller())
def info_here():
    fi = inspect.stack(context=3)[0]
    return show_path(fi.filename), fi.function, fi.code_context, fi.index, fi[3], len(fi)
print(info_here())
def frame_info():
    frame = inspect.currentframe()
    tb = inspect.getframeinfo(frame, context=1)
    return tb.function, tb.code_context, tb.index, len(tb), show_path(tb.filename)
print(frame_info())
print(inspect.getframeinfo(sys._getframe(), context=0)[3:])
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print('AttributeError')
def fails():
    x = 1
    raise KeyError(x)
try:
    fails()
except KeyError as e:
    inner = inspect.getinnerframes(e.__traceback__)
    print([(r.function, r.code_context) for r in inner])
    print([(r.function, r.code_context[0].strip()) for r in inspect.trace()])
    print(inspect.getframeinfo(e.__traceback__.tb_next).function)
def args_of(a, b=2, *rest, key=None, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    return info.args, info.varargs, info.keywords, inspect.formatargvalues(info.args, info.varargs, info.keywords,
                                                                             {k: v for k, v in info.locals.items() if k != 'frame'})
print(args_of(1, 2, 3, key='k', z=9))
print([f.function for f in inspect.getouterframes(sys._getframe())][-1:])

# --- generator / coroutine state
def counter():
    total = 0
    for i in range(3):
        total += i
        yield total
g = counter()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g); next(g)
print(inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g).items()))
def selfstate():
    yield inspect.getgeneratorstate(me)
me = selfstate()
print(next(me))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print('TypeError', e)
async def co(n):
    return n
c = co(5)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
print(inspect.getcoroutinestate(c))

# --- get_annotations
class Ann:
    a: int
    b: 'str'
class AnnSub(Ann):
    c: float
def annotated(x: int, y: 'list[int]' = None) -> 'bool': pass
print(inspect.get_annotations(Ann), inspect.get_annotations(AnnSub), inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True), inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(nodoc), inspect.get_annotations(NoDoc), inspect.get_annotations(functools.partial(annotated)))
print(inspect.get_annotations(annotated) is not annotated.__annotations__)
def strange(x: 'undefined_name'): pass
try:
    inspect.get_annotations(strange, eval_str=True)
except NameError as e:
    print('NameError', e)
print(inspect.get_annotations(strange, eval_str=True, locals={'undefined_name': 7}))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError', e)

# --- getclosurevars
import math
GLOBAL_K = 10
def make():
    hidden = 5
    def inner(v):
        return hidden + GLOBAL_K + len(v) + unknown_thing
    return inner
cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)

# --- getcallargs
def target(a, b, c=3, *args, d, e=5, **kw): pass
print(inspect.getcallargs(target, 1, 2, d=4))
print(inspect.getcallargs(target, 1, 2, 3, 4, 5, d=4, z=0))
class M:
    def meth(self, x, y=1): pass
print(sorted(inspect.getcallargs(M().meth, 7).keys()))
def simple(a, b=1): pass
def kwonly(*, k): pass
for fn, a, k in [(simple, (), {}), (simple, (1, 2, 3), {}), (simple, (1,), {'a': 2}), (simple, (1,), {'zz': 2}),
                 (target, (1,), {}), (target, (1, 2), {}), (kwonly, (), {}), (kwonly, (1,), {})]:
    try:
        inspect.getcallargs(fn, *a, **k)
    except TypeError as e:
        print('TypeError', e)

# --- getfullargspec
print(inspect.getfullargspec(target))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(M().meth))
print(inspect.getfullargspec(lambda *a, **k: 0))
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print('TypeError', e)
