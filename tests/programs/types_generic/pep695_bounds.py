# Bounds, constraints and defaults of PEP 695 type parameters: evaluated lazily, once.
calls = []


def record(v, name):
    calls.append(name)
    return v


def f[T: record(Later, "bound"), C: (record(int, "c1"), str), D = record(Later, "default")]():
    pass


print(calls)
T, C, D = f.__type_params__


class Later:
    pass


print(T.__bound__, T.__constraints__)
print(C.__constraints__, C.__bound__)
print(D.__default__, D.has_default(), T.has_default())
print(T.__bound__ is T.__bound__, calls)


def missing[X: NotDefinedAnywhere]():
    pass


(X,) = missing.__type_params__
try:
    X.__bound__
except NameError as e:
    print("NameError", e)


def self_ref[S: list["S"]]():
    pass


print(self_ref.__type_params__[0].__bound__)


def tuples[*Ts, **P](*args: *Ts) -> None:
    pass


Ts, P = tuples.__type_params__
print(repr(Ts), repr(P), Ts.__name__, P.__name__, Ts.has_default(), P.has_default())
print(P.args, P.kwargs, P.__bound__, P.__default__, Ts.__default__)


def with_defaults[T = int, *Ts = int, **P = [int, str]]():
    pass


T2, Ts2, P2 = with_defaults.__type_params__
print(T2.__default__, Ts2.__default__, P2.__default__)
print(T2.has_default(), Ts2.has_default(), P2.has_default())


def sees_params[T, U: list[T]]():
    pass


print(sees_params.__type_params__[1].__bound__)

try:
    T.__bound__ = int
except AttributeError:
    print("AttributeError on set")
