# configparser: interpolation, parser options, converters and the errors with their messages.
import configparser
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e.args, sep=" | ")
        print("   ", str(e).replace("\n", "\\n"))


basic = configparser.ConfigParser()
basic.read_string("""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
percent: 100%%
loop1: %(loop2)s
loop2: %(loop1)s
missing: %(nowhere)s
bad: 5%x
unclosed: %(home_dir
""")
for key in ["my_pictures", "percent", "loop1", "missing", "bad", "unclosed"]:
    attempt(key, lambda: basic.get("Paths", key))
print(basic.get("Paths", "my_pictures", raw=True))
print(basic.get("Paths", "my_dir", vars={"home_dir": "/home"}))
attempt("set bad", lambda: basic.set("Paths", "x", "50%"))
attempt("set ok", lambda: basic.set("Paths", "x", "50%%"))
attempt("set int", lambda: basic.set("Paths", "x", 5))
attempt("items", lambda: basic.items("Paths", raw=True)[:2])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$80
bad_section: ${Nowhere:x}
bad_ref: ${
two_colons: ${a:b:c}
lone: $x
""")
for key in ["my_pictures", "python_dir", "cost", "bad_section", "bad_ref", "two_colons", "lone"]:
    attempt(key, lambda: ext.get("Arthur", key))

raw = configparser.RawConfigParser()
raw.add_section("s")
raw.set("s", "number", 42)
raw.set("s", "pct", "100%")
print(raw.get("s", "number"), raw.get("s", "pct"))

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("""
[mysqld]
user = mysql
skip-external-locking
old_passwords = 1
skip-bdb
""")
print(nv.items("mysqld"), nv.get("mysqld", "skip-bdb"))
out = io.StringIO()
nv.write(out)
print(out.getvalue())
attempt("continued no value", lambda: configparser.ConfigParser(allow_no_value=True).read_string("[s]\nkey\n  more\n"))

custom = configparser.ConfigParser(delimiters=("->",), comment_prefixes=("//",),
                                   inline_comment_prefixes=(";",), empty_lines_in_values=False,
                                   default_section="common", strict=False)
custom.read_string("""
[common]
shared -> yes
[a]
x -> 1 ; inline comment
y -> has;semicolon
// full comment
z -> first

  not a continuation -> 2
[a]
x -> again
""")
print(custom.items("a"), custom.sections(), custom.default_section)

conv = configparser.ConfigParser(converters={"list": lambda v: [p.strip() for p in v.split(",")]})
conv.read_string("[s]\nnames = a, b ,c\n")
print(conv.getlist("s", "names"), conv["s"].getlist("names"), sorted(conv.converters))
conv.converters["upper"] = str.upper
print(conv.getupper("s", "names"), conv["s"].getupper("names"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["s"], "getupper"))

cased = configparser.ConfigParser()
cased.optionxform = str
cased.read_string("[s]\nMixedCase = 1\n")
print(list(cased["s"]))

p = configparser.ConfigParser()
for label, src in [
    ("no header", "a = 1\n"),
    ("dup section", "[s]\n[s]\n"),
    ("dup option", "[s]\na = 1\nA = 2\n"),
    ("parse errors", "[s]\n  indented\nno delimiter\n"),
]:
    attempt(label, lambda: configparser.ConfigParser().read_string(src))
attempt("NoSection", lambda: p.get("x", "y"))
attempt("NoOption", lambda: (p.add_section("x"), p.get("x", "y")))
attempt("add DEFAULT", lambda: p.add_section("DEFAULT"))
attempt("add dup", lambda: p.add_section("x"))
attempt("add int", lambda: p.add_section(1))
attempt("del DEFAULT", lambda: p.__delitem__("DEFAULT"))
attempt("getitem", lambda: p["zz"])
attempt("set no section", lambda: p.set("zz", "a", "b"))
attempt("remove no section", lambda: p.remove_option("zz", "a"))
attempt("dict dup", lambda: configparser.ConfigParser().read_dict({"s": {"a": 1, "A": 2}}))
e = configparser.ParsingError("src")
e.append(3, "line three\n")
print(e.errors, str(e).replace("\n", "|"))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.NoSectionError, configparser.Error))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

unnamed = configparser.ConfigParser(allow_unnamed_section=True)
unnamed.read_string("top = 1\n[named]\nx = 2\n")
print(unnamed.sections(), unnamed.get(configparser.UNNAMED_SECTION, "top"))
out = io.StringIO()
unnamed.write(out)
print(repr(out.getvalue()))

d = configparser.ConfigParser(defaults={"base": "/b", "pct": "%(base)s/x"})
d.read_string("[s]\nv = %(pct)s\n")
print(d.get("s", "v"), d.defaults())
