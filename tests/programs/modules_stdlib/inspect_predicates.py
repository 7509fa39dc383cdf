# inspect: the is*() predicates, markcoroutinefunction, getmembers(_static), getmro, getattr_static.
import inspect, types, functools, abc, sys

def plain(a, b=2): return a
def gen(): yield 1
async def coro(): return 1
async def agen(): yield 1
lam = lambda x: x

class Base:
    "Base doc"
    cls_attr = 1
    def method(self): "method doc"
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 5
    def genm(self): yield
    async def corom(self): pass

class Slotted:
    __slots__ = ('x',)

class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self): ...

class Concrete(Abstract):
    def need(self): return 1

objs = [('module', sys), ('class', Base), ('function', plain), ('lambda', lam), ('generator func', gen),
        ('coroutine func', coro), ('asyncgen func', agen), ('bound method', Base().method),
        ('classmethod bound', Base.cm), ('staticmethod', Base.sm), ('builtin', len),
        ('builtin method', [].append), ('method descriptor', str.join), ('wrapper descriptor', object.__init__),
        ('method-wrapper', object().__str__), ('property', Base.__dict__['prop']),
        ('member', Slotted.x), ('getset', type.__dict__['__name__']), ('int', 3), ('partial', functools.partial(gen))]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
         'isasyncgenfunction', 'isbuiltin', 'ismethoddescriptor', 'isdatadescriptor', 'isroutine',
         'ismemberdescriptor', 'isgetsetdescriptor', 'ismethodwrapper', 'isabstract', 'iscode', 'isframe',
         'istraceback', 'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable']
for label, o in objs:
    print(label.ljust(18), ' '.join(p[2:] for p in preds if getattr(inspect, p)(o)))

g = gen(); c = coro(); ag = agen()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(ag), inspect.isawaitable(c), inspect.isawaitable(g))
c.close()
print(inspect.iscode(plain.__code__), inspect.isframe(sys._getframe()), inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__), inspect.isframe(e.__traceback__.tb_frame))

class Awaitish:
    def __await__(self): yield
print(inspect.isawaitable(Awaitish()), inspect.isawaitable(Awaitish))
print(inspect.isgeneratorfunction(Base().genm), inspect.iscoroutinefunction(Base().corom),
      inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(functools.partial(functools.partial(gen))))

# markcoroutinefunction
def sync_but_marked(): pass
r = inspect.markcoroutinefunction(sync_but_marked)
print(r is sync_but_marked, inspect.iscoroutinefunction(sync_but_marked), inspect.iscoroutinefunction(functools.partial(sync_but_marked)))
class HasM:
    def m(self): pass
inspect.markcoroutinefunction(HasM().m)
print(inspect.iscoroutinefunction(HasM.m), inspect.iscoroutinefunction(HasM().m))

# descriptors with only __get__ / __delete__
class GetOnly:
    def __get__(self, o, t=None): return 1
class DelOnly:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): pass
class SetOnly:
    def __set__(self, o, v): pass
print(inspect.ismethoddescriptor(GetOnly()), inspect.isdatadescriptor(GetOnly()))
print(inspect.ismethoddescriptor(DelOnly()), inspect.isdatadescriptor(DelOnly()))
print(inspect.ismethoddescriptor(SetOnly()), inspect.isdatadescriptor(SetOnly()))

# getmembers
class Sub(Base):
    sub_attr = 'x'
    def method(self): pass
print([n for n, v in inspect.getmembers(Sub) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Sub, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Sub(), inspect.ismethod)])
print(inspect.getmembers(Sub, lambda v: isinstance(v, property)) == [('prop', Base.__dict__['prop'])])
print([(n, v) for n, v in inspect.getmembers(Sub()) if n in ('prop', 'cls_attr', 'sub_attr')])
class Raising:
    @property
    def bad(self): raise AttributeError('nope')
    @property
    def good(self): return 'ok'
print([n for n, v in inspect.getmembers(Raising()) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Raising) if not n.startswith('__')])
class Ctx:
    def __dir__(self): return ['zeta', 'alpha', 'missing']
    zeta = 1
    alpha = 2
print(inspect.getmembers(Ctx()))
mod = types.ModuleType('m')
mod.b = 2; mod.a = 1
print([(n, v) for n, v in inspect.getmembers(mod) if not n.startswith('__')])
print([n for n, v in inspect.getmembers_static(Sub) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(Sub()) if n in ('prop', 'cm', 'sm', 'method')])

# getmro
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in inspect.getmro(D)])

# getattr_static
class Dyn:
    x = 'class x'
    def __getattr__(self, name): return 'dynamic ' + name
    @property
    def p(self): return 'computed'
d = Dyn()
d.__dict__['x'] = 'instance x'
d.__dict__['p'] = 'shadowed p'
print(inspect.getattr_static(d, 'x'), type(inspect.getattr_static(d, 'p')).__name__, getattr(d, 'nothere'))
print(inspect.getattr_static(d, 'nothere', 'default'))
try:
    inspect.getattr_static(d, 'nothere')
except AttributeError as e:
    print('AttributeError', e)
print(type(inspect.getattr_static(Base, 'cm')).__name__, type(inspect.getattr_static(Base, 'sm')).__name__, inspect.getattr_static(Base, 'cls_attr'))
print(inspect.getattr_static(Sub, 'cls_attr'), inspect.getattr_static(Sub, 'mro') is type.__dict__['mro'])
print(inspect.getattr_static(Base, '__name__') is type.__dict__['__name__'])
