# Locals are released when a function returns; returned objects survive
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__({self.name})")
def scratch():
    tmp1 = R("tmp1")
    tmp2 = R("tmp2")
    keep = R("returned")
    print("  returning from scratch")
    return keep
print("calling scratch ->")
result = scratch()
print("back in caller, result =", result.name)
def discard():
    return R("discarded return value")
print("calling discard() as statement ->")
discard()
print("after discard()")
def nested():
    outer_obj = R("outer")
    def inner():
        inner_obj = R("inner")
        return "inner done"
    print(" ", inner())
    print("  inner returned; outer still alive")
    return "nested done"
print(nested())
def raises():
    obj = R("in raising frame")
    raise ValueError("boom")
try:
    raises()
except ValueError as e:
    print("caught", e)
print("after except block")
def closure_keeps():
    captured = R("captured by closure")
    return lambda: captured.name
fn = closure_keeps()
print("closure alive:", fn())
del fn
print("after deleting closure")
del result
print("end")
