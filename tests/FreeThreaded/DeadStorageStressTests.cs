// Storage of a container that dies is pooled (Runtime/Pools/DeadStorage.cs) only when no other thread
// can still be reading it uncounted (Vm.FreeThreaded/Qsbr.cs). These programs (not timed; they check
// their invariants and print "ok") publish containers in shared places and replace them while
// readers load them: a reader that loaded a container just before its owner dropped the last count
// must still find everything the owner stored before publishing it (CPython's reader either counts
// it while it lives or loads the new one). Pooling at death without the grace period failed this in
// 3 runs of 5 on the free-threaded backend (readers found `None` for stored keys, lists of length 0)
// and on the GIL backend with the baseline compiler on (docs/ft-scaling.md, "Session 24"), where
// GilSync.RetireStorage therefore never pools (AReaderNeverHoldsAnObjectWhoseDelRan, skipped: why).
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

    /// <summary>
    /// Known bug (session 24, main at e1f3f02, both backends, baseline compiler on or off): a reader's
    /// `l = G_L` can get an object whose __del__ already ran, loaded hundreds of owner rounds earlier
    /// (gen 95042 seen while G_L held 95481), as if the thread lost the GIL, or was descheduled with the
    /// free-threaded backend, between LOAD_GLOBAL's borrowed load and STORE_FAST's count. Expected on
    /// the free-threaded backend (the window Qsbr.cs names); unexplained under the GIL (not the cycle
    /// collector: gc.disable() changes nothing). It is why GilSync.RetireStorage never pools.
    /// </summary>
    [Fact(Skip = "known bug: a reader's local can hold an object whose __del__ ran (free-threaded: the LOAD_GLOBAL window; GIL: unexplained) (docs/ft-scaling.md, Session 24)")]
    public void AReaderNeverHoldsAnObjectWhoseDelRan()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            import time
            class C:
                __slots__ = ("gen", "dead")
                def __init__(self, g):
                    self.gen = g
                    self.dead = False
                def __del__(self):
                    self.dead = True
            G_L = C(0)
            box = [G_L]
            bad = []
            stop = []
            def owner():
                global G_L
                for g in range(1, 100000):
                    l = C(g)
                    G_L = l
                    box[0] = l
                    del l
                stop.append(1)
            def reader(i):
                k = 0
                while not stop and len(bad) < 5:
                    k += 1
                    if k % 64 == 0:
                        time.sleep(0)
                    l = G_L
                    if l.dead:
                        bad.append((l.gen, G_L.gen))
            ts = [threading.Thread(target=owner)] + [threading.Thread(target=reader, args=(i,)) for i in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            assert not bad, bad
            print("ok")
            """);
    }

    [Fact]
    public void ReadersOfReplacedContainers_FindWhatWasStoredBeforePublishing()
    {
        for (int run = 0; run < 3; run++)
            GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + "import time\nROUNDS = 15000\n" + Program);
    }
}
