# operator re-exports _operator's objects (CPython's operator.py ends with `from _operator import *`):
# pickle and copyreg compare them by identity.
import operator
import _operator
import pickle

for name in ("getitem", "add", "itemgetter", "attrgetter", "methodcaller", "not_", "index"):
    print(name, getattr(operator, name) is getattr(_operator, name))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"))
print(isinstance(operator.itemgetter(0), _operator.itemgetter), operator.__add__ is operator.add)
print(pickle.loads(pickle.dumps(operator.itemgetter(2, 0)))("xyz"))
print(sorted(set(operator.__all__) - set(dir(_operator))))
