// Test-only copies of the free-threaded critical sections with one seeded defect each:
//  * CallOrder: Begin2 locks its two objects in call order instead of the global order (a copy of
//    CriticalSections.Begin2 on the real ObjectMutex and the real section stack).
//  * NotSuspendedOnBlock: Detach marks the thread detached but does not suspend its sections (a
//    copy of FreeThreadedSync.Detach without CriticalSections.SuspendAll).
// Everything else forwards to the production code.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum CsDefect
{
    None,
    CallOrder,
    NotSuspendedOnBlock,
}

public sealed class SeededCriticalSections(CsDefect defect) : ICriticalSections
{
    public void Begin(PyThreadState ts, PyObject o) => CriticalSections.Begin(ts, o);
    public void End(PyThreadState ts, PyObject o) => CriticalSections.End(ts, o);

    public void Begin2(PyThreadState ts, PyObject a, PyObject b)
    {
        if (defect != CsDefect.CallOrder)
        {
            CriticalSections.Begin2(ts, a, b);
            return;
        }
        // SEEDED BUG: no `if (!OrderedBefore(rs, a, b)) (a, b) = (b, a);`
        var ft = FreeThreadedSync.ThreadStateOf(ts);
        int idx = Push(ft);
        ObjectMutex.Lock(ts, a);
        ObjectMutex.Lock(ts, b); // a stays held (unrecorded) while waiting for b
        ref var e = ref ft.Sections[idx];
        e.M1 = a;
        e.M2 = b;
    }

    public void End2(PyThreadState ts, PyObject a, PyObject b) => CriticalSections.End2(ts, a, b);

    public void Detach(PyThreadState ts)
    {
        if (defect != CsDefect.NotSuspendedOnBlock)
        {
            FreeThreadedSync.Detach(ts);
            return;
        }
        // SEEDED BUG: no CriticalSections.SuspendAll(ts) before marking the thread detached.
        StopTheWorld.MarkDetached(FreeThreadedSync.ThreadStateOf(ts));
    }

    public void Attach(PyThreadState ts)
    {
        if (defect != CsDefect.NotSuspendedOnBlock)
        {
            FreeThreadedSync.Attach(ts);
            return;
        }
        StopTheWorld.WaitAndMarkAttached(ts, FreeThreadedSync.ThreadStateOf(ts));
    }

    private static int Push(FtThreadState ft)
    {
        int n = ft.SectionCount;
        if (n == ft.Sections.Length) Array.Resize(ref ft.Sections, n * 2);
        ft.Sections[n] = default;
        ft.SectionCount = n + 1;
        return n;
    }
}
