# Errors raised without a .NET throw (division by zero, int()/float() of a bad literal, list.pop,
# str index): type, message, context and traceback line as CPython gives them, raised inside
# try/except, a with block and a generator.

def show(f):
    try: f()
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno, e.__context__)
z = 0; zf = 0.0
show(lambda: 1 / z)
show(lambda: 1 // z)
show(lambda: 1 % z)
show(lambda: 1.5 / z)
show(lambda: 1.5 // z)
show(lambda: 1.5 % z)
show(lambda: 1 / zf)
show(lambda: 1 // zf)
show(lambda: 1 % zf)
show(lambda: 10**400 / zf)
show(lambda: 10**400 // z)
show(lambda: 10**400 % z)
show(lambda: True / z)
show(lambda: int("x"))
show(lambda: int(" 12x"))
show(lambda: float("x"))
show(lambda: float("1e5x"))
print(int(" 12 "), int("123456789012345678901234567890"), float(" 1.5 "), int("1_0"))
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: "abc"[5])
show(lambda: "abc"[-4])
print("abc"[-1], "h\U0001F600i"[1], "h\U0001F600i"[2])
def g():
    try:
        1/0
    except ZeroDivisionError as e:
        yield "gen caught " + str(e)
    try:
        yield int("q")
    except ValueError as e:
        yield str(e)
print(list(g()))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0].__name__, a[1]); return True
with CM():
    x = 1 % z
with CM():
    float("nan?")
try:
    try:
        1 // z
    except ZeroDivisionError:
        int("zz")
except ValueError as e:
    print(repr(e), repr(e.__context__))
x = 5
try:
    x /= z
except ZeroDivisionError as e: print("inplace", e)
def tb():
    a = 1
    b = 0
    return a % b
try: tb()
except ZeroDivisionError:
    import sys
    t = sys.exc_info()[2]
    while t.tb_next: t = t.tb_next
    print("line", t.tb_lineno)
