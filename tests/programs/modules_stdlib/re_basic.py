# re: match, search, fullmatch, findall, finditer, split, groups
import re
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123def").group())
m = re.search(r"(\w+)@(\w+)\.com", "contact: alice@example.com today")
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(1), m.end(2))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"), re.fullmatch(r"a|ab", "ab").group())
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"x", "abc"), re.findall(r"(a)|b", "ab"))
print([m.group() for m in re.finditer(r"[A-Z]\w*", "The Quick brown Fox")], [m.span() for m in re.finditer("o", "foo boo")])
print(re.split(r"\s*,\s*", "a , b,c  ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"\W+", "hi, there! you"), re.split("x", "axbxc", maxsplit=1))
print(re.split(r"\b", "a b") if False else re.split(r"(?=\d)", "a1b2"), re.split("", "abc"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("default"), re.match(r"(a)(b)?", "ac").group(2))
print(re.search(r"^\w+$", "line1\nline2", re.M).group(), re.findall(r"^\w", "ab\ncd", re.MULTILINE))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S).group() == "a\nc", re.findall(r"HELLO", "hello Hello", re.I))
p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")
m = p.search("Date: 2024-03, other 1999-12")
print(m.group("year"), m["month"], m.groupdict(), p.findall("2024-03 1999-12"), p.pattern, p.groups, sorted(p.groupindex.items()))
print(re.escape("a.b*c?(d)"), re.escape("no_special_123"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
print(re.match(r"\s*", "abc").group() == "", bool(re.match("", "")), re.search(r"$", "abc").span())
print(re.findall(r"\bcat\b", "cat concat cat. bobcat"), re.findall(r"colou?r", "color colour colr"))
print(re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaa"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__ + ":", e)
try:
    re.compile(r"*bad")
except re.error as e:
    print(type(e).__name__ + ":", e)
