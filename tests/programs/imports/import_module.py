# import of a sibling module: module object, attributes, execution once
print("before import")
import _helper
print("after import")
print(_helper.CONSTANT, _helper.greet("world"), _helper.__name__, type(_helper).__name__)
print(_helper.__doc__)
print(sorted(k for k in dir(_helper) if not k.startswith("__")))
import _helper
print("second import did not re-execute the module body")
c1, c2 = _helper.Counter(), _helper.Counter()
print(_helper.Counter.instances, isinstance(c1, _helper.Counter))
_helper.CONSTANT = 100
import _helper as again
print(again.CONSTANT, again is _helper)
print(_helper.record("a"), _helper.record("b"), _helper.counter_state)
print(hasattr(_helper, "not_in_all"), getattr(_helper, "missing", "default"))
try:
    _helper.missing_attribute
except AttributeError as e:
    print(type(e).__name__ + ":", e)
def use_inside_function():
    import _helper as local_alias
    return local_alias.greet("function")
print(use_inside_function())
print("_helper" in globals(), "local_alias" in globals())
print(_helper.__file__.endswith("_helper.py"), _helper.__spec__.name, _helper.__package__ == "")
