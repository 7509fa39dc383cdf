# PEP 562: a module's __getattr__ answers attribute lookups the module's dict does not, and its
# __dir__ answers dir(); neither affects names the module already has or its own globals.
import warnings

import _lazy_attrs as lazy

print(lazy.new_name)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(lazy.old_name)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(lazy.computed, lazy.computed, lazy.calls)
print(getattr(lazy, "nothing", "default"), hasattr(lazy, "nothing"), hasattr(lazy, "computed"))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    lazy.broken
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(lazy, "broken")
except KeyError as e:
    print("hasattr lets KeyError through:", e)
print(dir(lazy))
from _lazy_attrs import old_name, computed
print(old_name, computed)
try:
    from _lazy_attrs import absent
except ImportError as e:
    print("ImportError:", e.name, e.name_from)
print([name for name in lazy.calls if not name.startswith("__")])


def loop():
    total = 0
    for _ in range(300):
        total += lazy.computed  # an attribute cached in the module dict after the first call
    return total


print(loop(), lazy.calls.count("computed"))
