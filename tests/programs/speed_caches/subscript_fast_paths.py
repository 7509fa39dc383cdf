# t[i] on an exact tuple and l[i] = v on an exact list take a shortcut past the dunder call: the
# answers and errors must equal the dunders', and subclasses keep their overrides.
t = (10, 20, 30)
print(t[0], t[-1], t[2], t[-3])
for bad in (3, -4, 2 ** 40):
    try:
        t[bad]
    except IndexError as e:
        print("tuple", bad, e)
print(t[True], t[1:], t[::-1])

lst = [1, 2, 3]
lst[0] = "a"
lst[-1] = "c"
lst[True] = "b"
print(lst)
for bad in (3, -4):
    try:
        lst[bad] = 0
    except IndexError as e:
        print("list", bad, e)
try:
    lst["x"] = 1
except TypeError as e:
    print(e)
lst[0:2] = [7, 8, 9]
print(lst)


class T(tuple):
    def __getitem__(self, i):
        return "T[%r]" % (i,)


class L(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


print(T((1, 2))[0])
ll = L([1, 2])
ll[0] = 5
print(ll)

# counted storage: replaced list items are released
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


box = [D(1)]
box[0] = D(2)
print("replaced")
box[0] = None
print("cleared")
acc = 0
grid = [[0] * 50 for _ in range(50)]
for i in range(50):
    for j in range(50):
        grid[i][j] = (i, j)[(i + j) % 2]
        acc += grid[i][j]
print("grid", acc)
