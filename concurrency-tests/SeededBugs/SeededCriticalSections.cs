// Test-only copies of the free-threaded critical sections with one seeded defect each:
//  * CallOrder: Begin2 locks its two objects in call order instead of the global order (a copy of
//    CriticalSections.Begin2 on the real ObjectMutex and the real section stack).
//  * NotSuspendedOnBlock: Detach marks the thread detached but does not suspend its sections (a
//    copy of FreeThreadedSync.Detach without CriticalSections.SuspendAll).
//  * OwnerNotAwaited: a thread that is not an object's owner sets its LockShared flag and takes the
//    mutex at once, without waiting for the owner to leave its owner sections (CriticalSections.Revoke
//    without the handshake).
//  * ResumeKeepsOwnerSection: a resumed owner section stays without the mutex although another thread
//    revoked it meanwhile (CriticalSections.ResumeTop without the new decision).
//  * LeafIgnoresRevocation: a leaf section on an object the thread owns takes nothing even after another
//    thread set its LockShared flag (CriticalSections.BeginLeaf without the flag test).
//  * LeafEndRereadsFlag: the end of a leaf section decides again from the flag what its begin did, instead
//    of from the section stack (CriticalSections.EndLeaf reading OwnsUnshared).
//  * ElisionBackWithOthersLive: Attach turns elision back on for a thread that does not elide without
//    asking whether other threads still live (CriticalSections.ResumeElision without OnlyLiveThread).
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
    OwnerNotAwaited,
    ResumeKeepsOwnerSection,
    LeafIgnoresRevocation,
    LeafEndRereadsFlag,
    ElisionBackWithOthersLive,
}

public sealed class SeededCriticalSections(CsDefect defect) : ICriticalSections
{
    public void Begin(PyThreadState ts, PyObject o)
    {
        // SEEDED BUG (OwnerNotAwaited): the flag is set, but nobody waits for the owner.
        if (defect == CsDefect.OwnerNotAwaited && o.ObTid != ts.Id)
            Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.LockShared);
        CriticalSections.Begin(ts, o);
    }
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
        if (defect == CsDefect.ElisionBackWithOthersLive)
        {
            // FreeThreadedSync.Attach with a broken CriticalSections.ResumeElision.
            var ft = FreeThreadedSync.ThreadStateOf(ts);
            var rs = ft.RuntimeState;
            StopTheWorld.WaitAndMarkAttached(ts, ft);
            if (!ft.Elide)
            {
                if (rs.MayElide) CriticalSections.EndElision(ts, ft);
                else if (rs.ElisionEnabled && ft.SectionCount == 0)
                {
                    Volatile.Write(ref rs.Eliding, 1); // SEEDED BUG: no pause, no count of the live threads
                    ft.Elide = true;
                }
            }
            CriticalSections.ResumeTop(ts);
            return;
        }
        if (defect == CsDefect.ResumeKeepsOwnerSection)
        {
            var ft = FreeThreadedSync.ThreadStateOf(ts);
            StopTheWorld.WaitAndMarkAttached(ts, ft);
            int n = ft.SectionCount;
            if (n > 0 && ft.Sections[n - 1] is { Suspended: true, NoMutex: true })
            {
                ft.Sections[n - 1].Suspended = false; // SEEDED BUG: no new decision, no mutex
                return;
            }
            CriticalSections.ResumeTop(ts);
            return;
        }
        if (defect != CsDefect.NotSuspendedOnBlock)
        {
            FreeThreadedSync.Attach(ts);
            return;
        }
        StopTheWorld.WaitAndMarkAttached(ts, FreeThreadedSync.ThreadStateOf(ts));
    }

    public void EvalBreakerCheck(PyThreadState ts)
    {
        if (defect != CsDefect.ResumeKeepsOwnerSection)
        {
            FreeThreadedSync.HandleEvalBreaker(ts);
            return;
        }
        // CriticalSections.AnswerHandshake through this copy's Detach and Attach.
        if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.SectionHandshake) == 0) return;
        ts.ClearEvalBreakerBit(EvalBreakerBits.SectionHandshake);
        Detach(ts);
        Attach(ts);
    }

    public void BeginLeaf(PyThreadState ts, PyObject o)
    {
        if (defect != CsDefect.LeafIgnoresRevocation)
        {
            FreeThreadedSync.LockLeaf(ts, o);
            return;
        }
        // SEEDED BUG: no test of the LockShared flag.
        if (o.ObTid == ts.Id && !CriticalSections.IsHeldByTop(ts, o)) return;
        CriticalSections.Begin(ts, o);
    }

    public void EndLeaf(PyThreadState ts, PyObject o)
    {
        if (defect != CsDefect.LeafEndRereadsFlag)
        {
            FreeThreadedSync.UnlockLeaf(ts, o);
            return;
        }
        // SEEDED BUG: the owner test again, which a revoker may have changed since the begin.
        bool skipped = o.ObTid == ts.Id && Volatile.Read(ref o.FlagBits) >= 0;
        if (!skipped) CriticalSections.End(ts, o);
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
