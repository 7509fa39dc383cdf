# Recursion over recursive data: trees, nested lists, JSON-like values, memoized DP
import sys
sys.setrecursionlimit(20000)
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node
def inorder(node):
    return [] if node is None else inorder(node.left) + [node.value] + inorder(node.right)
def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(inorder(root), height(root))
skewed = None
for v in range(1200):
    skewed = insert(skewed, v)
print(height(skewed), len(inorder(skewed)))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
nested = 0
for i in range(3000):
    nested = [i, nested]
print(len(flatten(nested)), flatten([1, [2, [3, [4, [5]]]]]))
def depth(x):
    return 1 + max((depth(v) for v in x), default=0) if isinstance(x, list) else 0
print(depth(nested), depth([]), depth([[], [[]]]))
def size(v):
    if isinstance(v, dict):
        return 1 + sum(size(x) for x in v.values())
    if isinstance(v, list):
        return 1 + sum(size(x) for x in v)
    return 1
doc = {"a": [1, 2, {"b": [3, {"c": None}]}], "d": "x"}
print(size(doc))
memo = {}
def lcs(a, b, i=0, j=0):
    if i == len(a) or j == len(b):
        return 0
    key = (i, j)
    if key not in memo:
        if a[i] == b[j]:
            memo[key] = 1 + lcs(a, b, i + 1, j + 1)
        else:
            memo[key] = max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1))
    return memo[key]
print(lcs("AGGTABQWERTYUIOPASDF" * 5, "GXTXAYBQWERTYZXCV" * 5), len(memo))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
