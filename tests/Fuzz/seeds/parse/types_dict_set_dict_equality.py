# dict equality ignores order; nested structures; numeric equivalence
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {1: "x"} == {1.0: "x"}, {"a": 1} != {"a": 2})
print({} == {}, {} == [], {} == set(), {"a": [1, {"b": (2,)}]} == {"a": [1, {"b": (2,)}]})
print({"a": float("nan")} == {"a": float("nan")})
nan = float("nan")
print({"a": nan} == {"a": nan}, [nan] == [nan])
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__ + ":", e)
from collections import OrderedDict, defaultdict, Counter
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(defaultdict(int, a=1) == {"a": 1}, Counter("ab") == {"a": 1, "b": 1}, Counter(a=0) == Counter())
print({"k": {1, 2}} == {"k": {2, 1}}, {"k": [1, 2]} == {"k": [2, 1]}, {(1, 2): 0} == {(1, 2): 0.0})
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = None
print({"a": AlwaysEq()} == {"a": 12345}, {"a": 1} == {"a": 1, "b": 2}, {"a": 1, "b": 2} == {"a": 1})
print(dict(a=1).keys() == {"a"}, dict(a=1).values() == [1], list(dict(a=1).values()) == [1])
d = {"self": None}
d["self"] = d
print(d == d)
e = {"x": 1}
print(e.__eq__({"x": 1}), e.__eq__([1]), e.__ne__({"x": 2}))
print(sorted([{"n": 2}, {"n": 1}], key=lambda m: m["n"]), max([{"v": 3}, {"v": 9}], key=lambda m: m["v"]))
