# locals() and dir() inside comprehensions: CPython 3.13 inlines list/set/dict comprehensions (PEP 709), generator expressions keep their frame.
def g():
    a = 1
    b = [2]
    print([sorted(locals()) for x in range(1)])
    print({k: sorted(locals()) for k in 'a'})
    print([sorted(locals()) for a in range(1)])
    print(list(sorted(locals()) for y in range(1)))
    print([dir() for z in range(1)])
g()
print([sorted(locals())[:3] for m in range(1)])
