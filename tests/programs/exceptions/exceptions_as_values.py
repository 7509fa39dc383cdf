# Exception objects as ordinary values: storing, comparing, creating without raising
errors = [ValueError("a"), TypeError("b"), KeyError("c")]
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
e1, e2 = ValueError("same"), ValueError("same")
print(e1 == e2, e1 is e2, e1 == e1, e1.args == e2.args)
print(sorted(errors, key=lambda e: type(e).__name__))
def collect(funcs):
    results = []
    for f in funcs:
        try:
            results.append(("ok", f()))
        except Exception as e:
            results.append(("err", e))
    return results
res = collect([lambda: 1, lambda: 1 / 0, lambda: [][0], lambda: "fine"])
for status, val in res:
    print(status, type(val).__name__, val)
exc_class = KeyError
try:
    raise exc_class("dynamic class")
except KeyError as e:
    print(repr(e))
def factory(kind):
    return {"v": ValueError, "t": TypeError}[kind]
try:
    raise factory("t")("from factory")
except TypeError as e:
    print(repr(e))
d = {ValueError: "value handler", KeyError: "key handler"}
for err in (ValueError(), KeyError(), IndexError()):
    handler = next((h for cls, h in d.items() if isinstance(err, cls)), "default handler")
    print(type(err).__name__, "->", handler)
print(hash(ValueError) == hash(ValueError), ValueError in {ValueError})
e = Exception()
print(bool(e), bool(Exception("")), len(e.args))
e.custom_attr = "attached"
print(e.custom_attr, vars(e))
print(isinstance(ValueError, type), type(ValueError()).__name__, ValueError.__name__)
