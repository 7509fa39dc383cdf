# configparser: reading, the mapping protocol, DEFAULT fallbacks, types, writing.
import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[Multi]
; a comment
first line = value one
  continues here

  after a blank line
# another comment
colon: uses a colon
spaced   =   padded value   
empty =
"""

config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print(list(config), len(config), "forge.example" in config, "nope" in config)
print(config["forge.example"]["user"], config["forge.example"]["User"])
print(config["forge.example"]["compression"])
top = config["topsecret.server.example"]
print(top["port"], top.getint("port"), top.getboolean("forwardx11"), top.getboolean("compression"))
print(config.getint("topsecret.server.example", "port") + 1)
print(config.getfloat("DEFAULT", "compressionlevel"))
print(list(config["topsecret.server.example"]))
print(config.options("forge.example"))
print(config.items("forge.example"))
print(dict(config["DEFAULT"]))
print(config.defaults())
print(repr(config["Multi"]["first line"]))
print(repr(config["Multi"]["colon"]), repr(config["Multi"]["spaced"]), repr(config["Multi"]["empty"]))
print(config.has_section("Multi"), config.has_section("DEFAULT"), config.has_option("Multi", "COLON"))
print(config.has_option("Multi", "compression"), config.has_option(None, "compression"))

# fallbacks
print(config.get("forge.example", "missing", fallback="fb"))
print(config.get("no.section", "x", fallback=None))
print(config["forge.example"].get("missing"), config["forge.example"].get("missing", "dflt"))
print(config.getint("forge.example", "missing", fallback=7))
print(config["forge.example"].getboolean("missing", True))
print(config.get("forge.example", "user", vars={"user": "from vars"}))

# changes
config["forge.example"]["user"] = "changed"
config.set("forge.example", "Added", "1")
config["new"] = {"Key": "value", "n": 3}
config.add_section("empty section")
del config["Multi"]
print(config.remove_option("new", "n"), config.remove_option("new", "n"))
print(config.remove_section("nope"), config.sections())
out = io.StringIO()
config.write(out)
print(out.getvalue())
out = io.StringIO()
config.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# booleans
b = configparser.ConfigParser()
b.read_dict({"b": {"k%d" % i: v for i, v in enumerate(["1", "yes", "true", "on", "0", "no", "false", "off", "YES", "On"])}})
print([b.getboolean("b", k) for k in b["b"]])
try:
    b.set("b", "bad", "maybe")
    b.getboolean("b", "bad")
except ValueError as e:
    print("ValueError:", e)

# read() skips files it cannot open
print(config.read(["/nonexistent/file.ini"]))
