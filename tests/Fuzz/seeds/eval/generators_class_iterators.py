# Generators as __iter__ implementations and generator methods
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t), sum(t), 5 in t, max(t))
print(list(t.depth_first()))
print(list(t.leaves()))
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        v = self.start
        while (self.step > 0 and v < self.stop) or (self.step < 0 and v > self.stop):
            yield v
            v += self.step
    def __reversed__(self):
        return iter(list(self)[::-1])
r = Range(0, 10, 3)
print(list(r), list(r), list(reversed(r)), list(Range(5, 0, -2)))
i1, i2 = iter(r), iter(r)
print(next(i1), next(i1), next(i2))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [row[c] for row in self.rows]
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), list(m.columns()))
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for i in range(0, len(self.items), self.size):
            yield i // self.size + 1, self.items[i:i + self.size]
for num, page in Paginator(list("abcdefg"), 3).pages():
    print(num, page)
print(type(iter(t)).__name__, type(t.leaves).__name__)
