# Lone surrogates (U+D800..U+DFFF) are code points of their own: two adjacent ones never
# form an astral character, whichever way the string was built.
hi, lo = "\ud83d", "\ude00"
pair = hi + lo
astral = "\U0001F600"
print(len(hi), len(pair), len(astral), pair == astral, pair != astral, len(pair + astral))
print(ascii(pair), ascii(astral), repr(pair), repr(hi + "x" + lo))
print(len("\ud83d\ude00"), "\ud83d\ude00" == pair, "\ud83d" "\ude00" == pair)
print(chr(0xD83D) + chr(0xDE00) == pair, [hex(ord(c)) for c in pair], [hex(ord(c)) for c in pair + astral])
print(ord(chr(0xD800)), ord(chr(0xDFFF)), chr(0xDC80) == "\udc80", ord(pair[0]), ord(pair[-1]))

# indexing, slicing, iteration, reversal
s = "a" + hi + lo + "b" + astral + lo + hi
print(len(s), ascii(s[1]), ascii(s[2]), ascii(s[1:3]), ascii(s[4]), ascii(s[-2:]), ascii(s[::-1]), ascii(s[::2]))
print([ascii(c) for c in s], ascii(list(reversed(s))), len(s[::-1]), s[::-1][::-1] == s)
r = lo + hi
print(ascii(r[::-1]), len(r[::-1]), r[::-1] == pair, ascii(r * 2), len(r * 2), (r * 2)[1:3] == pair)
print(ascii("".join([hi, lo])), len("".join([hi, lo])), ascii("-".join(pair)), ascii(hi.join([lo, lo])))

# comparison and ordering by code point
print(pair < astral, astral > pair, hi < "\ue000", "\uffff" < astral, hi > "z", sorted([astral, lo, hi, "\uffff", "a"]) == ["a", hi, lo, "\uffff", astral])
print(ascii(max(pair)), ascii(min(pair)), pair < hi + "\ude01", hi + lo < hi + astral, [ascii(x) for x in sorted([lo + "a", hi + lo, astral, hi])])

# hashing and containers: the pair built different ways is one key, the astral char another
built = "".join(chr(c) for c in (0xD83D, 0xDE00))
print(hash(built) == hash(pair), hash(pair[:1]) == hash(hi), {pair: 1, astral: 2}[built], len({pair, astral, built, hi + lo}))
d = {}
d[hi] = "high"; d[lo] = "low"; d[pair] = "pair"; d[astral] = "astral"
print(len(d), d[chr(0xD83D)], d[chr(0xDE00)], d["\ud83d\ude00"], d["\U0001F600"], sorted(d.values()))

# containment and searching
print(hi in astral, lo in astral, hi in pair, lo in pair, pair in astral, astral in pair, pair in "x" + pair + "y")
print(astral.find(hi), pair.find(lo), ("x" + pair).find(lo), s.find(lo), s.rfind(lo), s.count(lo), s.count(hi), s.index(astral))
print(s.find(lo, 3), s.find(hi, 2), (astral + hi).find(hi), (astral * 3).count(lo), (pair * 3).count(lo), (pair * 3).count(pair))
try:
    astral.index(hi)
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("a" + hi), s.startswith(hi, 1), s.endswith(hi), s.endswith(lo + hi), astral.startswith(hi), pair.startswith(hi))
print(s.startswith((astral, hi), 1), s.endswith(lo, 0, 3), s.startswith(lo, 2, 3))

# replace, split, partition, strip
print(ascii(pair.replace(hi, "H")), ascii(astral.replace(hi, "H")), ascii(s.replace(lo, "")), ascii(s.replace("", "|")))
print(ascii(("x" + hi + "x").replace("x", lo)), ("x" + hi + "x").replace("x", lo).count(pair), ascii("ab".replace("a", hi).replace("b", lo)))
print([ascii(p) for p in s.split(lo)], [ascii(p) for p in s.rsplit(hi, 1)], [ascii(p) for p in (hi + " " + lo).split()])
print([ascii(p) for p in s.partition(lo)], [ascii(p) for p in s.rpartition(lo)], [ascii(p) for p in (hi + "\n" + lo).splitlines()])
print(ascii((hi + lo + "a" + lo + hi).strip(hi + lo)), ascii(astral.strip(hi)), ascii((" " + hi + " ").strip()), ascii(pair.lstrip(hi)), ascii(pair.rstrip(lo)))
print(ascii(pair.removeprefix(hi)), ascii(pair.removesuffix(lo)), ascii(astral.removeprefix(hi)))

# case mapping and predicates leave surrogates alone
print(ascii((hi + "aß" + lo).upper()), ascii((hi + "AB" + lo).lower()), ascii((hi + "ab" + lo).title()), ascii((hi + "aB" + lo).swapcase()), ascii((lo + "ǅ").casefold()))
print(hi.isalpha(), hi.isprintable(), hi.isspace(), hi.isidentifier(), hi.isdigit(), hi.isnumeric(), hi.isdecimal(), hi.isalnum(), hi.islower(), hi.isupper(), hi.istitle(), hi.isascii())
print((hi + "a").islower(), ("A" + lo).isupper(), (lo + "Ab").istitle(), ("a" + hi).isalpha(), pair.isprintable(), astral.isprintable())

# padding, formatting
print(ascii(pair.center(6, "*")), ascii("ab".center(5, hi)), ascii("x".ljust(3, lo)), ascii("x".rjust(3, hi)), ascii(hi.zfill(3)), ascii(lo.center(3, hi)))
print(ascii("%s|%5s|%-4s|%c%c" % (pair, hi, lo, 0xD83D, 0xDE00)), ascii("%r" % pair), ascii("%a" % lo))
print(ascii("{}{}".format(hi, lo)), ascii("{:>4}|{:^5}|{:.1}".format(pair, hi, pair)), ascii(format(0xD800, "c")), ascii("{:c}{:c}".format(0xD83D, 0xDE00)))
print(ascii(f"{hi}{lo}"), len(f"{hi}{lo}"), ascii(f"{pair!r}"), ascii(f"{hi:{lo}>4}"), ascii(format("x", hi + "^5")), ascii(f"{pair=}"))
print(ascii("\t".join([hi, lo]).expandtabs(4)), ascii((hi + lo).translate({0xD83D: "H", 0xDE00: None})), ascii("ab".translate(str.maketrans("ab", hi + lo))))
print(str.maketrans(hi + lo, "xy"), ascii("xy".translate({ord("x"): 0xD83D, ord("y"): 0xDE00})), len("xy".translate({ord("x"): 0xD83D, ord("y"): 0xDE00})))
try:
    ord(pair)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".center(4, pair)
except TypeError as e:
    print("TypeError:", e)

# str(), int() and friends
print(ascii(str(pair)), ascii(repr([hi, pair, astral])), ascii(str((lo,))), int("12" + " " * 2), isinstance(hi, str))
try:
    int(hi)
except ValueError as e:
    print("ValueError:", ascii(str(e)))

class S(str):
    pass

u = S(hi) + S(lo)
print(type(u).__name__, len(u), u == pair, ascii(S(pair)[1]), len(S(pair)))
