# Shadowing builtins locally, globally, and restoring them
import builtins
def local_shadow():
    list = "not a list"
    return list
print(local_shadow(), list("ab"))
sum = lambda xs: "global shadow"
print(sum([1, 2]))
def uses_sum():
    return sum([1, 2])
print(uses_sum())
del sum
print(sum([1, 2]), uses_sum())
def param_shadow(str):
    return str * 2
print(param_shadow(3), str(3))
class Shadow:
    int = "class attr named int"
    def m(self):
        return int("5")
print(Shadow.int, Shadow().m())
original_len = builtins.len
builtins.len = lambda x: 42
print(len([1, 2, 3]))
builtins.len = original_len
print(len([1, 2, 3]))
builtins.my_builtin = "injected"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__ + ":", e)
ns = {"__builtins__": {"len": lambda x: -1}}
exec("r = len('abc')", ns)
print(ns["r"])
ns2 = {"__builtins__": {}}
try:
    exec("r = len('abc')", ns2)
except NameError as e:
    print(type(e).__name__ + ":", e)
True_ = True
print(True_, None is None)
for print_ in [print]:
    print_("loop var named print_")
def shadow_in_comp():
    return [max for max in range(3)], max(1, 2)
print(shadow_in_comp())
