# Unicode identifiers, NFKC normalization, soft keywords as names
café = "coffee"
print(café)
π = 3.14159
print(round(π * 2, 3))
Δx = 5
print(Δx * 2)
def grüße(name):
    return "Hallo " + name
print(grüße("Welt"))
class Über:
    ñ = 1
print(Über.ñ, Über.__name__)
ﬁ = "ligature"
print(fi)
match = 1
case = 2
_ = 3
type = "shadowed"
print(match, case, _, type)
del type
print(type(1).__name__)
_private = 1
__dunder_like = 2
print(_private + __dunder_like)
print("x1".isidentifier(), "1x".isidentifier(), "é".isidentifier(), "a-b".isidentifier(), "".isidentifier())
print("ℌ".isidentifier(), "ﬁ".isidentifier(), "_1".isidentifier(), "a b".isidentifier())
for src in ["if = 1", "class = 2", "None = 3", "True = 4"]:
    try:
        compile(src, "<k>", "exec")
        print(repr(src), "ok")
    except SyntaxError:
        print(repr(src), "SyntaxError")
ns = {}
exec("ℌ = 1", ns)
print(sorted(k for k in ns if k != "__builtins__"))
