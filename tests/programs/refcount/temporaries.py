# Temporaries in expressions are released right after use
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__({self.name})")
    def value(self):
        return len(self.name)
print("method call on temporary ->")
n = R("temp-method").value()
print("result", n)
print("temporary in f-string ->")
print(f"  name is {R('temp-fstring').name}")
print("after f-string")
print("temporaries in a comprehension ->")
lengths = [R(f"comp{i}").value() for i in range(3)]
print("lengths", lengths)
print("temporary passed to a function ->")
def use(obj):
    print("  using", obj.name)
    return "used"
print(use(R("temp-arg")))
print("chained temporaries ->")
class Builder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__(Builder {self.name})")
    def next(self, name):
        return Builder(name)
final = Builder("b1").next("b2").next("b3")
print("kept", final.name)
del final
print("conditional expression temporaries ->")
x = R("cond-true").name if True else R("never").name
print("x =", x)
print("temporary discarded in expression statement ->")
R("discarded")
print("end")
