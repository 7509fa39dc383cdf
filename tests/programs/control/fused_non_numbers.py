# Fused local-operand instructions (LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; BINARY_OP / COMPARE_OP
# and a branch) on values that are not numbers: the same results, errors and lines as the
# instructions run one by one.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __lt__(self, other):
        print("lt", self.x, other.x if isinstance(other, V) else other)
        return self.x < (other.x if isinstance(other, V) else other)

    def __repr__(self):
        return "V(%r)" % (self.x,)


def ops(a, b):
    c = a + b
    d = a * 2
    e = c + a
    if a < b:
        print("a < b")
    if a == b:
        print("a == b")
    if e != c:
        print("e != c")
    return c, d, e


def mixed(a, b):
    try:
        c = a + b
    except TypeError as err:
        print("TypeError at line", err.__traceback__.tb_lineno, err)
        c = None
    try:
        if a < b:
            print("never")
    except TypeError as err:
        print("TypeError at line", err.__traceback__.tb_lineno, err)
    return c


def user(a, b):
    s = a + b
    t = s + 1
    if a < b:
        print("user lt")
    if b < a:
        print("never")
    return s, t


print(ops("ab", "cd"))
print(ops([1], [2]))
print(ops((1,), (1,)))
print(ops(2, 3))
print(ops(2.5, 0.5))
print(mixed(1, "x"))
print(mixed("x", 1))
print(user(V(1), V(2)))
for i in range(3):
    print(ops(str(i), "1"))
