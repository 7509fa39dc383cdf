# NameError messages (str(e) has no "Did you mean" suggestion) and attributes
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e, "| name =", e.name)
show(lambda: undefined_variable)
value = 1
show(lambda: valeu)
show(lambda: lenn([1]))
show(lambda: Tru)
def f():
    localvar = 1
    return localvr
show(f)
def g():
    return helper()
show(g)
class K:
    attr = 1
    def m(self):
        return attr
show(lambda: K().m())
try:
    exec("print(nope)")
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    eval("a + b", {"a": 1})
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    del not_there
except NameError as e:
    print(type(e).__name__ + ":", e)
e = NameError("custom message")
print(e, repr(e), e.name)
e2 = NameError("msg", name="nm")
print(e2, e2.name)
print(issubclass(NameError, Exception), NameError.__mro__[1].__name__)
try:
    raise NameError
except NameError as err:
    print(repr(err), err.args, err.name)
import sys
try:
    sys.nonexistent_attr
except AttributeError as err:
    print(type(err).__name__ + ":", err, "| name =", err.name)
