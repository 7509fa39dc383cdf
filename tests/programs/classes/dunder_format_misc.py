# __format__, __bytes__, __length_hint__, __reversed__, __sizeof__-free misc dunders
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return format(self.cents / 100, spec)
m = Money(12345)
print(format(m), f"{m}", f"{m:short}", f"{m:>10.1f}|", "{:short}".format(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Blob:
    def __bytes__(self):
        return b"\x01\x02"
print(bytes(Blob()), list(bytes(Blob())))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        print("  __reversed__")
        return iter(self.data[::-1] + ["(custom)"])
print(list(reversed(Rev([1, 2, 3]))))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(SeqRev())))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Hinted:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return 5
import operator
print(operator.length_hint(Hinted()), operator.length_hint([1, 2]), operator.length_hint(object(), 7))
print(format(3.14159, ".2f"), format(42, "b"), format("s", "^5"), format(1234567, ","))
