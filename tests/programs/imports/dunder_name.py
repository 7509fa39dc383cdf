# __name__ in the main program vs imported modules; the if __name__ == "__main__" idiom
print(__name__)
if __name__ == "__main__":
    print("running as main program")
import _helper
print(_helper.__name__, _helper.greet("x"))
def main():
    return "main() called"
if __name__ == "__main__":
    print(main())
import sys
print(sys.modules["__main__"].__name__, sys.modules["__main__"].main is main)
print(__file__.endswith("dunder_name.py"), __doc__, __spec__ is None or __spec__.name)
print(type(__builtins__).__name__ in ("module", "dict"), __builtins__ is sys.modules["builtins"] or isinstance(__builtins__, dict))
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__file__", "__builtins__")))
print(main.__module__, _helper.greet.__module__, _helper.Counter.__module__, int.__module__)
class Local:
    pass
print(Local.__module__, repr(Local)[:25])
