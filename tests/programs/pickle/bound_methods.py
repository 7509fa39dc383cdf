# Bound methods pickle as getattr(their object, their name), with every protocol.
import copy
import pickle


class Counter:
    def __init__(self, start):
        self.start = start

    def bump(self, n):
        return self.start + n

    @classmethod
    def make(cls, start):
        return cls(start)


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bump = pickle.loads(pickle.dumps(Counter(10).bump, proto))
    make = pickle.loads(pickle.dumps(Counter.make, proto))
    print(proto, bump(5), bump.__self__.start, make(3).start, make.__self__ is Counter)
print(Counter(1).bump.__reduce_ex__(2)[1][1], Counter.make.__reduce__()[1])
print(copy.copy(Counter(7).bump)(1), copy.deepcopy(Counter(8).bump)(1))
