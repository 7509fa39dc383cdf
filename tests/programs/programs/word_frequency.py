# Word frequency analysis with Counter, normalization, stop words, n-grams and a bar chart
from collections import Counter
import re
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
STOP = {"it", "was", "the", "of", "we", "us"}
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print("total words:", len(words), "distinct:", len(counts))
print("most common:", counts.most_common(5))
content = Counter(w for w in words if w not in STOP)
print("content words:", content.most_common(6))
width = max(len(w) for w, _ in content.most_common(6))
for w, c in content.most_common(6):
    print(f"{w:>{width}} | {'#' * c} {c}")
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [(" ".join(b), c) for b, c in bigrams.most_common(3)])
trigrams = Counter(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
print("top trigram:", trigrams.most_common(1))
by_initial = Counter(w[0] for w in words)
print("initial letters:", sorted(by_initial.items()))
lengths = Counter(len(w) for w in words)
print("length histogram:", dict(sorted(lengths.items())))
once = sorted(w for w, c in counts.items() if c == 1)
print("hapax legomena:", len(once), once[:8])
pairs = [p for p in re.findall(r"the (\w+) of (\w+)", text.lower())]
print("the X of Y:", pairs)
a, b = Counter("the best of times".split()), Counter("the worst of times".split())
print((a & b), (a - b), (a | b).total())
