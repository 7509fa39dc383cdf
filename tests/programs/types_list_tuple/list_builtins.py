# Builtin functions applied to lists and tuples
nums = [4, -2, 7, 0, 7, 3]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), sorted(nums, reverse=True))
print(any(nums), all(nums), any([]), all([]), all(n > -5 for n in nums))
print(list(enumerate(nums))[:3], list(zip(nums, nums[1:])), list(reversed(nums)))
print(sum(nums) / len(nums), sum(nums, 100), sum([[1], [2]], []), sum((1.5, 2.5)))
print(max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)), max([], default=None), min((), default="empty"))
print(nums.index(max(nums)), nums.count(7), sorted(set(nums)), len(set(nums)))
print(list(map(abs, nums)), list(filter(lambda n: n > 0, nums)), [n for n in nums if n])
print(tuple(sorted((3, 1, 2))), sorted(("b", "a")), max(("a", "bb", "c"), key=len))
words = ["kiwi", "apple", "fig"]
print(sorted(words), sorted(words, key=len), min(words), max(words, key=len), "".join(sorted("".join(words))))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(words, map(len, words))))
print(hash(tuple(nums)) == hash(tuple(nums)), len([[]]), len(([], [])))
pairs = [(1, 9), (2, 8), (3, 7)]
print(sum(a * b for a, b in pairs), max(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(range(len(nums))), [i for i, n in enumerate(nums) if n == 7])
print(isinstance([], list), isinstance((), tuple), isinstance([], (tuple, list)), type([]) is list)
print(repr([1, "a", None, 2.5, (1,)]), str(("x",)), ascii(["é"]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 2], [1]]))
