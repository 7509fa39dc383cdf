# Iterating over bytes yields ints; conversions between bytes, lists, strings
b = b"Hi!\x00\xff"
print([x for x in b], list(b), tuple(b), sum(b), max(b), min(b), sorted(b))
for i, x in enumerate(b"ab"):
    print(i, x, chr(x), bytes([x]), b"ab"[i:i + 1])
print(list(reversed(b"abc")), bytes(reversed(b"abc")), b"abc"[::-1])
print(list(map(hex, b"\x0a\x0b")), bytes(map(lambda x: x + 1, b"HAL")), bytes(filter(lambda x: x != 32, b"a b c")))
print(set(b"hello") == set(b"helo"), sorted(set(b"banana")), dict.fromkeys(b"ab", 0))
it = iter(b"xy")
print(type(it).__name__, next(it), next(it), next(it, None))
ba = bytearray(b"cab")
print(sorted(ba), bytes(sorted(ba)), type(iter(ba)).__name__)
for x in ba:
    if x == ord("a"):
        ba.append(ord("z"))
print(ba)
counts = {}
for byte in b"mississippi":
    counts[chr(byte)] = counts.get(chr(byte), 0) + 1
print(counts)
print(bytes(zip(*[b"ace", b"bdf"]).__next__()), list(zip(b"ab", b"cd")))
print(b"%s" % bytes([97 + i for i in range(5)]), [b[i] for i in range(len(b)) if b[i] > 64])
print(all(0 <= x < 256 for x in bytes(range(256))), any(x > 127 for x in b"ascii"))
words = b"one two three".split()
print([w.decode() for w in words], [len(w) for w in words], b" ".join(w.upper() for w in words))
