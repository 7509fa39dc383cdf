# `from package import submodule` where the submodule itself imports a missing module: the error
# names the missing dependency, not the submodule.
try:
    from _pkg import _broken_dep
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)
except ImportError as e:
    print("wrong error:", type(e).__name__, e)
try:
    from _pkg import _not_a_submodule
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0], "| name:", e.name)
from _pkg import _sub
print(_sub.__name__)
