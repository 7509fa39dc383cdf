// __slots__ members (Runtime/Ops/InstanceSlotOps.cs) written by several real threads on the same
// instances (not timed, both backends): different members of fresh instances whose slot storage a
// native constructor left unmade (the first stores race to make it: none may be lost), and one
// member stored, replaced and deleted by every thread at once (each value released exactly once:
// reference counts come back to their start values, deletes of an unset member raise).
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class InstanceSlotsStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    [Fact]
    public void DifferentMembersOfFreshInstances_NoLostStore()
    {
        // io.RawIOBase's constructor makes the instance without slot storage, so the four
        // threads' first stores into each instance all try to create it.
        RunBoth(GuaranteeStressTests.Prelude + """
            import io
            class R(io.RawIOBase):
                __slots__ = ("a", "b", "c", "d")
            names = ["a", "b", "c", "d"]
            lost = 0
            for rnd in range(8):
                objs = [R() for _ in range(3000)]
                def w(t):
                    name = names[t]
                    for o in objs:
                        setattr(o, name, t)
                run_threads(4, w)
                for o in objs:
                    for t in range(4):
                        if getattr(o, names[t], None) != t:
                            lost += 1
            assert not lost, lost
            print("ok")
            """);
    }

    [Fact]
    public void OneMemberStoredAndDeletedByEveryThread_EachValueReleasedOnce()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class S:
                __slots__ = ("v", "w")
            vals = [object() for _ in range(4)]
            base = [sys.getrefcount(x) for x in vals]
            objs = [S() for _ in range(64)]
            deleted = [0] * 4
            def w(t):
                mine = vals[t]
                for k in range(3000):
                    o = objs[k % 64]
                    o.v = mine
                    got = getattr(o, "v", None)
                    if got is not None and got not in vals:
                        raise AssertionError("a value never stored", got)
                    if k % 3 == 0:
                        try:
                            del o.v
                            deleted[t] += 1
                        except AttributeError:
                            pass
            run_threads(4, w)
            assert sum(deleted) > 0
            for o in objs:
                if hasattr(o, "v"):
                    del o.v
            after = [sys.getrefcount(x) for x in vals]
            assert after == base, (base, after)
            print("ok")
            """);
    }
}
