# LEGB name resolution: Local, Enclosing, Global, Builtin
x = "global"
def local_wins():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
def global_fallback():
    return x
def builtin_fallback():
    return len("four")
print(local_wins(), enclosing(), global_fallback(), builtin_fallback())
len = lambda s: "shadowed len"
print(builtin_fallback())
del len
print(builtin_fallback())
import builtins
print(builtins.len("ab"), type(builtins).__name__)
def skip_levels():
    y = "enc"
    def mid():
        def inner():
            return y, x
        return inner()
    return mid()
print(skip_levels())
def param_is_local(x):
    return x
print(param_is_local("param"))
def late_global():
    return later_defined
later_defined = "defined after function"
print(late_global())
def inner_sees_update():
    v = 1
    def get():
        return v
    v = 2
    return get()
print(inner_sees_update())
class C:
    x = "class attr"
    def m(self):
        return x
print(C().m())
def builtins_override():
    print = lambda *a: "local print"
    return print("ignored")
print(builtins_override())
import math
def module_attr():
    return math.pi > 3
print(module_attr())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
