# Arithmetic around machine-word boundaries (where fast paths overflow into big ints)
edges = [2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64 - 1, 2 ** 64]
for e in edges:
    print(e, e + 1, e - 1, e * 2, -e, e // 3, e % 1000, e >> 1, e << 1)
MAX = 2 ** 63 - 1
MIN = -(2 ** 63)
print(MAX + MAX, MIN + MIN, MAX * MAX, MIN * MIN, MIN * -1, MIN // -1, MIN % -1, abs(MIN))
print(MAX * 2 // 2 == MAX, (MAX + 1) - 1 == MAX, -MIN == MAX + 1, MIN - 1 + 1 == MIN)
print(MIN // 1, MIN // 2, MIN // 3, MIN % 3, divmod(MIN, 7), divmod(MAX, -7))
print(3037000499 * 3037000499, 3037000500 * 3037000500, 4294967296 * 4294967296)
print(-4294967296 * 4294967296, 2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
x = 1
for i in range(70):
    x *= 2
    if i in (30, 31, 62, 63, 64, 69):
        print(i, x, x - 1, -x)
acc = 0
for i in range(100):
    acc += MAX
print(acc, acc // 100 == MAX)
print(hash(MAX), hash(MAX + 1), hash(MIN), hash(2 ** 64))
print(MAX ** 2, MIN ** 3, (-1) ** MAX, pow(MAX, 2, MIN))
print(int(float(MAX)), float(MAX), float(MIN), int(-9.223372036854776e18))
print(MAX & MIN, MAX | MIN, MAX ^ MIN, ~MAX, ~MIN, MIN >> 63, MAX >> 62, MIN << 1)
print(sorted([MAX + 1, MIN - 1, 0, MAX, MIN]))
print(str(MIN)[1:] == str(MAX + 1), len(str(2 ** 64)), int(str(MIN)) == MIN)
