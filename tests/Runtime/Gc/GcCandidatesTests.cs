// The cycle collector's candidate buffer (Runtime/Gc/GcCandidates.cs) stays proportional to live
// candidates when objects are buffered and then freed by counting: such objects add nothing to
// the young count, so no collection ever empties the buffer, and a dead entry keeps its object
// graph reachable for the .NET GC. And compacting it keeps every live candidate: a cycle dropped
// before many compactions is still found by gc.collect().
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime.Gc;

public sealed class GcCandidatesTests
{
    // Two instances per round: both are buffered by their attribute stores, then freed by the
    // next round's stores, `a` while it is not the newest entry (only a compaction removes it).
    private const string ShortLived = """
        class C:
            pass
        for i in range(20000):
            a = C()
            b = C()
            a.x = i
            b.x = i
        """;

    [Fact] public void ShortLivedBufferedObjects_DoNotAccumulate_Gil() => ShortLivedBounded<GilSync>(GilEngine.Create());
    [Fact] public void ShortLivedBufferedObjects_DoNotAccumulate_FreeThreaded() => ShortLivedBounded<FreeThreadedSync>(FreeThreadedEngine.Create());

    private static void ShortLivedBounded<TSync>(PyRuntime<TSync> rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        Exec(rt, ShortLived);
        int buffered = ts.GcCandidates?.Count ?? 0;
        Assert.True(buffered < 1024, $"{buffered} entries buffered after 40,000 short-lived objects");
    }

    [Fact] public void CompactionKeepsALiveCandidate_Gil() => CycleFoundAfterCompactions<GilSync>(GilEngine.Create());
    [Fact] public void CompactionKeepsALiveCandidate_FreeThreaded() => CycleFoundAfterCompactions<FreeThreadedSync>(FreeThreadedEngine.Create());

    private static void CycleFoundAfterCompactions<TSync>(PyRuntime<TSync> rt) where TSync : struct, ISyncPolicy
    {
        var g = Exec(rt, """
            import gc, weakref
            gc.disable()
            class N:
                pass
            p, q = N(), N()
            p.peer, q.peer = q, p
            alive = weakref.ref(p)
            del p, q
            """ + "\n" + ShortLived + """

            before = alive() is not None
            gc.collect()
            after = alive() is None
            """);
        Assert.Same(rt.True, g.GetStr(rt.Intern("before")));
        Assert.Same(rt.True, g.GetStr(rt.Intern("after")));
    }

    private static PyDict Exec<TSync>(PyRuntime<TSync> rt, string source) where TSync : struct, ISyncPolicy
    {
        var globals = rt.NewModuleDict("__main__", null);
        rt.ExecCode(rt.MainThread, rt.CompileModule(source, "<test>"), globals, null);
        return globals;
    }
}
