# Slice assignment and deletion, including extended slices
L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[1:1] = [100, 101, 102]
print(L)
L[:] = L[::-1]
print(L)
L[::2] = "xxxxxx"
print(L)
L = list(range(6))
L[::-2] = [0, 0, 0]
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    L[1:3] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
L = list(range(10))
del L[::3]
print(L)
del L[1:3]
print(L)
del L[-2:]
print(L)
del L[:]
print(L)
L = [1, 2, 3]
L[5:10] = [9]
print(L)
L[-100:1] = ["start"]
print(L)
L[1:2] = []
print(L)
L[len(L):] = (7, 8)
print(L)
b = bytearray(b"hello world")
b[0:5] = b"HOWDY"
b[6:] = b"there!"
print(b)
del b[::2]
print(b)
L = [0] * 5
L[1:4:2] = iter(["p", "q"])
print(L)
