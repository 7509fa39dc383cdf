# pass, Ellipsis, empty bodies and docstring-only bodies
def empty():
    pass
print(empty())
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
def ell():
    ...
print(ell())
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), str(Ellipsis), bool(...))
class Empty:
    pass
class Dotted:
    ...
print(Empty.__name__, Dotted.__name__)
for _ in range(3):
    pass
print(_)
while False:
    pass
else:
    print("while-else with pass body")
if True:
    pass
elif False:
    ...
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print([...][0], (..., ...))
class Arr:
    def __getitem__(self, k):
        return k
a = Arr()
print(a[...], a[1, ...], a[..., 1:2])
print(a[1:2, ::3])
print(Ellipsis == Ellipsis, ... != None)
try:
    Ellipsis()
except TypeError as e:
    print(type(e).__name__ + ":", e)
