# Binding rules: names are bound only when the whole pattern matched, before the guard runs;
# the subject is evaluated once; or-patterns bind the same names in any order.
calls = []


def subject():
    calls.append("subject")
    return [1, 2, 3]


match subject():
    case [1]:
        print("no")
    case [a, b]:
        print("no")
    case [a, b, c] if False:
        print("no")
    case [x, *y]:
        print("matched", x, y)
print("subject evaluated", len(calls), "time(s)")
print("a, b, c bound by the failed guard:", a, b, c)

# a pattern that fails half way binds nothing
try:
    del p
except NameError:
    pass
match (1, 2):
    case (p, 3):
        print("no")
    case _:
        print("p bound?", "p" in globals())


def guard(v):
    print("  guard sees", v)
    return v > 1


for item in [(1, "a"), (2, "b")]:
    match item:
        case (n, label) if guard(n):
            print("passed", n, label)
        case (n, label):
            print("guard failed, still bound:", n, label)

# or-patterns: the same names, bound from whichever alternative matched
for v in [(1, "x"), ["y", 2], {"k": 3, "name": "z"}]:
    match v:
        case (int(num), str(name)) | [str(name), int(num)] | {"k": num, "name": name}:
            print("num", num, "name", name)

# as-patterns capture the whole and the parts
match [1, [2, 3]]:
    case [first, [*inner] as sub] as whole:
        print(first, inner, sub, whole, sub is whole[1])

# captures in a function are locals, in a class body class attributes
def local_capture():
    match {"v": 10}:
        case {"v": v}:
            pass
    return v, "v" in locals()


print(local_capture())


class Holder:
    match "attr":
        case str(captured):
            pass


print(Holder.captured)

# nested functions see captured names through closures
def outer():
    match (5, 6):
        case (m, n):
            pass
    return lambda: m * n


print(outer()())
