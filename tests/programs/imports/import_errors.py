# ImportError and ModuleNotFoundError messages and attributes
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name, "| path:", e.path)
try:
    import no_such_pkg.sub.mod
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0], "| name:", e.name)
try:
    from no_such_module_anywhere import thing
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
try:
    from _helper import nothing_here
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0], "| name:", e.name)
try:
    from math import not_a_math_function
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
try:
    import _pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
try:
    from _pkg import missing_name
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    __import__("also_missing")
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
m = __import__("_helper")
print(m.CONSTANT, __import__("_pkg._sub").__name__, __import__("_pkg._sub", fromlist=["x"]).__name__)
try:
    exec("import")
except SyntaxError:
    print("SyntaxError: bare import")
try:
    exec("from _helper import *", {})
    print("star import inside exec works")
    def f():
        exec("from _helper import *")
    f()
    print("star import in exec inside function works")
except SyntaxError:
    print("SyntaxError")
e = ImportError("custom", name="mod", path="/some/path")
print(e, e.name, e.path, e.msg)
