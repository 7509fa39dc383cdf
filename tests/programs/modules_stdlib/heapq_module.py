# heapq: heap operations, nlargest/nsmallest, merge
import heapq
data = [5, 1, 8, 3, 9, 2, 7]
h = list(data)
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappop(h), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))], h)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda x: -x))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge([1, 3], [2], key=lambda x: x)))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
def heapsort(it):
    hp = []
    for v in it:
        heapq.heappush(hp, v)
    return [heapq.heappop(hp) for _ in range(len(hp))]
print(heapsort([9, 4, 7, 1, 8, 2, 2, 6]))
mx = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(3)])
