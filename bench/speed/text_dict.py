# workload: family=speed quick=1
# Dict- and str-heavy text loop: split generated text into words, normalise, count, rank.
from _speed import run

SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ven", "so", "que", "di", "an", "el", "or"]


def make_text():
    words = []
    seed = 12345
    for i in range(3000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + seed % 3
        w = "".join(SYLLABLES[(seed >> (4 * j)) % len(SYLLABLES)] for j in range(k))
        if seed % 7 == 0:
            w = w.capitalize()
        if seed % 11 == 0:
            w += ","
        words.append(w)
    return " ".join(words)


TEXT = make_text()


def count_words(text):
    counts = {}
    for word in text.split():
        word = word.strip(",.").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    by_first = {}
    for word, c in counts.items():
        key = word[0]
        if key in by_first:
            by_first[key] += c
        else:
            by_first[key] = c
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return len(counts), sorted(by_first.items()), ranked


def work():
    return repr(count_words(TEXT))


if __name__ == "__main__":
    run(work, 150, expect="(531, [('a', 248), ('d', 239), ('e', 254), ('k', 241), ('l', 245), ('m', 257), "
                              "('o', 258), ('q', 259), ('r', 233), ('s', 239), ('t', 270), ('v', 257)], "
                              "[('an', 248), ('ka', 241), ('so', 239), ('ra', 233), ('loka', 39)])")
