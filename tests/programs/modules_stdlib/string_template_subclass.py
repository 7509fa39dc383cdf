# string.Template's documented advanced usage: delimiter, idpattern, braceidpattern, flags, pattern.
import re
from string import Template

print(type(Template.pattern).__name__, bool(Template.pattern.flags & re.VERBOSE), bool(Template.flags & re.IGNORECASE))
print(sorted(Template.pattern.groupindex))
t = Template("$who likes ${what}; $$5 costs $Cash")
print(t.substitute(who="tim", what="kung pao", Cash=3))
print(t.get_identifiers())
print(Template("$ok $ and ${ok} $9").get_identifiers())
print(Template("$ok $ and").is_valid(), Template("$ok $$").is_valid())
print(Template("$ok $ and $bad").safe_substitute(ok=1))
for text in ("$ok\n  $", "a\nb\n$1x"):
    try:
        Template(text).substitute(ok=1)
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%x is %{y}, 100%% sure").substitute(x=1, y=2))


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
    flags = 0


d = Dotted("$user.name / $User.name / ${a.b}")
print(d.safe_substitute({"user.name": "ann", "a.b": "ab"}))
print(d.get_identifiers())


class Braces(Template):
    braceidpattern = r"[^}]+"


print(Braces("${any thing} and $plain").substitute({"any thing": 1, "plain": 2}))


class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[A-Z]+)\]\] |
      (?P<invalid>)
    )
    """


c = Custom("[[name]] and [[NAME]] and [[[[")
print(type(Custom.pattern).__name__)
print(c.substitute(name="low", NAME="up"))
print(Custom("x [[ y").safe_substitute(), Custom("x [[ y").is_valid())


class NoInvalid(Template):
    pattern = r"\$(?P<named>[a-z]+)|\$(?P<escaped>\$)|\$(?P<braced>\{[a-z]+\})|(?P<invalid>@)|(?P<other>%)"


try:
    NoInvalid("a % b").substitute()
except ValueError as e:
    print("ValueError:", e.args[0])
