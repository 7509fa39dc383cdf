# inspect.signature: Parameter, Signature (str, repr, eq, replace, format), bind/bind_partial/BoundArguments,
# methods, classes, partials, __signature__, __wrapped__, builtins, error texts.
import inspect, functools, typing, collections
from inspect import Parameter, Signature

def f(a, b=1, /, c: int = 2, *args: str, d, e: 'x' = 3, **kw) -> list[int]: pass
sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.name, str(p.kind), p.kind.description, p.default is Parameter.empty, p.annotation is p.empty, int(p.kind))
print(list(sig.parameters), sig.return_annotation, type(sig.parameters).__name__)
print(inspect.signature(lambda: 0), inspect.signature(lambda *, k: 0), inspect.signature(lambda a, /: 0), inspect.signature(lambda *a, k=1: 0))
def ann(x: typing.List[int], y: typing.Optional[str] = None, z: collections.OrderedDict = None, w: 'quoted' = 'q') -> typing.Dict[str, int]: pass
print(inspect.signature(ann))
def ann2(x: dict[str, list[int]], y: int | None, z: 'a b') -> None: pass
print(inspect.signature(ann2))
print(inspect.signature(ann2, eval_str=False).parameters['z'].annotation)

# Parameter construction and errors
print(Parameter('x', Parameter.POSITIONAL_ONLY, default=5, annotation=int))
print(Parameter('x', Parameter.KEYWORD_ONLY, annotation=int), Parameter('args', Parameter.VAR_POSITIONAL), Parameter('kw', Parameter.VAR_KEYWORD, annotation='m'))
for args, kwargs in [(('x', 7), {}), (('x', Parameter.VAR_POSITIONAL), {'default': 1}), ((1, Parameter.POSITIONAL_ONLY), {}),
                     (('1x', Parameter.POSITIONAL_ONLY), {}), (('class', Parameter.KEYWORD_ONLY), {}),
                     (('x', Parameter.VAR_KEYWORD), {'default': None})]:
    try:
        Parameter(*args, **kwargs)
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Parameter('class', Parameter.POSITIONAL_ONLY))
p = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=1)
print(p.replace(name='y'), p.replace(default=Parameter.empty), p.replace(kind=Parameter.KEYWORD_ONLY, annotation=float))
print(p == Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=1), p == p.replace(default=2), hash(p) == hash(p.replace()), p != 3)
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD.name, Parameter.KEYWORD_ONLY.value)

# Signature construction and errors
P = Parameter
s2 = Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2), P('c', P.KEYWORD_ONLY)], return_annotation=int)
print(s2, s2.replace(return_annotation=Signature.empty), s2.replace(parameters=[]))
for params in [[P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)], [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
               [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)], [P('a', P.KEYWORD_ONLY, default=1), P('b', P.KEYWORD_ONLY)]]:
    try:
        print(Signature(params))
    except ValueError as e:
        print('ValueError', e)
print(Signature(), Signature() == Signature(), Signature([P('x', P.KEYWORD_ONLY), P('y', P.KEYWORD_ONLY)]) == Signature([P('y', P.KEYWORD_ONLY), P('x', P.KEYWORD_ONLY)]))
print(inspect.signature(f) == inspect.signature(f), inspect.signature(f) == s2, hash(inspect.signature(f)) == hash(inspect.signature(f)))
def longsig(alpha_parameter, beta_parameter=10, *, gamma_parameter='value', delta_parameter=None): pass
print(inspect.signature(longsig).format(max_width=40))
print(inspect.signature(longsig).format(max_width=200))
print(inspect.signature(f).format())

# bind / bind_partial
def g(a, b, /, c, d=4, *rest, e, f=6, **opts): pass
sg = inspect.signature(g)
ba = sg.bind(1, 2, 3, e=5)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = sg.bind(1, 2, 3, 4, 5, 6, e=7, x=8)
print(ba.arguments, ba.args, ba.kwargs)
ba = sg.bind(1, 2, c=3, e=5)
print(ba.args, ba.kwargs)
bp = sg.bind_partial(1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp.arguments)
for a, k in [((), {}), ((1,), {}), ((1, 2), {'e': 1}), ((1, 2, 3), {}), ((1, 2, 3), {'c': 3, 'e': 1}), ((1, 2, 3), {'a': 1, 'e': 1})]:
    try:
        sg.bind(*a, **k)
    except TypeError as e:
        print('TypeError', e)
def h(a, /, b): pass
sh = inspect.signature(h)
for a, k in [((1, 2, 3), {}), ((1,), {'b': 2, 'zz': 1}), ((), {'a': 1, 'b': 2}), ((1, 2), {'a': 3})]:
    try:
        print(sh.bind(*a, **k))
    except TypeError as e:
        print('TypeError', e)
def h2(a, /, **kw): pass
print(inspect.signature(h2).bind(1, a=2))
def h3(*, k): pass
for a, k in [((1,), {}), ((), {})]:
    try:
        inspect.signature(h3).bind(*a, **k)
    except TypeError as e:
        print('TypeError', e)
print(inspect.signature(h3).bind_partial(), sg.bind(1, 2, 3, e=5) == sg.bind(1, 2, 3, e=5), sg.bind(1, 2, 3, e=5) == sg.bind(1, 2, 4, e=5))

# methods and classes
class K:
    def m(self, x, y=2): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(w): pass
    def __call__(self, q, *, r=1): pass
print(inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K.c), inspect.signature(K.s), inspect.signature(K()))
class WithInit:
    def __init__(self, a, b=1): pass
class WithNew:
    def __new__(cls, *args, n=0): return super().__new__(cls)
class Child(WithInit): pass
class Plain: pass
class Meta(type):
    def __call__(cls, meta_arg): pass
class UsesMeta(metaclass=Meta):
    def __init__(self, ignored): pass
class Both:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): pass
class Declared:
    __signature__ = Signature([P('declared', P.POSITIONAL_ONLY)])
    def __init__(self, *a): pass
for klass in (WithInit, WithNew, Child, Plain, UsesMeta, Both, Declared):
    print(klass.__name__, inspect.signature(klass))
def varself(*args): pass
class VS:
    m = varself
print(inspect.signature(VS().m))
class NoArgs:
    def m(): pass
try:
    inspect.signature(NoArgs().m)
except ValueError as e:
    print('ValueError', e)

# partials
def pf(a, b, c=3, *, d=4): pass
for part in (functools.partial(pf, 1), functools.partial(pf, b=5), functools.partial(pf, 1, 2, d=9), functools.partial(pf, c=0),
             functools.partial(functools.partial(pf, 1), 2)):
    print(inspect.signature(part))
try:
    inspect.signature(functools.partial(pf, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e).startswith('partial object'))

# __wrapped__ and __signature__
def inner_fn(p, q=1): pass
@functools.wraps(inner_fn)
def wrapper(*args, **kwargs): pass
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
def with_sig(): pass
with_sig.__signature__ = Signature([P('fake', P.KEYWORD_ONLY)])
print(inspect.signature(with_sig))
def bad_sig(): pass
for text in ('nope', '(a, b=1, /, *c, d=None, **e)', '()', '($self, x, /)'):
    bad_sig.__signature__ = text
    try:
        print(inspect.signature(bad_sig))
    except ValueError as e:
        print('ValueError', str(e).endswith('builtin has invalid signature'))
bad_sig.__signature__ = 42
try:
    inspect.signature(bad_sig)
except TypeError as e:
    print('TypeError', e)
print(Signature.from_callable(inner_fn), inspect.signature(inner_fn).replace(parameters=[P('z', P.VAR_KEYWORD)]))

# errors
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(type)
except ValueError as e:
    print('ValueError', e)
try:
    inspect.signature(int)
except ValueError as e:
    print('ValueError', e)

# the kind enum
print([k.name for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD)])
print([k.description for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD)])
print(inspect.formatannotation(int), inspect.formatannotation(collections.OrderedDict), inspect.formatannotation(list[int]),
      inspect.formatannotation(typing.Optional[int]), inspect.formatannotation('x'), inspect.formatannotation(None))
