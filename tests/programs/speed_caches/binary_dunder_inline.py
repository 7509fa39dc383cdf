# BINARY_OP of instances whose class defines the operator in Python runs the dunder as an inline
# frame (Interpreter.BinaryCalls.cs): results, NotImplemented, reflected operands, in-place forms,
# errors and tracebacks as CPython's binary_op1.
import sys
import traceback


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    def __truediv__(self, k, scale=1):
        return V(self.x / k * scale, self.y / k * scale)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a, b = V(1, 2), V(3.5, -1)
print(a + b, a - b, a * b, a * 2, a * 0.5, a / 4)
s = V(0, 0)
for i in range(2000):
    s = s + V(i, 1) * 2 - V(1, 1)
print(s)
s += V(1, 1)    # no __iadd__: __add__
s *= 3
print(s)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)

show(lambda: a - 3)          # NotImplemented, int's __rsub__ declines: TypeError
show(lambda: a - 3.0)
def isub():
    x = V(1, 1)
    x -= 2
    return x
show(isub)                   # in-place message
show(lambda: a + 1)          # AttributeError inside the dunder
show(lambda: a @ b)          # no dunder at all
show(lambda: a - "s")        # str has no __rsub__

class R:
    def __rsub__(self, o):
        return ("R.__rsub__", o)
show(lambda: a - R())        # another class's reflected dunder after NotImplemented

class W(V):
    __slots__ = ()
    def __rmul__(self, o):
        return ("W.__rmul__ first", o)
show(lambda: a * W(1, 1))    # a subclass's reflected dunder goes first

class Acc:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return Acc(self.n + (o.n if isinstance(o, Acc) else o))
    def __iadd__(self, o):
        self.n += 100
        return self
    def __radd__(self, o):
        return Acc(o + self.n + 1000)
x = Acc(1)
y = x
x += Acc(2)                  # __iadd__ wins
print(x.n, x is y, (Acc(1) + 5).n, (5 + Acc(1)).n, (Acc(1) + Acc(2)).n)

class Deep:
    def __init__(self, d):
        self.d = d
    def __add__(self, o):
        if self.d == 0:
            return 0
        return Deep(self.d - 1) + o
print(Deep(50) + 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    Deep(10000) + 1
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)

class G:
    def __add__(self, o):
        yield o
print(type(G() + 1).__name__)

class Counted:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, o):
        return Counted(self.n + o.n)
t = Counted(1) + Counted(2)
print("sum", t.n)
del t

def handler():
    try:
        return a - None
    except TypeError as e:
        return "caught: %s" % e
print(handler())
print(sum(V(i, i) * V(1, 2) for i in range(10)))
