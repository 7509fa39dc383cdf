# Text processing with string methods: normalization, palindromes, ciphers, acronyms
text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife."""
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(max(words, key=len), sorted({len(w) for w in words}))
def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for p in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "12321"]:
    print(repr(p), is_palindrome(p))
def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Attack at Dawn!", 3)
print(enc, caesar(enc, -3))
print("".join(w[0].upper() for w in "portable network graphics".split()))
def camel_to_snake(name):
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i:
            out.append("_")
        out.append(c.lower())
    return "".join(out)
print(camel_to_snake("parseHttpResponseCode"), "_".join(["a", "b"]).upper())
print("-".join("snake_case_name".split("_")).title(), "".join(p.capitalize() for p in "snake_case_name".split("_")))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, sum(c.isspace() for c in text), text.count("\n"))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle("x"), rle(""))
print(" ".join(reversed("one two three".split())), "one two three".title().swapcase())
