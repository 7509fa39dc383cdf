# string module: constants, Template, capwords, Formatter
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=5))
print(t.substitute({"name": "Bob", "amount": 7.5}))
print(t.safe_substitute(name="Cy"))
try:
    t.substitute(name="Dee")
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(string.Template("$a$b").substitute(a=1, b=2), string.Template("${x}y").substitute(x="X"))
print(t.template, t.get_identifiers(), t.is_valid())
class Percent(string.Template):
    delimiter = "%"
print(Percent("%who likes %what").substitute(who="tim", what="pie"))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}-{x}", "pos", x="kw"), list(f.parse("a{b}c{d!r:>3}")))
print(all(c in string.printable for c in "Hello, World!\n"), sum(c in string.punctuation for c in "a,b.c!"))
