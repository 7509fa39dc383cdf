# __contains__ and the fallbacks used by the in operator
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e, "a" in e)
class Truthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Truthy(), type(1 in Truthy()).__name__)
class IterOnly:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(16 in GetItemOnly(), 5 in GetItemOnly())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Raises:
    def __contains__(self, x):
        raise ValueError("cannot check")
try:
    1 in Raises()
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(1 in [1.0], "ab" in "cabd", "" in "x", [] in [[]], None in [0, False])
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, (1, 2) in {(1, 2)})
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5))
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called")
        return True
x = Eq()
print(x in [x], Eq() in [1])
