# Exception objects are released when their handler ends (the "as" name is deleted)
class TrackedError(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __del__(self):
        print(f"  __del__({self.name})")
try:
    raise TrackedError("e1")
except TrackedError as e:
    print("in handler:", e)
print("after handler 1")
try:
    raise TrackedError("e2")
except TrackedError:
    print("handler without as-name")
print("after handler 2")
saved = None
try:
    raise TrackedError("e3")
except TrackedError as e:
    saved = e
print("after handler 3 (saved keeps it alive)")
saved = None
print("after saved = None")
def thrower():
    raise TrackedError("e4")
def catcher():
    try:
        thrower()
    except TrackedError as err:
        print("catcher got", err)
    print("catcher continues")
catcher()
print("after catcher")
try:
    try:
        raise TrackedError("inner")
    except TrackedError:
        raise TrackedError("outer")
except TrackedError as e:
    print("outer handler, context:", e.__context__)
print("after chained handlers")
errors = []
for i in range(2):
    try:
        raise TrackedError(f"loop{i}")
    except TrackedError as e:
        errors.append(e)
print("collected", [e.name for e in errors])
errors.clear()
print("end")
