# Long loops inside except and finally clauses, at module level and in a function called once: the
# interpreter hands a long-running loop to the compiled body at its loop head, but handler code is
# not in the compiled body, so such a loop stays in the interpreter and each clause runs once.
try:
    raise ValueError("first")
except ValueError as e:
    print("except clause entered:", e)
    total = 0
    for i in range(70000):
        total += i % 7
    k = 0
    while k < 70000:
        k += 1
    print("except loop:", total, k)
finally:
    print("finally clause entered")
    n = 0
    for j in range(70000):
        n += 1
    print("finally loop:", n)


def once():
    try:
        {}["missing"]
    except KeyError as e:
        print("function except clause:", repr(e))
        s = 0
        for i in range(80000):
            s += i & 3
        return s


print("once:", once())
