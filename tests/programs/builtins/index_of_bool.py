# operator.index() (and __index__) of a bool gives a plain int, as int's __index__ does for any
# int subclass: random.binomialvariate(1, p) relies on it to return 0 or 1, not False or True.
import operator

for value in (True, False):
    result = operator.index(value)
    print(repr(result), type(result).__name__, type(value.__index__()).__name__)


class Small(int):
    pass


print(type(operator.index(Small(3))).__name__, [0, 1, 2][True:], range(5)[False])
