# re.sub/subn with backreferences, named groups, functions, counts and flags
import re
print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", count=2), re.subn(r"\d", "", "a1b2c3"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, foo bar"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>\w+)", r"\g<dom> at \g<first>", "ann@home bob@work"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"), re.sub(r"x", r"\\n", "axb"), re.sub("a", "\\t", "cat") == "c\tt")
def repl(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", repl, "3 apples and 12 pears"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.sub("hello", "bye", "Hello HELLO", flags=re.IGNORECASE))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M), re.sub(r"\s+", " ", "  too   many\n\tspaces  ").strip())
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.sub(r"a|(b)", lambda m: m.group(1) or "A", "abc"))
def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
print(camel_to_snake("CamelCaseString"), camel_to_snake("getHTTPResponse"))
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"))
template = "Hello {name}, you are {age}"
values = {"name": "Ann", "age": "30"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template + " {missing}"))
print(re.sub(r"(a)(b)?", r"[\1\2]", "a ab"), re.subn(r"o", "0", "foo boo", count=1))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__ + ":", e)
try:
    re.sub(r"a", r"\g<name>", "a")
except (re.error, IndexError) as e:
    print(type(e).__name__ + ":", e)
p = re.compile(r"\s+")
print(p.sub("_", "a b  c"), p.split("a b  c"), p.subn("", " x y "))
print(re.sub(r"\bthe\b", "THE", "the other theme, the end"))
