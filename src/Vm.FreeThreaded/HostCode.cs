// Host code: a thread that runs attached outside the eval loop (a host function that does not release
// the GIL) counts, for revokers, as outside every owner section (CriticalSections.cs, "OWNER SECTIONS").
//
// The problem. A revoker waits until the object's owner is detached or has passed one detach, which an
// attached owner does at its next eval-breaker check. A .NET host function has no eval-breaker checks: a
// worker's first lock-free read of an object the caller owns (EnsureSharedOnRead -> MarkShared -> Revoke)
// waited until the host function returned, and for ever if the host function waited for that worker.
// CPython has no such wait (its critical sections always take the mutex, so a waiter waits only while the
// holder is really inside); it is the price of our biased (owner) sections, and this pays it back.
//
// Who guards what. FtThreadState.InHostCode is written only by its thread, with Interlocked.Exchange (a
// full fence), and read by revokers (Volatile) beside the thread's status and DetachEpoch. While it is 1
// the thread has no active owner section and begins or resumes none: host code runs no Python code, and a
// host function that calls back into the engine (EngineCore.RunNested) leaves host code (Leave) before the
// callback runs and enters it again (Enter) after.
//  * Enter: if an active section of the thread holds no mutex (an owner section, or an elided one: a host
//    function called inside a section, e.g. a sort key), suspend every active section first, exactly as a
//    detach does (SuspendAll; the mutexes they hold are released until Leave, as across any blocking call
//    or handshake). Then publish 1 and wake the handshake waiters, if any (a revoker that read 0 and sleeps
//    re-reads it under HandshakeLock; it counted itself in HandshakeWaiters with an Interlocked before, and
//    the Exchange here is a full fence before our read of the count: one of us sees the other).
//  * Leave: publish 0 (the full fence comes before any later read of an object's LockShared flag), then
//    resume the top section if Enter suspended it (ResumeTop decides again: an owner section only if the
//    flag is still clear, else the mutex, revoking if needed).
//  * Why a revoker that reads 1 may go on. It set LockShared (Interlocked.Or, a full fence) before it read
//    InHostCode; the owner writes 0 (a full fence) before it reads the flag in any owner section it begins or
//    resumes later. Store-buffering with fences on both sides: if the revoker read a 1 older than the 0,
//    the owner's later read sees LockShared and takes the mutex, after the revoker. Any owner section that
//    began before the 1 was published was suspended by Enter. So the revoker is in the state a detach
//    would have given it, without the owner reaching a check.
// Fast path equals slow path: with no owner section open (the usual host call: an empty section stack or
// only mutex sections, which revokers do not wait for) Enter is one scan of the active sections and a fence,
// and host code runs with the same sections held as before; what a revoker observes (no owner section on
// any object of the thread) is what it would observe after the owner's next detach, which the slow path
// (the handshake) waits for. Costs: two Interlocked.Exchange per host-function call (measured in
// docs/ft-scaling.md, "Host calls and revocation").
// Not covered: builtins in C# are not host code; those that call Python code reach its eval-breaker checks,
// the others run a bounded computation (a handshake waits at most that long). Stop-the-world pauses still
// wait for a thread in host code (it stays attached: host code may touch objects it was given).
using System.Runtime.CompilerServices;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class HostCode
{
    /// <summary>Before host code runs on <paramref name="ts"/> (attached): revokers stop waiting for it (header).</summary>
    public static void Enter(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        if (HasActiveSectionWithoutMutex(ft)) CriticalSections.SuspendAll(ts);
        Interlocked.Exchange(ref ft.InHostCode, 1);
        StopTheWorld.NotifyHandshakeWaiters(ft.RuntimeState);
    }

    /// <summary>After host code (or before a callback into the engine): back to Python code. False when the thread was not in host code.</summary>
    public static bool Leave(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        if (ft.InHostCode == 0) return false;
        Interlocked.Exchange(ref ft.InHostCode, 0);
        CriticalSections.ResumeTop(ts);
        return true;
    }

    /// <summary>True while <paramref name="ts"/> runs host code (tests).</summary>
    public static bool IsInHostCode(PyThreadState ts) => Volatile.Read(ref Unsafe.As<FtThreadState>(ts.Backend)!.InHostCode) != 0;

    // Active sections are a run from the top of the stack (CriticalSections.SuspendAll).
    private static bool HasActiveSectionWithoutMutex(FtThreadState ft)
    {
        for (int i = ft.SectionCount - 1; i >= 0; i--)
        {
            ref var e = ref ft.Sections[i];
            if (e.Suspended) return false;
            if (e.NoMutex) return true;
        }
        return false;
    }
}
