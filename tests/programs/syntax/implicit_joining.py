# Implicit and explicit line joining, semicolons
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,
    3,  # trailing comma and comment
]
print(items)
d = {
    'a': 1,
    'b': 2
}
print(d)
def f(a,
      b=2,
      *args,
      c=3):
    return a, b, args, c
print(f(1,
        5, 6,
        c=7))
x = 1 + \
    2 + \
    3
print(x)
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("inline if"); print("second stmt")
for i in range(3): print(i, end=" "); print("|", end="")
print()
while False: pass
s = ("abc"
     "def")
print(s)
cond = (a == 1
        and b == 2
        or c == 0)
print(cond)
print(len([
]))
t = 1,
print(t, type(t).__name__)
def g(): return "one-liner"
print(g())
class K: x = 1; y = 2
print(K.x + K.y)
