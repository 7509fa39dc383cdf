# if / elif / else chains, truthiness of conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-3, 0, 5, 50, 500):
    print(n, classify(n))
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, 1j, set(), (None,)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x > 6:
        print("nested >6")
    else:
        print("nested <=6")
if x == 1:
    print("one")
elif x == 7:
    print("seven")
elif x == 7:
    print("never reached")
order = []
def c(v, tag):
    order.append(tag)
    return v
if c(False, "a"):
    pass
elif c(False, "b"):
    pass
elif c(True, "c"):
    pass
elif c(True, "d"):
    pass
print(order)
if not x % 2:
    print("even")
else:
    print("odd")
