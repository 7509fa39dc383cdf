# Counting and grouping with plain dicts and sets
text = """the rain in spain falls mainly on the plain
in hartford hereford and hampshire hurricanes hardly ever happen"""
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
by_len = {}
for w in words:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
first_letters = {w[0] for w in words}
print(sorted(first_letters), len(first_letters))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print([(c, letters[c]) for c in top])
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
lines = text.splitlines()
vocab = [set(l.split()) for l in lines]
print(sorted(vocab[0] & vocab[1]), len(vocab[0] | vocab[1]), sorted(vocab[0] - vocab[1])[:3])
unique_in_order = list(dict.fromkeys(words))
print(unique_in_order[:6], len(unique_in_order))
pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("veg", "leek"), ("grain", "rice")]
grouped = {}
for cat, item in pairs:
    grouped.setdefault(cat, []).append(item)
print(grouped, {k: len(v) for k, v in grouped.items()})
histogram = {}
for n in [1, 3, 2, 3, 3, 1, 5]:
    histogram[n] = histogram.get(n, 0) + 1
for k in sorted(histogram):
    print(f"{k}: {'#' * histogram[k]}")
