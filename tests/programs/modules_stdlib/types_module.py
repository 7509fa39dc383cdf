# types: SimpleNamespace, FunctionType, MethodType, MappingProxyType, type checks
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
del ns.a
print(ns, ns.b, vars(ns), ns == types.SimpleNamespace(b="two", c=[3]))
print(repr(types.SimpleNamespace()), types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))
def f(x):
    return x + 1
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
code = f.__code__
g = types.FunctionType(code, {"__builtins__": __builtins__}, "g")
print(g(10), g.__name__, type(code).__name__, isinstance(code, types.CodeType))
class C:
    def m(self):
        return "m"
c = C()
print(isinstance(c.m, types.MethodType), isinstance(C.m, types.FunctionType), type(c.m) is types.MethodType)
bound = types.MethodType(lambda self: f"bound to {type(self).__name__}", c)
print(bound())
mp = types.MappingProxyType({"k": 1})
print(mp["k"], list(mp), "k" in mp, len(mp), type(mp).__name__)
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), types.NoneType is type(None), types.EllipsisType is type(...))
print(types.ModuleType("mymod").__name__, isinstance(types, types.ModuleType))
m = types.ModuleType("dyn", "doc here")
m.value = 42
print(m.__name__, m.__doc__, m.value, sorted(k for k in vars(m) if not k.startswith("__")))
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"attr": 5}))
print(Dyn.__name__, Dyn.attr)
print(type(int.__add__).__name__, isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType))
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)), type(int | str) is types.UnionType)
