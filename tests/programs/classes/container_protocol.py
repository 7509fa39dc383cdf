# __getitem__/__setitem__/__delitem__ with ints, slices, tuples, and missing keys
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"grid indices must be tuples, not {type(key).__name__}")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
del g[0, 0]
print(g[0, 0])
for bad in [(5, 5), 3]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        print("  getitem", repr(i))
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq("abcde")
print(s[1], s[-1], s[1:4], s[::-2])
print(list(s))
print("c" in s)
print(sorted(Seq([3, 1, 2])))
class ReadOnly:
    def __getitem__(self, k):
        return k * 2
r = ReadOnly()
print(r[5], r["ab"], r[(1, 2)])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
