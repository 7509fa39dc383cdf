# inspect: getclasstree/walktree (unique or not), classify_class_attrs kinds and defining classes.
import inspect

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E: pass

def show(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            show(entry, depth + 1)
        else:
            klass, bases = entry
            print('  ' * depth + klass.__name__, [b.__name__ for b in bases])

show(inspect.getclasstree([D, C, B, A, E]))
print('--')
show(inspect.getclasstree([D, C, B, A], unique=True))
print('--')
show(inspect.getclasstree([D]))
print('--')
show(inspect.getclasstree([B, C]))

class Base:
    data = 1
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
class Sub(Base):
    data = 2
    def extra(self): pass
for attr in inspect.classify_class_attrs(Sub):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)
print([(a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Sub) if a.name in ('__init__', '__dict__', '__doc__', '__module__')])
