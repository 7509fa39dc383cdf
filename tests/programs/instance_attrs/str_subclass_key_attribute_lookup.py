# Attribute lookups in an instance, module or builtin-subclass __dict__ that holds a str subclass
# key (or a key of the same hash) find it as CPython's dict lookup does: the stored key's __eq__
# decides and runs. (Module-level names use LOAD_NAME; LOAD_GLOBAL inside a function still
# compares such keys by their text: see the session 23 notes.)
class S(str):
    def __eq__(self, o):
        print('eq called', str.__repr__(self), repr(o))
        return str.__eq__(self, o)
    def __hash__(self):
        return str.__hash__(self)
g = globals()
g[S('foo')] = 42
print(foo)
class C: pass
c = C()
c.__dict__[S('bar')] = 7
print(c.bar)
print(getattr(c, 'bar'))
class K(str):
    def __hash__(self): return hash('baz')
    def __eq__(self, o): return o == 'baz' or str.__eq__(self, o)
c.__dict__[K('zzz')] = 9
try: print(c.baz)
except AttributeError as e: print('AE', e)
setattr(C, S('cls_attr'), 5)
print(C.cls_attr, c.cls_attr)
import types
m = types.ModuleType('m')
m.__dict__[S('x')] = 1
print(m.x)
m.__dict__[K('q')] = 3
try: print(m.baz)
except AttributeError as e: print('AE', e)
g[K('w')] = 11
try: print(baz)
except NameError as e: print('NE', e)

class L(list): pass
l = L()
l.__dict__[S('lst')] = 'in list subclass'
print(l.lst)
l.__dict__[K('k2')] = 'hash-equal'
print(l.baz)
class M:
    def meth(self): return 'class method'
mm = M()
mm.__dict__[K('k3')] = 'own'
print(getattr(mm, 'baz', 'absent'))
mm.__dict__[S('meth')] = lambda: 'instance attr shadows'
print(mm.meth())
# (not in a loop: CPython's specializing interpreter runs __eq__ once more when it tries to
# specialize the attribute site, an implementation detail)
print(mm.meth(), c.bar, c.baz)
