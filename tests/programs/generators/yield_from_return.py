# yield from evaluates to the sub-generator's return value
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def main():
    r1 = yield from sub(3)
    print("  sub(3) returned", r1)
    r2 = yield from sub(5)
    print("  sub(5) returned", r2)
    return r1 + r2
g = main()
print(list(g))
def wrapper():
    result = yield from main()
    yield f"main returned {result}"
print(list(wrapper()))
def no_return():
    yield 1
def check():
    r = yield from no_return()
    yield ("result was", r)
print(list(check()))
def yf_list():
    r = yield from [1, 2]
    yield ("list gives", r)
print(list(yf_list()))
def accumulate():
    tally = 0
    while True:
        term = yield
        if term is None:
            return tally
        tally += term
def gather(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)
tallies = []
acc = gather(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)
def early_return():
    return "immediate"
    yield
def uses_early():
    v = yield from early_return()
    yield v
print(list(uses_early()))
def raises_stop():
    yield 1
    return StopIteration("returned object")
def outer2():
    r = yield from raises_stop()
    yield type(r).__name__
print(list(outer2()))
