# Lexicographic comparison of lists and tuples
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, 2] == [1, 2], [1, 2] != [2, 1])
print((1, 2) < (1, 3), (1,) < (1, 0), () == (), (1, 2) <= (1, 2), (3,) > (2, 9, 9))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [[1]] == [[1]], [(1, 2)] < [(1, 3)])
print([1, "a"] < [1, "b"], [1, 2.0] == [1, 2], [float("nan")] == [float("nan")])
nan = float("nan")
L = [nan]
print(L == L, [nan] == [nan], (nan,) == (nan,), L.count(nan), nan in L)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print([1, 2] < [1, "a"] if False else "skip", [2, "a"] > [1, "b"])
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, "b"), (1, "a")]), min([[3], [1, 9]]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {other.v})")
        return self.v == other.v
    def __lt__(self, other):
        print(f"  lt({self.v}, {other.v})")
        return self.v < other.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print([Cmp(1), Cmp(2)] == [Cmp(1), Cmp(2)])
a = Cmp(5)
print([a] == [a])
print([1, 2, 3] > [1, 2], [1, 2, 3][:2] == [1, 2], (1, 2, 3) >= (1, 2, 3))
print(tuple([1, 2]) == (1, 2), [1, [2, [3]]] == [1, [2, [3]]], [1, [2, [3]]] < [1, [2, [4]]])
