# re: bytes patterns, inline and scoped flags, conditionals, named backreferences, pos/endpos, errors
import re
print(re.findall(rb"\d+", b"a1b22"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.split(rb",", b"x,y"))
print(re.search(r"(?i:abc)d", "ABCd") is not None, re.search(r"(?i:abc)d", "ABCD"), re.findall(r"(?m)^\w", "a\nb"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group(), re.match(r"(<)?\w+(?(1)>)", "<a>").group())
print(re.match(r"(a)?b(?(1)c|d)", "bd").group(), re.fullmatch(r"(?x) a \  b  # comment", "a b") is not None)
p = re.compile(r"o")
print([m.start() for m in p.finditer("foo boo", 2, 6)], p.search("foo", 3), p.match("foo", 1).span())
print(re.split(r"(,)\s*", "a, b,c", maxsplit=1), re.split(r"x*", "axbc"), re.sub(r"(?<=a)b", "X", "abab", count=1))
print(re.subn(r"\s", "", " a b "), re.sub(r"[aeiou]", lambda m: str(len(m.group())), "hello"))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.lastgroup, m["last"], m.start("last"), m.end(), repr(m)[:40])
print(re.escape("ünïcode.*"), re.escape(b"a.b"), re.findall(r"\bfoo\b", "foo.bar foobar"))
print(re.compile(r"a", re.I | re.M).flags & (re.I | re.M), repr(re.compile("x+")), re.compile(r"(a)(?:b)(c)").groups)
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\x41+", "AAB"), re.findall("[^a-c]", "abcd"))
print(re.match(r"a{2}", "aaa").group(), re.match(r"a{,2}", "aaa").group(), re.match(r"a{2,}", "aaaa").group(), re.findall(r"{x}", "{x}"))
print(re.search(r"(?<!x)y", "xyay").start(), re.search(r"(?=(\d))\d\d", "a12").groups(), re.findall(r"(?s).", "a\nb"))
for pattern in [r"a\q", r"(a", r"a)", r"[a-", r"(?P<1>x)", r"(?P=nope)", r"x**", r"\1(a)", r"[z-a]"]:
    try:
        re.compile(pattern)
        print("compiled", pattern)
    except re.error as e:
        print(repr(pattern), "->", e.msg, e.pos)
try:
    re.search(r"a", b"a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
