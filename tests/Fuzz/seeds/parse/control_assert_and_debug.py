# Guard-style validation with assert, exceptions vs assertions, and early returns
def validate(age):
    if not isinstance(age, int):
        raise TypeError("age must be int")
    if age < 0:
        raise ValueError("age must be non-negative")
    return "valid"
for v in [5, -1, "x", 0]:
    try:
        print(v, validate(v))
    except (TypeError, ValueError) as e:
        print(v, type(e).__name__, e)
def early(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "negative"
    result = 1
    for i in range(1, n + 1):
        result *= i
        if result > 1000:
            return "overflow at " + str(i)
    return result
for n in (0, -2, 5, 10):
    print(n, early(n))
def checks(xs):
    for i, x in enumerate(xs):
        try:
            assert x >= 0, f"item {i} is negative: {x}"
        except AssertionError as e:
            return str(e)
    return "all non-negative"
print(checks([1, 2, 3]))
print(checks([1, -2, 3]))
def no_return():
    x = 1
print(no_return())
def implicit(flag):
    if flag:
        return
    return 0
print(implicit(True), implicit(False))
