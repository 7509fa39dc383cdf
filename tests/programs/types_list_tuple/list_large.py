# Larger lists: building, sorting, slicing and aggregating 100k elements
N = 100000
data = [(i * 7919) % N for i in range(N)]
print(len(data), data[:5], data[-5:], len(set(data)))
print(sum(data), min(data), max(data), sum(data) == N * (N - 1) // 2)
s = sorted(data)
print(s[:5], s[-5:], s == list(range(N)))
print(data.index(0), data.index(N - 1), data.count(12345))
evens = data[::2]
print(len(evens), evens[:3], sum(evens) % 1000)
rev = data[::-1]
print(rev[:3], rev[-3:])
data.sort(key=lambda x: -x)
print(data[:3], data[-3:])
squares = [x * x for x in range(N)]
print(squares[-1], sum(squares) % 1000000007)
chunks = [squares[i:i + 25000] for i in range(0, N, 25000)]
print(len(chunks), [len(c) for c in chunks], [c[0] for c in chunks])
joined = []
for c in chunks:
    joined.extend(c)
print(joined == squares)
removed = list(range(1000))
del removed[::3]
print(len(removed), removed[:6])
stack = []
for i in range(N):
    stack.append(i)
while len(stack) > 10:
    stack.pop()
print(stack)
matrix = [[r * 100 + c for c in range(100)] for r in range(100)]
transposed = [list(row) for row in zip(*matrix)]
print(transposed[1][:3], sum(map(sum, matrix)), matrix[99][99])
