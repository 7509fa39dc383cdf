# Conditional expressions (ternary)
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
for n in (-5, 0, 7):
    print(n, sign(n))
calls = []
def t(x):
    calls.append(x)
    return x
r = t("a") if t(True) else t("b")
print(r, calls)
calls.clear()
r = t("a") if t(0) else t("b")
print(r, calls)
print([x if x % 2 else -x for x in range(6)])
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
val = None
print(val if val is not None else "default")
print("yes" if [] else "no", "yes" if [0] else "no", "yes" if "" else "no")
print((lambda x: "big" if x > 10 else "small")(11))
nested = "a" if 1 else ("b" if 0 else "c")
print(nested)
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print(*(i if i else "zero" for i in range(3)))
z = 0 or "fallback" if True else "never"
print(z)
print({k: ("even" if k % 2 == 0 else "odd") for k in range(4)})
