// Set add/remove/discard of plain keys (exact str/int) run in a leaf section (Runtime/Ops/SetOps.cs,
// AddEntry / DiscardEntry with PlainKeyEq): skipped while the runtime's only thread elides locks,
// an ordinary critical section otherwise; the probe hands over to the locked path, having changed
// nothing, at an entry of its hash that only __eq__ can compare. These programs (not timed; they
// check their invariants and print "ok") hammer what that depends on: a second thread starting
// while the first adds plain keys to a set they then share (an add that skipped its lock with two
// threads running loses inserts across a resize), and general keys of the same hashes arriving
// while other threads add and remove plain keys (each thread's own keys must be there exactly
// while it has them added, `in` must never fail for them, and the general keys must all stay).
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class PlainKeySetStressTests
{
    [Fact]
    public void SecondThreadStartsDuringPlainAdds_NoAddLost()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            s = set()
            K = 20000
            started = threading.Event()
            def w(i):
                started.set()
                for j in range(K):
                    s.add(f"t{i}_{j}")
                    s.add((i + 2) * K + j)
            for j in range(K):
                s.add(j)
                if j == 100:
                    t = threading.Thread(target=w, args=(0,))
                    t.start()
                    started.wait()
            t.join()
            assert len(s) == 3 * K, len(s)
            assert all(j in s and f"t0_{j}" in s and 2 * K + j in s for j in range(K))
            print("ok")
            """);
    }

    [Fact]
    public void GeneralKeysOfSameHashWhilePlainAddsAndRemoves_SetConsistent()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            class Key:
                def __init__(self, v): self.v = v
                def __hash__(self): return self.v
                def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
            K = 400
            for rnd in range(6):
                s = set()
                bad = []
                def w(i):
                    if i == 3:
                        for j in range(K * 3):
                            s.add(Key(j))
                        return
                    mine = range(i * K, (i + 1) * K)
                    for rep in range(6):
                        for j in mine:
                            s.add(j)
                            if j not in s: bad.append(("lost", j))
                        for j in mine:
                            s.remove(j)
                            if j in s: bad.append(("kept", j))
                        s.add(str(rep))
                        s.discard(str(rep))
                    for j in mine:
                        s.add(j)
                run_threads(4, w)
                assert not bad, bad[:5]
                assert len(s) == 6 * K, len(s)
                assert all(j in s and Key(j) in s for j in range(3 * K))
            print("ok")
            """);
    }
}
