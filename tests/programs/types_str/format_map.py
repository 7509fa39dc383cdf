# str.format_map, vformat-style usage with custom mappings
data = {"name": "Ann", "age": 30}
print("{name} is {age}".format_map(data))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} has {pets} pets and {age} years".format_map(Default(data)))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("{a}-{bc}-{xyz}".format_map(Upper()))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "{0}".format_map({})
except (KeyError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print("{x[0]} {x[1]:>4}".format_map({"x": ["first", "2"]}))
print("{obj.real} {obj.imag}".format_map({"obj": 3 + 4j}))
import string
fmt = string.Formatter()
print(fmt.format("{0} and {name}", "pos", name="kw"))
print(list(fmt.parse("Hello {name!r:>10} and {0} {{literal}}")))
print(fmt.vformat("{a}{b}", (), {"a": 1, "b": 2}))
class Tracking(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.accessed = []
    def __getitem__(self, key):
        self.accessed.append(key)
        return super().__getitem__(key)
t = Tracking(p=1, q=2)
print("{q}{p}{q}".format_map(t), t.accessed)
templates = ["{greeting}, {name}!", "{name}: {greeting}"]
for tpl in templates:
    print(tpl.format_map({"greeting": "Hi", "name": "Bo"}))
print("{:>5}".format_map({}) if False else "positional fields need format()")
