# threading.local errors: constructor arguments without __init__, missing attributes, __dict__.
import threading

try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(x=1)
except TypeError as e:
    print("TypeError:", e)

loc = threading.local()
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(loc, "missing", "default"))
loc.a = 1
del loc.a
try:
    del loc.a
except AttributeError:
    print("AttributeError on second del")
print(loc.__dict__)
loc.__dict__["b"] = 2
print(loc.b)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
