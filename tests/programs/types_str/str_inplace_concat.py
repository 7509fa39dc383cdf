# `s += t` builds long strings in linear time; the result behaves as any str.
import threading

def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s

big = build(300000, "ab")          # quadratic copying would take minutes here
print(len(big), big[:6], big[-6:], big == "ab" * 300000)

# module-level target
m = ""
for i in range(2000):
    m += str(i % 10)
print(len(m), m[:12], m.count("7"))

# aliasing: an earlier value never changes when a later one grows
s = "x" * 300
t = s
s += "A"
u = s
s += "B"
t += "C"
u += "D"
print(len(s), s[-3:], len(t), t[-3:], len(u), u[-3:])
print(s[:300] == t[:300] == u[:300] == "x" * 300)
v = u
v += "E"
w = u + "F"
print(u[-2:], v[-3:], w[-3:])

# identity of empty operands, as CPython
e = "q" * 400
e += "z"
print(e + "" is e, "" + e is e)
f = e
f += ""
print(f is e)

# astral characters and lone surrogates stay code points across the join
a = "\U0001F600" * 200
a += "\ud800"
a += "x\U0001F601"
print(len(a), a[199] == "\U0001F600", a[200] == "\ud800", a[201:], repr(a[-3:]))
print(a.encode("utf-8", "surrogatepass")[-9:])

# hashing, dict keys, sets, comparisons, methods
k = "key" * 100
k += "!"
d = {("key" * 100 + "!"): 1}
print(d[k], k in {"key" * 100 + "!"}, hash(k) == hash("key" * 100 + "!"))
print(k > "key", k.endswith("y!"), k.find("!"), k.upper()[:6], k[::150])

# subclasses keep str's rules
class S(str):
    pass
p = S("p" * 300)
p += "q"
print(type(p).__name__, len(p))
q = "r" * 300
q += S("s")
print(type(q).__name__, q[-2:])
try:
    q += 5
except TypeError as exc:
    print("TypeError:", exc)

# threads deriving from one shared string: every result is exactly base + suffix
base = "b" * 500
base += "|"
results = [[] for _ in range(4)]
def worker(k):
    for i in range(300):
        x = base
        x += "t%d-%d" % (k, i)
        x += "."
        results[k].append(x)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in threads: th.start()
for th in threads: th.join()
print(all(results[k][i] == "b" * 500 + "|t%d-%d." % (k, i) for k in range(4) for i in range(300)))
print(base == "b" * 500 + "|", len(base))
