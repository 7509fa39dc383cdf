# 100,000-deep Python-level recursion after raising the recursion limit
import sys
sys.setrecursionlimit(100000 + 500)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(100000), 100000 * 100001 // 2)
def build(n):
    return None if n == 0 else (n, build(n - 1))
chain = build(50000)
length = 0
node = chain
while node is not None:
    length += 1
    node = node[1]
print(length, chain[0], chain[1][0])
def count_nodes(node):
    return 0 if node is None else 1 + count_nodes(node[1])
print(count_nodes(chain))
class Deep:
    def __init__(self, n):
        self.n = n
    def descend(self, k):
        if k == 0:
            return self.n
        return self.descend(k - 1) + 1
print(Deep(7).descend(90000))
def gen_depth(n):
    if n == 0:
        yield "bottom"
        return
    yield from gen_depth(n - 1)
print(list(gen_depth(5000)))
try:
    def infinite(n):
        return infinite(n + 1)
    infinite(0)
except RecursionError as e:
    print("still bounded:", type(e).__name__)
print(depth(1000), "after recovering")
