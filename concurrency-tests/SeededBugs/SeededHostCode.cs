// Test-only copies of HostCode (src/Vm.FreeThreaded/HostCode.cs) with one seeded defect each:
//  * NotPublished: Enter and Leave do nothing (the state before session 24: a revoker waits for an owner
//    in host code until the host function returns).
//  * SectionsKept: Enter publishes without suspending the thread's active sections (HostCode.Enter without
//    CriticalSections.SuspendAll).
//  * NoWakeUp: Enter suspends and publishes but does not wake a revoker already waiting (HostCode.Enter
//    without StopTheWorld.NotifyHandshakeWaiters).
// None: the production code's steps, for the control test.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.FreeThreaded;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum HostCodeDefect
{
    None,
    NotPublished,
    SectionsKept,
    NoWakeUp,
}

public sealed class SeededHostCode(HostCodeDefect defect) : IHostCode
{
    public void Enter(PyThreadState ts)
    {
        var ft = FreeThreadedSync.ThreadStateOf(ts);
        if (defect == HostCodeDefect.NotPublished) return; // SEEDED BUG: revokers keep waiting
        if (defect != HostCodeDefect.SectionsKept && ft.SectionCount != 0) CriticalSections.SuspendAll(ts); // SEEDED BUG when skipped
        Interlocked.Exchange(ref ft.InHostCode, 1);
        if (defect != HostCodeDefect.NoWakeUp) StopTheWorld.NotifyHandshakeWaiters(ft.RuntimeState); // SEEDED BUG when skipped
    }

    public bool Leave(PyThreadState ts)
    {
        var ft = FreeThreadedSync.ThreadStateOf(ts);
        if (defect == HostCodeDefect.NotPublished) return true;
        if (ft.InHostCode == 0) return false;
        Interlocked.Exchange(ref ft.InHostCode, 0);
        CriticalSections.ResumeTop(ts);
        return true;
    }
}
