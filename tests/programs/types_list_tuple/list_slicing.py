# List slicing: reads, assignment with steps, deletion
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[::3], L[::-1], L[-3:], L[8:2:-2], L[100:], L[-100:2])
L[2:5] = ["a", "b"]
print(L)
L[1:1] = ["ins1", "ins2"]
print(L)
L[:] = range(8)
print(L)
L[::2] = ["e0", "e2", "e4", "e6"]
print(L)
L[::-3] = [None] * len(L[::-3])
print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
L = list(range(10))
L[3:7] = []
print(L)
L[-1:] = ["x", "y", "z"]
print(L)
L[len(L):] = [100]
print(L)
L[0:0] = "ab"
print(L)
del L[::2]
print(L)
del L[1:3]
print(L)
del L[:]
print(L)
L = [0, 1, 2, 3, 4, 5]
L[1:5:2] = "XY"
print(L)
L[5:1:-2] = ("p", "q")
print(L)
L = [1, 2, 3]
L[1:2] = L
print(L)
M = [[0] * 3 for _ in range(3)]
M[1][1:] = [5, 6]
print(M, [row[::-1] for row in M])
copy = L[:]
copy[0] = "changed"
print(L[0], copy[0])
L = list(range(5))
L[2:3] = iter(["it1", "it2"])
print(L)
try:
    L[1:2] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
