# Singly linked list class with iteration, indexing, insertion, removal, reversal and repr
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1
    def __len__(self):
        return self._size
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __getitem__(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([3, 1, 4])
ll.append(1); ll.append(5); ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 7 in ll)
ll.remove(1)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll), max(ll), sorted(ll))
for bad in (lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList()[0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty), bool(empty))
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList([1]) == [1])
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), sum(big))
