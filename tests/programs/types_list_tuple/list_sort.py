# list.sort: key, reverse, stability, and errors
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
multi = sorted(people, key=lambda p: (-p[1], p[0]))
print(multi)
two_pass = sorted(people, key=lambda p: p[0])
two_pass.sort(key=lambda p: p[1])
print(two_pass)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: n % 3)
print(nums)
L = [3, 1, 2]
print(L.sort(), L)
data = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
data.sort()
print(data)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1, 2].sort(key=lambda x: None if x == 1 else x)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d"), Rec(0, "e")]
recs.sort()
print(recs)
recs.sort(reverse=True)
print(recs)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 1001)))
mixed = [1.5, 1, True, 0, -0.5, 2]
mixed.sort()
print(mixed)
