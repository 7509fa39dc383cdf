# The full reduce tuple: string results (globals), listitems/dictitems, state_setter, and
# copyreg extension codes.
import copyreg
import pickle

SINGLETON = None

class Singleton:
    def __reduce__(self):
        return 'SINGLETON'

SINGLETON = Singleton()

class Bag:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)
    def __reduce__(self):
        return (Bag, (), None, iter(self.items), None)

class Table:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __reduce__(self):
        return (Table, (), None, None, iter(sorted(self.d.items())))

def set_state(obj, state):
    obj.restored = state

class Custom:
    def __reduce__(self):
        return (Custom, (), {'s': 1}, None, None, set_state)

class Registered:
    pass

print(pickle.loads(pickle.dumps(SINGLETON)) is SINGLETON)
print(pickle.dumps(SINGLETON))
b = Bag(); b.extend([1, 2, 3])
print(pickle.loads(pickle.dumps(b)).items, pickle.dumps(b))
one = Bag(); one.append('x')
print(pickle.loads(pickle.dumps(one)).items, pickle.dumps(one))
t = Table(); t['a'] = 1; t['b'] = 2
print(pickle.loads(pickle.dumps(t)).d, pickle.dumps(t))
c = pickle.loads(pickle.dumps(Custom()))
print(c.restored, pickle.dumps(Custom()))

copyreg.add_extension(__name__, 'Registered', 240)
print(pickle.dumps(Registered, 2), pickle.dumps(Registered, 4))
print(pickle.loads(pickle.dumps(Registered, 2)) is Registered)
try:
    copyreg.add_extension(__name__, 'Other', 240)
except ValueError as e:
    print('ValueError', e)
copyreg.remove_extension(__name__, 'Registered', 240)
print(pickle.dumps(Registered, 2))
