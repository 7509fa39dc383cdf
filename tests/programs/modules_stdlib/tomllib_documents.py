# tomllib: TOML 1.0.0 documents, the rules about defining tables, every value type, and the errors.
import tomllib
docs = {
"implicit_reopen": "[a.b.c]\n[a]\nb.d = 1\n",
"dotted_then_header": "[fruit]\napple.color = 'red'\n[fruit.apple]\n",
"dotted_then_subheader": "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
"super_after": "[x.y.z.w]\n[x]\n",
"twice": "[a]\n[a]\n",
"header_then_dotted": "[a.b]\nc = 1\n[a]\nb.d = 2\n",
"inline_extend": "a = {b = 1}\n[a.c]\n",
"inline_dotted": "a = {b = 1}\na.c = 2\n",
"aot": "[[p]]\nname='x'\n[p.sub]\nv=1\n[[p]]\nname='y'\n[p.sub]\nv=2\n",
"aot_static": "a = [1]\n[[a]]\n",
"table_then_aot": "[a]\n[[a]]\n",
"aot_then_table": "[[a]]\n[a]\n",
"floats": "a = 1e3\nb = -0.5\nc = inf\nd = -nan\ne = 1_000.5\nf = +1.5E-2\n",
"ints": "a = 0x_1\n",
"ints2": "a = 0xDEAD_beef\nb = 0o755\nc = 0b1101\nd = -17\ne = +1_000\nf = 0\n",
"lead0": "a = 012\n",
"dates": "a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.999999-07:00\nc = 1979-05-27 07:32:00\nd = 1979-05-27\ne = 07:32:00.1234567\nf = 1979-05-27t07:32:00+00:00\n",
"baddate": "a = 1979-02-30\n",
"strings": 'a = "tab\\there \\u00e9 \\U0001F600"\nb = \'C:\\\\x\'\nc = """\nline1\\\n   line2"""\nd = \'\'\'\nraw\\n \'\'\'\ne = """q""""\nf = \'\'\'x\'\'\'\'\'\n',
"badescape": 'a = "\\x41"\n',
"inline_trailing": "a = {b = 1,}\n",
"inline_newline": "a = {b = 1,\n c = 2}\n",
"array_multi": "a = [\n 1, # one\n 'two',\n [3, 4],\n {x = 5},\n]\n",
"dupkey": "a = 1\na = 2\n",
"quoted_keys": "\"a b\" = 1\n'c.d' = 2\ne . f = 3\n\"\" = 4\n",
"no_value": "a =\n",
"no_eq": "a 1\n",
"after_value": "a = 1 b = 2\n",
"comment_ctrl": "a = 1 # \x01\n",
"crlf": "a = 1\r\nb = '''x\r\ny'''\r\n",
"lone_cr": "a = 1\rb = 2\n",
"bool": "t = true\nf = false\n",
"unterminated": "a = \"abc\n",
"end_eof": "a = [1, 2",
"six_quotes": 'a = """x""""""\n',
}
for name, text in docs.items():
    try:
        r = tomllib.loads(text)
        print(name, "ok", r)
    except tomllib.TOMLDecodeError as e:
        print(name, "TOMLDecodeError")
pf = []
print(tomllib.loads("a = 1.5\nb = 1_0.2_5\nc = -inf\nd = 3", parse_float=lambda s: pf.append(s) or s), pf)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [])
except ValueError as e:
    print("ValueError", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError", e)
import io
print(tomllib.load(io.BytesIO(b"x = 'y'\n")))
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.__all__ if hasattr(tomllib, "__all__") else None)

# A realistic configuration file read from disk.
import os
import tempfile
doc = b"""# project settings
title = "Example"

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
"""
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "conf.toml")
    with open(path, "wb") as f:
        f.write(doc)
    with open(path, "rb") as f:
        conf = tomllib.load(f)
for k, v in conf.items():
    print(k, "=", v)
print(conf["owner"]["dob"].utcoffset(), conf["database"]["temp_targets"]["cpu"])
