// obj.__dict__ = d on an object other than a plain instance (Ops.ReplaceDict, here a function's
// __dict__) by two threads at once, on a full free-threaded runtime with the checking policy: the
// object must end up counting the dict it holds exactly once, and each replaced dict (the first
// one, and the loser's) must be released exactly once. The deterministic form of the stress test
// tests/FreeThreaded/SharedFieldStressTests.DictAssignedByEveryThread_EachDictReleasedOnce, whose
// race window real threads hit too rarely to fail on the seeded bug. Stores go through
// IDictReplace so the seeded-bug copy (an unlocked read-old/write-new) runs the same scenario.
using Microsoft.Coyote.Specifications;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IDictReplace
{
    void Replace(PyThreadState ts, PyFunction f, PyDict d);
}

public sealed class RealDictReplace : IDictReplace
{
    public void Replace(PyThreadState ts, PyFunction f, PyDict d) => Ops<CFt>.ReplaceDict(ts, f, f, d);
}

public static class DictReplaceScenarios
{
    /// <summary>Defines `f` once, before the engine runs (uncontrolled, single-threaded).</summary>
    public static PyFunction Define(PyRuntime<CFt> rt)
    {
        var g = rt.NewModuleDict("__main__", null);
        rt.ExecCode(rt.MainThread, rt.CompileModule("def f():\n    pass\n", "<dicts>"), g, null);
        return (PyFunction)g.GetStr(rt.Intern("f"))!;
    }

    public static void TwoThreadsAssignDict(PyRuntime<CFt> shared, PyFunction f, IDictReplace replace)
    {
        var rt = ContainerScenarios.Fresh(shared);
        var main = rt.MainThread;
        PyDict d0 = Ops<CFt>.NewDict(main), d1 = Ops<CFt>.NewDict(main), d2 = Ops<CFt>.NewDict(main);
        foreach (var d in new[] { d0, d1, d2 }) ObjectLifecycle<CFt>.IncRef(main, d); // the scenario's own reference
        long baseCount = CFt.RefCount(d0);
        Ops<CFt>.ReplaceDict(main, f, f, d0);

        rt.Detach(main); // the workers may need the main thread's objects: it must not wait attached
        ContainerScenarios.RunWorkers(rt,
            ts => replace.Replace(ts, f, d1),
            ts => replace.Replace(ts, f, d2));
        rt.Attach(main);

        var held = f.Dict!;
        Specification.Assert(ReferenceEquals(held, d1) || ReferenceEquals(held, d2), "f.__dict__ holds neither stored dict");
        var lost = ReferenceEquals(held, d1) ? d2 : d1;
        Specification.Assert(CFt.RefCount(held) == baseCount + 1, $"the held dict is counted {CFt.RefCount(held) - baseCount} times by f, not once");
        Specification.Assert(CFt.RefCount(lost) == baseCount, $"the replaced dict is counted {CFt.RefCount(lost) - baseCount} times by f, not 0 (released twice or never)");
        Specification.Assert(CFt.RefCount(d0) == baseCount, $"the first dict is counted {CFt.RefCount(d0) - baseCount} times by f, not 0 (released twice or never)");
        Ops<CFt>.ReplaceDict(main, f, f, Ops<CFt>.NewDict(main)); // leave f as it was for the next iteration
    }
}
