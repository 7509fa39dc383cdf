# Pickler/Unpickler subclasses: persistent_id/persistent_load, find_class (a restricted
# unpickler), dispatch_table, reducer_override; copyreg.pickle; several objects in one stream.
import copyreg
import io
import pickle

class Record:
    def __init__(self, key):
        self.key = key

DB = {'r1': Record('r1'), 'r2': Record('r2')}

class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None

class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        print('  persistent_load', kind, key)
        return DB[key]

buf = io.BytesIO()
DBPickler(buf).dump([DB['r1'], DB['r2'], DB['r1'], 'plain'])
print(buf.getvalue())
buf.seek(0)
out = DBUnpickler(buf).load()
print(out[0] is DB['r1'], out[1] is DB['r2'], out[3])

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset', 'complex'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))

print(Restricted(io.BytesIO(pickle.dumps([1j, {1}]))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Record('x')))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

def reduce_point(p):
    print('  reduce_point')
    return Point, (p.x * 10, p.y * 10)

f = io.BytesIO()
p = pickle.Pickler(f)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Point] = reduce_point
p.dump(Point(1, 2))
print(pickle.loads(f.getvalue()))
print(pickle.loads(pickle.dumps(Point(1, 2))))

copyreg.pickle(Point, reduce_point)
print(pickle.loads(pickle.dumps(Point(3, 4))))
del copyreg.dispatch_table[Point]

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return Point, (0, 0)
        return NotImplemented

f = io.BytesIO()
Override(f).dump([Point(5, 5), 7])
print(pickle.loads(f.getvalue()))

# Several pickles in one stream, read back one at a time.
f = io.BytesIO()
for obj in [1, 'two', [3], {'four': 4}]:
    pickle.dump(obj, f)
for proto in (0, 2, 5):
    pickle.dump(('proto', proto), f, protocol=proto)
f.seek(0)
while True:
    try:
        print(pickle.load(f))
    except EOFError:
        print('end of stream')
        break

# A Pickler reused: the memo persists between dump() calls unless cleared.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ['s']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load(); b = u.load(); c = u.load()
print(a, b, c, a is b, a is c)

try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print('TypeError', e)
