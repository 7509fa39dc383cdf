# Negative indices and bounds for lists and tuples
L = ["a", "b", "c", "d", "e"]
print(L[-1], L[-5], L[len(L) - 1], L[-len(L)])
for i in range(-5, 5):
    print(i, L[i], L[i:], L[:i])
for bad in (5, -6, 10 ** 20, -(10 ** 20)):
    try:
        L[bad]
    except IndexError as e:
        print(bad, type(e).__name__ + ":", e)
L[-1] = "E"
L[-5] = "A"
print(L)
del L[-2]
print(L)
L.insert(-1, "ins")
print(L, L.pop(-1), L.pop(-2), L)
t = (10, 20, 30)
print(t[-1], t[-3], t[-2:], t[:-2], t[-100:100])
try:
    t[-4]
except IndexError as e:
    print(type(e).__name__ + ":", e)
print("abc"[-1], range(10)[-1], range(10)[-10], b"xyz"[-1])
class Seq:
    def __getitem__(self, i):
        return i
print(Seq()[-1], Seq()[-100])
