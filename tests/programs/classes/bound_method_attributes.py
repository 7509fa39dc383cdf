# A bound method reads the attributes of its function (decorators mark functions this way).
def mark(**attrs):
    def apply(func):
        for k, v in attrs.items():
            setattr(func, k, v)
        return func
    return apply

class Widget:
    @mark(slow=True, tag="io")
    def load(self):
        """Load the widget."""
        return "loaded"

    def plain(self):
        return 1

w = Widget()
print(w.load.slow, w.load.tag, w.load())
print(getattr(w.plain, "slow", "no mark"), hasattr(w.load, "slow"), hasattr(w.plain, "slow"))
print(w.load.__doc__, w.load.__name__, w.load.__qualname__)
print(w.load.__func__ is Widget.load, w.load.__self__ is w)
Widget.plain.added_later = [1, 2]
print(w.plain.added_later)
try:
    w.load.slow = False
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(w.plain, "missing", "absent"))
print(type(w.load).__name__)
