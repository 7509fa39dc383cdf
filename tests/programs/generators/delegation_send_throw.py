# yield from forwards send(), throw() and close() to the sub-generator
def sub():
    try:
        while True:
            try:
                x = yield "sub waiting"
                print("  sub received", x)
            except ValueError as e:
                print("  sub handled", repr(e))
                yield "sub recovered"
    finally:
        print("  sub finally")
def outer():
    try:
        result = yield from sub()
        print("  never reached", result)
    except KeyError as e:
        print("  outer handled", repr(e))
        yield "outer recovered"
    finally:
        print("  outer finally")
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("---")
def sub2():
    x = yield 1
    return x * 2
def outer2():
    r = yield from sub2()
    yield f"sub returned {r}"
o = outer2()
print(next(o), o.send(21))
def sub3():
    try:
        yield 1
    except GeneratorExit:
        print("  sub3 got GeneratorExit")
        raise
def outer3():
    try:
        yield from sub3()
    except GeneratorExit:
        print("  outer3 got GeneratorExit")
        raise
o3 = outer3()
next(o3)
o3.close()
class IterOnly:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def outer4():
    yield from IterOnly()
o4 = outer4()
print(next(o4))
try:
    o4.send("x")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
o5 = outer4()
next(o5)
try:
    o5.throw(ValueError("into plain iterator"))
except ValueError as e:
    print("throw propagates:", e)
