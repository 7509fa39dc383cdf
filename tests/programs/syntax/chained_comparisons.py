# Chained comparisons and their short-circuit evaluation
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 0 <= 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2))
print(calls)
print(None is None is None, None is None is not None)
a = [1]
b = a
print(a is b is not None, a is not [1])
print("a" < "b" < "c" < "d", "abc" < "abd" <= "abd")
print((1, 2) < (1, 3) < (2,), [1] < [1, 0])
print(1 < 2.5 < 3, 2 == 2.0 == 2 + 0j)
print(not 1 < 2, not (1 < 2 < 0))
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    print(1 < 2 < "a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(1 < 0 < "a")
r = 2 in [1, 2] == True
print(r)
print(2 in [1, 2] is not False)
