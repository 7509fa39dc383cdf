# bisect: searching and inserting into sorted lists, key= parameter
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])
def index(a, x):
    i = bisect.bisect_left(a, x)
    return i if i != len(a) and a[i] == x else -1
print(index(a, 7), index(a, 8), index([], 1))
records = [("ann", 25), ("bob", 30), ("cy", 35)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)], bisect.bisect_left(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("dee", 28), key=lambda r: r[1])
print(records)
words = ["apple", "fig", "kiwi", "melon"]
print(bisect.bisect_left(words, "grape"), bisect.bisect_right(words, "fig"))
try:
    bisect.bisect_left([1, 2], 1, -1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
sorted_list = []
for v in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(sorted_list, v)
print(sorted_list)
