"""Helper module used by the imports tests (not a test program itself)."""
print("  [_helper] module body executing, __name__ =", __name__)
CONSTANT = 42
_private = "underscore names are skipped by star-import"
__all__ = ["CONSTANT", "greet", "Counter", "exported_only_via_all"]
exported_only_via_all = "listed in __all__"
not_in_all = "not exported by *"
def greet(name):
    return f"hello, {name} (from {__name__})"
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
counter_state = []
def record(x):
    counter_state.append(x)
    return len(counter_state)
if __name__ == "__main__":
    print("  [_helper] run as a script")
