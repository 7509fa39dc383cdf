# bytearray mutation: item/slice assignment, insert, extend, pop, remove, del, in-place ops
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD"
print(ba)
ba[5:6] = b", "
print(ba, len(ba))
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("d"))
print(ba)
del ba[0]
del ba[-2:]
del ba[::2]
print(ba)
ba += b"xyz"
ba *= 2
print(ba, len(ba))
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
for bad in [lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
            lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").insert(0, "x"), lambda: bytearray(b"ab").__setitem__(0, b"x")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
buf = bytearray(4)
for i in range(4):
    buf[i] = i * 60
print(buf, list(buf), bytes(buf))
grow = bytearray()
for chunk in (b"ab", b"", b"cde"):
    grow += chunk
print(grow, grow.copy() is not grow, grow == b"abcde", grow.find(b"cd"))
ba2 = bytearray(b"aaaa")
ba2[1:3] = b""
print(ba2, bytearray(b"12345")[1:4], bytearray(range(3)))
