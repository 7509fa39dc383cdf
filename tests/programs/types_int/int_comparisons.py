# Integer comparisons with other numeric types and big values
print(1 == 1.0, 1 == 1 + 0j, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
print(1 < 1.5 < 2, 0 == -0.0, -1 < -0.5, 3 >= 3.0, 9007199254740993 > 9007199254740992.0)
print(5 == "5", 5 != "5", 5 == None, None == 0, [] == 0)
print(sorted([3, 2.5, True, -1, 10 ** 20, 0.0]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan == nan)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(1 == 1j, 0 == 0j, 2 ** 64 == float(2 ** 64), 2 ** 64 + 1 == float(2 ** 64))
print((1, 2) < (1, 2.5), [1, 2] == [1.0, 2.0], {1: "a"} == {1.0: "a"}, {1, 2} == {1.0, 2.0})
print(1 in [1.0], 1.0 in {1}, True in {1}, 2 in range(5), 2.0 in range(5), 2.5 in range(5))
big = 10 ** 30
print(big == big + 0, big < big + 1, -big < big, big == 10 ** 30, big != 10 ** 31)
print(int("1000") == 1000, 256 == 255 + 1, (10 ** 20 + 1) - 1 == 10 ** 20)
vals = [5, 3.0, 4, 3, 5.0, True]
print(sorted(vals), sorted(vals, reverse=True))
print(all(a <= b for a, b in zip(sorted(vals), sorted(vals)[1:])))
