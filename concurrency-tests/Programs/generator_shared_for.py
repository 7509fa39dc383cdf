# Two threads iterate one generator with `for` (resumed inside the eval loop): a thread that finds
# it running in the other gets "generator already executing" and tries again; every item is taken
# exactly once, and the generator ends for both.
import threading


def gen():
    for i in range(6):
        yield i


g = gen()
taken = [[], []]
refused = [0, 0]


def work(k):
    while True:
        try:
            for x in g:
                taken[k].append(x)
            return
        except ValueError as e:
            assert str(e) == "generator already executing", e
            refused[k] += 1


ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(taken[0] + taken[1]))
print(g.gi_frame, g.gi_running, list(g))
