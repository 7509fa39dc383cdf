# re: lookarounds, backreferences, alternation, verbose mode, non-capturing groups, Match API
import re
print(re.findall(r"\w+(?=@)", "a@x b@y c"), re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"), re.search(r"(\w)\1", "abccd").group(), re.findall(r"\b(\w+) \1\b", "the the cat sat sat"))
print(re.findall(r"(?:ab)+", "ababab abx"), re.match(r"(?:a|b)+(c)", "abbac").groups(), re.findall(r"cat|dog", "catdog cow"))
pattern = re.compile(r"""
    (?P<key>[a-z_]+)   # key
    \s*=\s*            # equals
    (?P<val>"[^"]*"|\d+)  # quoted string or number
""", re.VERBOSE)
for m in pattern.finditer('name = "ann" age=30 city = "oslo"'):
    print(m.group("key"), m.group("val"), m.span("val"))
m = re.search(r"(?P<h>\d+):(?P<m>\d+)", "at 12:34 pm")
print(m.re.pattern, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.expand(r"\g<m>m \1h"), m.regs)
print(re.search(r"(a)(b)(c)", "abc").lastindex, re.search(r"(a)|(b)", "b").lastindex)
print(re.findall(r"[^\W\d_]+", "abc_12 déf"), re.findall(r"\d", "١٢3"), re.findall(r"(?a)\d", "١٢3"), re.findall(r"\w+", "naïve café", re.ASCII))
print(re.findall(r"[a-c]+", "abcxcba"), re.findall(r"[\d\s]+", "12 34x5"), re.findall(r"[-.\w]+", "a-b.c d_e"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)straße", "STRAßE") is not None)
print(re.search(r"a++b", "aaab") is not None, re.search(r"(?>a+)b", "aab") is not None, re.fullmatch(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
scanner_spec = [("NUM", r"\d+(?:\.\d+)?"), ("OP", r"[+*/()-]"), ("WS", r"\s+"), ("ID", r"[a-z]+")]
master = re.compile("|".join(f"(?P<{n}>{p})" for n, p in scanner_spec))
tokens = [(m.lastgroup, m.group()) for m in master.finditer("x1 = 3.5*(y+42)") if m.lastgroup != "WS"]
print(tokens)
print(re.findall(r"(\d+)-(\d+)", "1-2 33-44"), re.findall(r"((\d)(\d))", "12 34"))
print(re.search(r"\Aabc\Z", "abc") is not None, re.search(r"\Aabc\Z", "abc\n"), re.search(r"abc$", "abc\n") is not None)
m2 = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m2.groupdict(), m2.groupdict("none"), m2.span("b"), m2.start("b"))
print(bool(re.compile("a").match("ba")), bool(re.compile("a").match("ba", 1)), re.compile("a").search("bab", 0, 1))
print(re.purge() is None, re.compile(r"\d").flags & re.UNICODE != 0, re.I == re.IGNORECASE, int(re.M))
