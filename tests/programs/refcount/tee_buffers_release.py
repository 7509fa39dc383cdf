# itertools.tee buffers what one tee read ahead of the others in shared blocks: an item is
# released when every tee has left its block, and the source iterator with the last block.
import itertools, sys
class N:
    def __init__(self, i): self.i = i
    def __del__(self): print("del", self.i)
a, b = itertools.tee(N(i) for i in range(3))
print(next(a).i)
print("after a0")
print(next(b).i)
print("after b0")
print([x.i for x in a])
print("after a")
del a
print("del a")
print([x.i for x in b])
print("end b")
del b
a, b = itertools.tee(N(i) for i in range(200))
for x in a: pass
del x
print("a done")
n = 0
for x in b:
    n += 1
    if n == 100: break
del x
print("b half")
del a, b
print("both gone")
t = itertools.tee([N("c")], 3)
c = t[0].__copy__()
del t
print(next(c).i)
del c
print("end")

data = [N("d%d" % i) for i in range(3)]
start = sys.getrefcount(data)
a, b = itertools.tee(data)
list(a), list(b)
a, b = itertools.tee(data, 2)
next(a)
del a, b
print("source iterator released", sys.getrefcount(data) - start)
del data
print("data gone")
