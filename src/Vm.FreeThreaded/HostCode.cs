// Host code: a thread that runs attached outside the eval loop (a host function that does not release
// the GIL) counts, for revokers, as outside every owner section (CriticalSections.cs, "OWNER SECTIONS"),
// and holds no section meanwhile.
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
// the thread has no active section and begins or resumes none: host code runs no Python code, and a host
// function that calls back into the engine (EngineCore.RunNested) leaves host code (Leave) before the
// callback runs and enters it again (Enter) after.
//  * Enter: suspend every active section, exactly as a detach does (CriticalSections.SuspendAll: mutexes
//    released, entries marked; nothing to do with an empty stack, the usual case). A host function called
//    inside a section (a sort key, a callback of a builtin) thus behaves as a Python callee that blocks or
//    answers a handshake, which code holding a section must already allow for; and a host function that
//    waits for a thread needing that object does not deadlock. Then publish 1 and wake the handshake
//    waiters, if any (a revoker that read 0 and sleeps re-reads it under HandshakeLock; it counted itself
//    in HandshakeWaiters with an Interlocked before, and the Exchange here is a full fence before our read
//    of the count: one of us sees the other).
//  * Leave: publish 0 (the full fence comes before any later read of an object's LockShared flag), then
//    resume the top section if Enter suspended it (ResumeTop decides again: an owner section only if the
//    flag is still clear, else the mutex, revoking if needed), as Attach does.
//  * Why a revoker that reads 1 may go on. It set LockShared (Interlocked.Or, a full fence) before it read
//    InHostCode; the owner writes 0 (a full fence) before it reads the flag in any owner section it begins or
//    resumes later. Store-buffering with fences on both sides: if the revoker read a 1 older than the 0,
//    the owner's later read sees LockShared and takes the mutex, after the revoker. Any owner section that
//    began before the 1 was published was suspended by Enter. So the revoker is in the state a detach
//    would have given it, without the owner reaching a check.
//  * While the thread elides (CriticalSections.cs, "ELISION") no other thread runs Python code, so there is
//    no revoker to tell: Enter stores Eliding (2) plainly, and Leave clears it plainly. Elide cannot turn
//    off meanwhile (that needs this thread parked or detached, and host code does neither; a callback
//    leaves host code first, and Enter after it decides again). Revokers go on only on Published (1).
// Fast path equals slow path: with an empty section stack (the usual host call) Enter is a fence and a read
// of the waiter count (a plain store while eliding), and host code runs exactly as before; what a revoker observes (no owner section of
// the thread open) is what it would observe after the owner's next detach, which the slow path (the
// handshake) waits for; and the sections a call inside a section finds on return are those a detach and
// attach would leave (the top resumed, decided again). Costs: two Interlocked.Exchange per host-function
// call, none while eliding. Measured 2026-11-28 (session 24): a single-threaded loop of 10^7 calls of a host
// function `inc(s)`, thread CPU time (user+sys), median of 7, before/after: 1.90/1.92 s eliding, 1.92/1.89 s
// with PYVM_FT_ELIDE=0 (published path); a builtin control (len) 0.97/0.99 s: within run-to-run noise.
// Not covered: builtins in C# are not host code; those that call Python code reach its eval-breaker checks,
// the others run a bounded computation (a handshake waits at most that long). Stop-the-world pauses still
// wait for a thread in host code (it stays attached: host code may touch objects it was given).
using System.Runtime.CompilerServices;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class HostCode
{
    /// <summary><see cref="FtThreadState.InHostCode"/>: in host code, published to revokers.</summary>
    internal const int Published = 1;
    /// <summary><see cref="FtThreadState.InHostCode"/>: in host code while the thread elides (no revoker can exist).</summary>
    internal const int Eliding = 2;

    /// <summary>Before host code runs on <paramref name="ts"/> (attached): revokers stop waiting for it (header).</summary>
    public static void Enter(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        if (ft.SectionCount != 0) CriticalSections.SuspendAll(ts);
        if (ft.Elide)
        {
            ft.InHostCode = Eliding;
            return;
        }
        Interlocked.Exchange(ref ft.InHostCode, Published);
        StopTheWorld.NotifyHandshakeWaiters(ft.RuntimeState);
    }

    /// <summary>After host code (or before a callback into the engine): back to Python code. False when the thread was not in host code.</summary>
    public static bool Leave(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        int state = ft.InHostCode;
        if (state == 0) return false;
        if (state == Published) Interlocked.Exchange(ref ft.InHostCode, 0);
        else ft.InHostCode = 0;
        CriticalSections.ResumeTop(ts);
        return true;
    }

    /// <summary>True while <paramref name="ts"/> runs host code (tests).</summary>
    public static bool IsInHostCode(PyThreadState ts) => Volatile.Read(ref Unsafe.As<FtThreadState>(ts.Backend)!.InHostCode) != 0;
}
