// Storage of a container that dies is pooled (Runtime/Pools/DeadStorage.cs) only when no other thread
// can still be reading it uncounted (Vm.FreeThreaded/Qsbr.cs). These programs (not timed; they check
// their invariants and print "ok") publish containers in shared places and replace them while
// readers load them: a reader that loaded a container just before its owner dropped the last count
// must still find everything the owner stored before publishing it (CPython's reader either counts
// it while it lives or loads the new one). Pooling at death without the grace period failed this in
// 3 runs of 5 on the free-threaded backend (readers found `None` for stored keys, lists of length 0)
// and on the GIL backend with the baseline compiler on (docs/ft-scaling.md, "Session 24").
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class DeadStorageStressTests
{
    // The owner builds a dict and a list of N items tagged with the round (gen), publishes each in a
    // global and a list slot (the old ones die there), and readers check what they load.
    private const string Program = """
        N = 40
        G_D = {"gen": 0, **{j: j for j in range(N)}}
        G_L = [0] + [j for j in range(1, N)]
        box = [G_D, G_L]
        bad = []
        stop = []

        def check_dict(d, where):
            g = d.get("gen")
            if g is None:
                bad.append((where, "dict without gen", len(d)))
                return
            for j in (3, 17, N - 1):
                if d.get(j) != g * 10000 + j:
                    bad.append((where, "dict", g, j, d.get(j)))

        def check_list(l, where):
            n = len(l)
            if n != N:
                bad.append((where, "list length", n))
                return
            g = l[0]
            for j in (3, 17, N - 1):
                if l[j] != g * 10000 + j:
                    bad.append((where, "list", g, j, l[j]))

        def owner():
            global G_D, G_L
            for g in range(1, ROUNDS):
                d = {"gen": g}
                for j in range(N):
                    d[j] = g * 10000 + j
                l = [g]
                for j in range(1, N):
                    l.append(g * 10000 + j)
                G_D = d
                box[0] = d
                G_L = l
                box[1] = l
                del d, l
            stop.append(1)

        def reader(i):
            k = 0
            while not stop:
                k += 1
                if k % 64 == 0:
                    time.sleep(0)  # a waiting loop lets the GIL go (GIL backend)
                d = G_D
                check_dict(d, "global")
                check_dict(box[0], "slot")
                v = G_D.get(17)
                if v is None or v % 10000 != 17:
                    bad.append(("global get", v))
                l = G_L
                check_list(l, "global")
                check_list(box[1], "slot")
                if len(bad) > 5:
                    break

        ts = [threading.Thread(target=owner)] + [threading.Thread(target=reader, args=(i,)) for i in range(2)]
        for t in ts: t.start()
        for t in ts: t.join()
        assert not bad, bad[:5]
        print("ok")
        """;

    [Fact]
    public void ReadersOfReplacedContainers_FindWhatWasStoredBeforePublishing()
    {
        for (int run = 0; run < 3; run++)
            GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + "import time\nROUNDS = 15000\n" + Program);
    }
}
