# Containers a generator yields and then drops stay whole in the list(g)/tuple(g)/sorted(g) result,
# and a dict an exception carries stays whole after the handler deleted its name and re-raised (the
# VM must not empty or reuse the storage of a container its own uncounted references still reach).
def g():
    for i in range(5):
        d = {}
        for j in range(40):
            d[j] = j * i
        yield d
        del d
        x = [{k: k for k in range(50)} for _ in range(3)]
r = list(g())
print([len(d) for d in r], sum(r[3].values()))
r = tuple(g())
print([len(d) for d in r], sum(r[4].values()))
print([len(d) for d in sorted(g(), key=len)])
def h():
    d = {i: i for i in range(100)}
    try:
        raise KeyError(d)
    except KeyError as err:
        del d
        raise
try:
    h()
except KeyError as e:
    z = [{k: 1 for k in range(60)} for _ in range(4)]
    print(len(e.args[0]), sum(e.args[0].values()))


def gl():
    for i in range(4):
        l = []
        for j in range(300):
            l.append(j + i)
        yield l
        del l
        y = [[k for k in range(400)] for _ in range(3)]


r = list(gl())
print([len(l) for l in r], sum(r[2]))
