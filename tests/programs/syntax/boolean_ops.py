# and/or/not return values and short-circuit behavior
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [] or "last")
print([] and 1, [0] and "x", not [], not [0], not None)
print(0 or None, None and 0, "a" and "b" and "c", "a" and "" and "c")
log = []
def t(v):
    log.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(5)
t(0) or t("") or t("hit") or t("never")
print(log)
print(True + True, True * 10, False - 1, sum([True, True, False]))
print(type(True and 1).__name__, type(1 and True).__name__)
class Falsy:
    def __bool__(self):
        log.append("bool called")
        return False
log.clear()
f = Falsy()
r = f or "alt"
print(r, log)
log.clear()
print(not f, log)
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), Sized() or "empty")
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(bool(0.0), bool(-0.0), bool(0j), bool(float("nan")), bool(" "), bool(()), bool(range(0)))
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
