# Inlined comprehensions in methods (zero-argument super() sees the method's frame) and nested functions.
class A:
    def f(self, k): return k * 10
class B(A):
    def f(self, k):
        return [super().f(x) for x in range(k)]
    def g(self):
        return {self: x for x in [1]}[self]
print(B().f(3), B().g())
def outer():
    z = 1
    def inner():
        return [z + x for x in range(2)]
    return inner()
print(outer())
def deep():
    a = 5
    return [[a + b + c for c in range(2)] for b in range(2)]
print(deep())
