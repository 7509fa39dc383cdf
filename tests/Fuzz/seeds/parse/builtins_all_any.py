# all() and any(): truthiness, empty iterables, short-circuiting
print(all([]), any([]), all(()), any(""))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any([[]]), any([[0]]), all([[], 1]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
consumed = []
def gen():
    for v in [1, 0, 2, 3]:
        consumed.append(v)
        yield v
print(all(gen()), consumed)
consumed.clear()
print(any(gen()), consumed)
it = iter([0, 0, 5, 6, 7])
print(any(it), list(it))
it = iter([1, 1, 0, 9])
print(all(it), list(it))
print(type(all([1])).__name__, type(any([])).__name__)
print(any({0: "a"}), any({1: 0}), all({}), all({0}))
class Falsy:
    def __bool__(self):
        return False
print(any([Falsy()]), all([Falsy()]), all([1, Falsy()]))
for bad in (5, None):
    try:
        all(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    any()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Bad:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    any([0, Bad()])
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(any([1, Bad()]), all([0, Bad()]))
print(all(range(1, 10)), all(range(0, 10)), any(range(0)))
print(all(c.isalpha() for c in "hello"), any(c.isdigit() for c in "h3llo"))
