# __bool__ and __len__ and truthiness
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(5)))
print(bool(Both()), len(Both()))
if L(0):
    print("not printed")
else:
    print("empty L is falsy")
print(not B(False))
print(B(False) or "fallback")
class NoneOfThem:
    pass
print(bool(NoneOfThem()))
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__ + ":", e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__ + ":", e)
class BadBool:
    def __bool__(self):
        return "yes"
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BoolIndexLen:
    def __len__(self):
        return True
print(len(BoolIndexLen()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(bool(L(0)) is False, type(bool(L(2))).__name__)
