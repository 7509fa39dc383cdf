# sys: deterministic attributes and functions
import sys
print(type(sys.argv).__name__, type(sys.argv[0]).__name__, len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 13))
print(type(sys.version).__name__, sys.byteorder in ("little", "big"), sys.platform != "", type(sys.path).__name__)
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
a = sys.intern("interned string " + "x")
b = sys.intern("interned string x")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), type(tb).__name__, sys.exception() is ev)
print(type(sys.getrefcount(object())).__name__, sys.getrefcount(None) > 1)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(sys.getsizeof(0) > 0, type(sys.getsizeof([])).__name__)
print(sys.stdout.write("written via sys.stdout.write\n"))
print("to stderr is not captured", file=sys.stderr) if False else print("skip stderr")
print(sys.modules["sys"] is sys, "builtins" in sys.modules, __name__ in sys.modules, type(sys.modules).__name__)
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False), sys.getdefaultencoding())
print(callable(sys.exit), type(sys.implementation.name).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
