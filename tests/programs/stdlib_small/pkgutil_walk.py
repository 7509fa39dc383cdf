# pkgutil: iter_modules/walk_packages over a small tree, get_data, resolve_name, extend_path.
import os, sys, pkgutil

here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, "_pkgutil_tree")
sys.path.insert(0, tree)
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([tree])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([tree], prefix="top.")])
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([tree])])
import alpha
print([(m.name, m.ispkg) for m in pkgutil.iter_modules(alpha.__path__, "alpha.")])
print(pkgutil.get_data("alpha", "data.txt"))
print(pkgutil.get_data("alpha.beta", "../data.txt"))
print(pkgutil.resolve_name("alpha.beta:f")(), pkgutil.resolve_name("alpha.mod.X"), pkgutil.resolve_name("alpha:VALUE"))
print(pkgutil.resolve_name("os.path").__name__, pkgutil.resolve_name("os.path:join")("a", "b"))
for bad in ("", "1abc", "a:b:c"):
    try:
        pkgutil.resolve_name(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    pkgutil.resolve_name("alpha.nothing:x")
except ImportError as e:
    print("ImportError")
print(pkgutil.extend_path(["x"], "alpha") == ["x", os.path.join(tree, "alpha")])
try:
    list(pkgutil.iter_modules("notalist"))
except ValueError as e:
    print("ValueError", e)
errors = []
print(len(list(pkgutil.walk_packages([tree], onerror=errors.append))), errors)
print(pkgutil.ModuleInfo._fields)
