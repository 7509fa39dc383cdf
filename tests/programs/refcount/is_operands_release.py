# `is` / `is not` release their operands like every other consumer: a call's result tested
# against None dies at once. A chained `a is f() is c` keeps the middle operand for its second
# test, and a try/except* that re-raises what its clauses left tests that result without a copy.
import sys


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(name):
    return N(name)


x = N("x")
start = sys.getrefcount(x)
print(make("a") is None)
print("after is None")
print(make("b") is not x)
print("after is not")
print(x is make("c"))
print("after x is")
print(x is x is x, sys.getrefcount(x) - start)
print(x is make("d") is x)
print("after chain")
print(None is make("e") is None)
print("after chain2")
y = make("f")
print(y is make("g") is y, "chain3")
print(y is y is make("h"))
print("after chain4")
print(make("i") is make("j"))
print("after two calls")
print(sum(1 for _ in range(3) if make("k") is not None))
print("end of is", sys.getrefcount(x) - start)


class E(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __del__(self):
        print("del exception", self.name)


def partly_handled():
    try:
        raise ExceptionGroup("eg", [E("value"), E("other"), ValueError(1)])
    except* ValueError:
        print("handled ValueError")


def fully_handled():
    try:
        raise ExceptionGroup("eg", [E("only")])
    except* E:
        print("handled E")
    return "returned"


try:
    partly_handled()
except* E as eg:
    print("outer caught", sorted(e.name for e in eg.exceptions))
    del eg
print("after partly handled")
print(fully_handled())
print("end")
