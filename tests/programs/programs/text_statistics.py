# Text statistics report: sentences, words, character classes, frequency tables
TEXT = """Python is an interpreted, high-level, general-purpose programming language.
Its design philosophy emphasizes code readability with the use of significant indentation.
Python is dynamically typed and garbage-collected. It supports multiple programming paradigms,
including structured, object-oriented and functional programming. Is it popular? Yes!"""
import re
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", TEXT)
lower = [w.lower() for w in words]
print("lines:", len(TEXT.splitlines()))
print("sentences:", len(sentences))
print("words:", len(words), "unique:", len(set(lower)))
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT), "spaces:", sum(c.isspace() for c in TEXT))
print("punctuation:", {p: TEXT.count(p) for p in ".,?!-" if p in TEXT})
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
longest = max(words, key=len)
print("longest word:", longest, len(longest))
freq = {}
for w in lower:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("top words:")
for w, c in top:
    print(f"  {w:<12} {c:>2} {'*' * c}")
by_len = {}
for w in set(lower):
    by_len.setdefault(len(w), []).append(w)
print("word lengths:", {k: len(v) for k, v in sorted(by_len.items())})
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
total_letters = sum(letters.values())
print("letter frequency (top 5):", ", ".join(f"{c}={n / total_letters:.1%}" for c, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
for i, s in enumerate(sentences, 1):
    wc = len(re.findall(r"[A-Za-z]+", s))
    kind = "question" if s.endswith("?") else "exclamation" if s.endswith("!") else "statement"
    print(f"{i}. [{kind:<11}] {wc:>2} words: {s[:40]}{'...' if len(s) > 40 else ''}")
hyphenated = sorted({w for w in words if "-" in w})
print("hyphenated:", hyphenated)
print("capitalized:", sorted({w for w in words if w[0].isupper()}))
