# workload: family=cpu quick=0
# foreign_list_append's dict counterpart: each thread fills a dict the main thread created (one of 64
# made one after another, so neighbours in memory): the dicts' written words must not share cache
# lines (src/Vm.Shared/Objects/HotFieldPadding.cs). Compare with private_dict_build.
from _harness import run

CHUNK = 1000
dicts = []


def reset():
    dicts.clear()
    dicts.extend({} for _ in range(64))


def work(n, tid):
    d = dicts[tid]
    acc = 0
    for _ in range(n // CHUNK):
        d.clear()
        for i in range(CHUNK):
            d[i] = i
        acc += len(d) + d[CHUNK - 1]
    return acc


if __name__ == "__main__":
    reset()
    run(work, 150_000, expect=lambda n: (n // CHUNK) * (2 * CHUNK - 1), setup=reset, pass_tid=True)
