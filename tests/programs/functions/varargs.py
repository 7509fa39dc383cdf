# *args collection
def f(*args):
    return type(args).__name__, len(args), args
print(f(), f(1), f(1, "two", [3]))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3, 4))
try:
    total()
except TypeError as e:
    print(type(e).__name__ + ":", e)
def pack_unpack(*args):
    a, *b = args or (None,)
    return a, b
print(pack_unpack(), pack_unpack(1, 2, 3))
def count_types(*items):
    counts = {}
    for it in items:
        name = type(it).__name__
        counts[name] = counts.get(name, 0) + 1
    return counts
print(count_types(1, 2.0, "s", 3, None, "t"))
def forward(*args):
    return total(*args)
print(forward(10, 20))
args = (1, 2)
print(f(*args, *args), f(args))
def maxof(*nums, default=None):
    if not nums:
        return default
    best = nums[0]
    for n in nums[1:]:
        if n > best:
            best = n
    return best
print(maxof(3, 9, 2), maxof(default="empty"))
print(f(*range(5)))
print(f(*"hi", *[None]))
def modify(*args):
    try:
        args[0] = 1
    except TypeError as e:
        return type(e).__name__ + ": " + str(e)
print(modify(0))
print(f.__code__.co_flags & 0x04 != 0, total.__code__.co_argcount)
