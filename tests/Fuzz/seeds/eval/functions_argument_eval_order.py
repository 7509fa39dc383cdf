# Evaluation order of callee, positional args, keyword args and unpacking
log = []
def v(tag, value=None):
    log.append(tag)
    return value if value is not None else tag
def target(*args, **kwargs):
    return args, kwargs
def get_target():
    log.append("callee")
    return target
print(get_target()(v("p1"), v("p2"), k1=v("k1"), k2=v("k2")))
print(log)
log.clear()
print(target(*v("star", [1, 2]), v("after"), **v("dstar", {"z": 0}), last=v("kw")))
print(log)
log.clear()
d = {}
d[v("key")] = v("value")
print(log)
log.clear()
result = v("left", 1) + v("right", 2) * v("mult", 3)
print(result, log)
log.clear()
x = [v("a"), v("b")][v("idx", 1)]
print(x, log)
log.clear()
obj = {v("k1"): v("v1"), v("k2"): v("v2")}
print(obj, log)
log.clear()
try:
    target(v("ok"), v("fails", None) + 1)
except TypeError as e:
    print(type(e).__name__ + ":", e, log)
log.clear()
def method_chain():
    class C:
        def m(self, a):
            log.append(("m", a))
            return self
    return C()
method_chain().m(v("x")).m(v("y"))
print(log)
