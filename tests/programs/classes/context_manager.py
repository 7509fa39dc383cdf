# __enter__/__exit__: ordering, return values, exception info passed to __exit__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with CM("a") as v:
    print("body got", v)
with CM("outer") as o, CM("inner") as i:
    print("nested body", o, i)
try:
    with CM("err"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated:", e)
with CM("no-as"):
    pass
with (CM("p1") as a,
      CM("p2") as b):
    print("parenthesized", a, b)
def early_return():
    with CM("ret"):
        return "returned value"
print(early_return())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print("caught:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError from __exit__, context:", repr(e.__context__))
