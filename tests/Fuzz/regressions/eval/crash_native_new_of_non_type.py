# Found by the pickle fuzz target (NEWOBJ on a function): T.__new__(x) for the builtin types whose
# __new__ forwards to the native constructor cast x to a type without checking (InvalidCastException,
# IndexOutOfRangeException without arguments). CPython raises TypeError.
import types
f = lambda: 0
def outer():
    x = 1
    return (lambda: x).__closure__[0]
kinds = [types.FunctionType, types.MethodType, types.ModuleType, type(outer()), type({}.keys()),
         type({}.values()), type({}.items())]
for T in kinds:
    for bad in ((), (f,), (1,), (int,), (len,)):
        try:
            T.__new__(*bad)
        except TypeError as e:
            print(T.__name__, 'TypeError')
