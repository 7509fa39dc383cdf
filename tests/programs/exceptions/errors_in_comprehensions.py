# Exceptions inside comprehensions and generator expressions
try:
    [1 / x for x in (1, 2, 0, 4)]
except ZeroDivisionError as e:
    print("list comp:", e)
try:
    {x: 10 // x for x in range(-2, 3)}
except ZeroDivisionError as e:
    print("dict comp:", e)
try:
    {int(s) for s in ["1", "two"]}
except ValueError as e:
    print("set comp:", e)
gen = (10 / x for x in (5, 0, 2))
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("genexpr:", e)
print(list(gen))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, x) for x in (1, 0, 4)])
try:
    [y for y in undefined_iterable]
except NameError as e:
    print("NameError:", e)
try:
    [undefined_in_body for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    [(a, b) for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print("ValueError:", e)
def gen_with_finally():
    try:
        for i in range(3):
            yield i
    finally:
        print("generator cleaned up")
try:
    [10 // (1 - x) for x in gen_with_finally()]
except ZeroDivisionError as e:
    print("after cleanup:", e)
result = []
try:
    for v in (x * 2 for x in [1, 2, "three"]):
        result.append(v + 1)
except TypeError as e:
    print("partial results kept:", result, "|", e)
print(sum(x for x in range(5) if x % 2), all(x > 0 for x in []), any(1 / x for x in [1]))
try:
    any(1 / x for x in [0])
except ZeroDivisionError as e:
    print("any() propagates:", e)
