// id() (PyRuntime.IdOf): one number per object for its whole life, distinct for objects alive at
// the same time, and the runtime's id table keeps no entry once the object is freed, whether by
// counting or by the cycle collector (the table holds its keys strongly, so a forgotten entry
// would keep a dead object and its graph alive for ever).
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class ObjectIdTests
{
    private const string Program = """
        import gc
        class C:
            pass
        keep = [C() for _ in range(100)]
        first = [id(o) for o in keep]
        again = [id(o) for o in keep]
        stable = first == again
        distinct = len(set(first)) == len(first)
        for i in range(5000):
            o = C()
            n = id(o)
            t = (i, o)
            n2 = id(t)
        del o, t
        for i in range(200):
            a, b = C(), C()
            a.peer, b.peer = b, a
            id(a); id(b)
        del a, b
        gc.collect()
        """;

    [Fact] public void IdsAreStableDistinctAndForgottenWhenObjectsDie_Gil() => Check<GilSync>(GilEngine.Create());
    [Fact] public void IdsAreStableDistinctAndForgottenWhenObjectsDie_FreeThreaded() => Check<FreeThreadedSync>(FreeThreadedEngine.Create());

    private static void Check<TSync>(PyRuntime<TSync> rt) where TSync : struct, ISyncPolicy
    {
        int before = rt.IdTableCount;
        var globals = rt.NewModuleDict("__main__", null);
        rt.ExecCode(rt.MainThread, rt.CompileModule(Program, "<test>"), globals, null);
        Assert.Same(rt.True, globals.GetStr(rt.Intern("stable")));
        Assert.Same(rt.True, globals.GetStr(rt.Intern("distinct")));
        // The 100 kept instances (and at most a few module-level objects) keep their entries; the
        // 10,000 short-lived objects and the 400 members of collected cycles do not.
        int grown = rt.IdTableCount - before;
        Assert.InRange(grown, 100, 110);
    }
}
