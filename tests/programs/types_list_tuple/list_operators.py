# List operators: +, *, +=, *=, in, del, identity vs equality
a = [1, 2]
b = [3]
c = a + b
print(c, a, b, c is not a)
print(a * 3, 3 * a, a * 0, a * -1, [[0]] * 3, [None] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
alias = a
a += [10]
print(a, alias, a is alias)
a = a + [20]
print(a, alias, a is alias)
m = [1]
m_alias = m
m *= 3
print(m, m_alias is m)
print(2 in a, 99 in a, [1] in [[1], 2], "x" not in ["y"])
del a[0]
print(a)
x = [1, 2, 3]
y = [1, 2, 3]
print(x == y, x is y, x is not y)
e = []
e += "abc"
e += range(2)
e += (None,)
e += {"k": 1}
print(e)
try:
    e = e + "abc"
except TypeError as err:
    print(type(err).__name__ + ":", err)
print(len([]), len([[]]), len([[], []]), bool([]), bool([0]))
print(list.__add__([1], [2]), [1].__mul__(2), [1].__contains__(1), [1, 2].__len__(), [1].__eq__([1]))
print([1, 2, 3][-1], [1, 2, 3][1:][0], [[1, 2], [3]][0][-1], sum([[1], [2]], []))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested[-1][-1][-1])
t = [0] * 5
for i in range(5):
    t[i] += i * i
print(t, t.count(0), max(t), min(t))
print([1, 2] + [] == [1, 2], [] * 100, [1] * 1 == [1])
