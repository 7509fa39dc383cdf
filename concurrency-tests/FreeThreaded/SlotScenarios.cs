// __slots__ member stores (src/Vm.Shared/Runtime/Ops/InstanceSlotOps.cs) on a full free-threaded
// runtime with the checking policy: three threads store into one fresh instance whose slot array
// a native constructor left unmade, through two descriptors of different layout lengths (so one
// store makes the array and another grows it) and twice into one member (so one value is
// replaced). No store may be lost and every value must be counted exactly as often as it is
// stored. Stores go through ISlotStore so the seeded-bug copy (the unlocked store this replaced)
// runs the same scenario.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface ISlotStore
{
    void Set(PyThreadState ts, PySlotDescriptor sd, PyInstance inst, PyObject value);
}

public sealed class RealSlotStore : ISlotStore
{
    public void Set(PyThreadState ts, PySlotDescriptor sd, PyInstance inst, PyObject value) => sd.Set<CFt>(ts, inst, value);
}

public static class SlotScenarios
{
    /// <summary>The classes of the scenario: A with one slot, B(A) adding a second (member b, index 1).</summary>
    public sealed record Classes(PyType B, PySlotDescriptor A, PySlotDescriptor Bm);

    /// <summary>Defines the classes once, before the engine runs (uncontrolled, single-threaded).</summary>
    public static Classes Define(PyRuntime<CFt> rt)
    {
        var g = rt.NewModuleDict("__main__", null);
        rt.ExecCode(rt.MainThread, rt.CompileModule("class A:\n    __slots__ = ('a',)\nclass B(A):\n    __slots__ = ('b',)\n", "<slots>"), g, null);
        var b = (PyType)g.GetStr(rt.Intern("B"))!;
        return new Classes(b, (PySlotDescriptor)b.Lookup(rt.Intern("a"))!, (PySlotDescriptor)b.Lookup(rt.Intern("b"))!);
    }

    public static void StoresIntoOneFreshInstance(PyRuntime<CFt> shared, Classes c, ISlotStore store)
    {
        var rt = ContainerScenarios.Fresh(shared);
        var main = rt.MainThread;
        var inst = new PyInstance(c.B); // as a native constructor makes it: no slot array yet
        // Mortal values owned by the main thread: the workers count them on the shared path.
        PyObject v1 = Ops<CFt>.NewList(main, []), v2 = Ops<CFt>.NewList(main, []), v3 = Ops<CFt>.NewList(main, []);
        foreach (var v in new[] { v1, v2, v3 }) ObjectLifecycle<CFt>.IncRef(main, v); // the scenario's own reference
        long baseCount = CFt.RefCount(v1);

        Threads.RunAll(
            () => ContainerScenarios.Worker(rt, ts => store.Set(ts, c.A, inst, v1)),  // A's layout: makes a 1-slot array
            () => ContainerScenarios.Worker(rt, ts => store.Set(ts, c.Bm, inst, v2)), // B's layout: makes or grows to 2
            () => ContainerScenarios.Worker(rt, ts => store.Set(ts, c.A, inst, v3))); // the same member as the first

        var a = c.A.Get(inst);
        Specification.Assert(ReferenceEquals(c.Bm.Get(inst), v2), "inst.b = v2 was lost");
        Specification.Assert(ReferenceEquals(a, v1) || ReferenceEquals(a, v3), "inst.a holds neither stored value (a store was lost)");
        var replaced = ReferenceEquals(a, v1) ? v3 : v1;
        Specification.Assert(CFt.RefCount(a!) == baseCount + 1, $"the value of inst.a is counted {CFt.RefCount(a!) - baseCount} times by the instance, not once");
        Specification.Assert(CFt.RefCount(replaced) == baseCount, $"the replaced value is counted {CFt.RefCount(replaced) - baseCount} times by the instance, not 0");
        Specification.Assert(CFt.RefCount(v2) == baseCount + 1, "inst.b's value is not counted once");
    }
}
