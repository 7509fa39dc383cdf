# Binary search tree: insert, search, delete, traversals, height, balance check, iteration
class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        def go(node):
            if node is None:
                self.size += 1
                return BST._Node(key)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            return node
        self.root = go(self.root)
    def __contains__(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None
    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left, key)
            elif key > node.key:
                node.right = go(node.right, key)
            else:
                if node.left is None or node.right is None:
                    self.size -= 1
                    return node.left or node.right
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = go(node.right, succ.key)
            return node
        self.root = go(self.root, key)
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30])
print(list(t), t.size, t.levels(), t.height())
print(45 in t, 46 in t, min(t), max(t), sum(t))
for k in (20, 30, 50):
    t.delete(k)
    print("deleted", k, "->", list(t), "root", t.root.key, "size", t.size)
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
skewed = BST(range(10))
print(skewed.height(), skewed.levels()[:3], BST().levels(), list(BST()))
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), words.size)
