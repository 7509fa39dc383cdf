// Checked<TInner>: a test-only sync policy that decorates a real one (COYOTE.md, "Generic sync
// policies"). Coyote switches threads only at synchronisation calls, so a critical section made of
// plain field code runs as one step and a broken lock around it is invisible. This decorator
//  * forwards every member to the real policy (the real locks, refcounts, attach/detach run);
//  * records, per object, which thread is inside a critical section on it (LockChecker, kept in
//    PyRuntime.TestState: no static state), and fails the iteration when a second thread enters
//    while the first has neither left nor detached;
//  * adds a scheduling point just inside every critical section, so Coyote tries to run every
//    other thread exactly where a broken lock would let it in.
// Detach (an explicit blocking operation) forgets the thread's records: its sections are
// suspended and others may legitimately lock those objects. A suspension inside the real policy
// (a contended nested lock parks and detaches) is not seen, so use Checked only in scenarios
// without nested or blocking sections; the critical-section scenarios check the real policy
// directly instead. Production code is unchanged: only the test project instantiates Checked.
using System.Runtime.CompilerServices;
using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.Harness;

/// <summary>Who is inside a critical section on which object (one per runtime).</summary>
public sealed class LockChecker
{
    private readonly object _gate = new();
    private readonly Dictionary<PyObject, (PyThreadState Holder, int Depth)> _held = new(ReferenceEqualityComparer.Instance);
    private int _entries;

    /// <summary>Critical sections entered so far (for reports).</summary>
    public int Entries => Volatile.Read(ref _entries);

    /// <summary>The runtime's checker (created on first use: the runtime's constructor already takes sections).</summary>
    public static LockChecker Of(PyThreadState ts)
    {
        if (ts.Rt.TestState is LockChecker c) return c;
        if (ts.Rt.TestState is not null) throw new InvalidOperationException("PyRuntime.TestState holds something else");
        c = new LockChecker();
        ts.Rt.TestState = c;
        return c;
    }

    public void Enter(PyThreadState ts, PyObject o)
    {
        lock (_gate)
        {
            _entries++;
            if (_held.TryGetValue(o, out var h))
            {
                Specification.Assert(ReferenceEquals(h.Holder, ts),
                    $"critical section broken: thread {ts.Id} entered {o.Type.Name} object's section while thread {h.Holder.Id} is inside");
                _held[o] = (ts, h.Depth + 1);
            }
            else
            {
                _held[o] = (ts, 1);
            }
        }
    }

    public void Exit(PyThreadState ts, PyObject o)
    {
        lock (_gate)
        {
            if (!_held.TryGetValue(o, out var h)) return; // forgotten by a Detach
            Specification.Assert(ReferenceEquals(h.Holder, ts),
                $"critical section broken: thread {ts.Id} left {o.Type.Name} object's section held by thread {h.Holder.Id}");
            if (h.Depth == 1) _held.Remove(o);
            else _held[o] = (ts, h.Depth - 1);
        }
    }

    public void Forget(PyThreadState ts)
    {
        lock (_gate)
        {
            foreach (var o in _held.Where(kv => ReferenceEquals(kv.Value.Holder, ts)).Select(kv => kv.Key).ToList())
                _held.Remove(o);
        }
    }
}

public struct Checked<TInner> : ISyncPolicy where TInner : struct, ISyncPolicy
{
    public static string Name => TInner.Name;
    public static bool GilEnabled => TInner.GilEnabled;

    public static void IncRef(PyThreadState ts, PyObject o) => TInner.IncRef(ts, o);
    public static bool DecRef(PyThreadState ts, PyObject o) => TInner.DecRef(ts, o);
    public static void DecRefNoDealloc(PyThreadState ts, PyObject o) => TInner.DecRefNoDealloc(ts, o);
    public static bool IsFloating(PyThreadState ts, PyObject o) => TInner.IsFloating(ts, o);
    public static long RefCount(PyObject o) => TInner.RefCount(o);
    public static bool TryClaimDealloc(PyThreadState ts, PyObject o) => TInner.TryClaimDealloc(ts, o);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Lock(PyThreadState ts, PyObject o)
    {
        TInner.Lock(ts, o);
        Entered(ts, o);
    }

    // Records the section with the checker and lets Coyote switch threads inside it.
    private static void Entered(PyThreadState ts, PyObject o)
    {
        LockChecker.Of(ts).Enter(ts, o);
        SchedulingPoint.Interleave();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Unlock(PyThreadState ts, PyObject o)
    {
        LockChecker.Of(ts).Exit(ts, o);
        TInner.Unlock(ts, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Lock2(PyThreadState ts, PyObject a, PyObject b)
    {
        TInner.Lock2(ts, a, b);
        var c = LockChecker.Of(ts);
        c.Enter(ts, a);
        if (!ReferenceEquals(a, b)) c.Enter(ts, b);
        SchedulingPoint.Interleave();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Unlock2(PyThreadState ts, PyObject a, PyObject b)
    {
        var c = LockChecker.Of(ts);
        if (!ReferenceEquals(a, b)) c.Exit(ts, b);
        c.Exit(ts, a);
        TInner.Unlock2(ts, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void LockLeaf(PyThreadState ts, PyObject o)
    {
        TInner.LockLeaf(ts, o);
        Entered(ts, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void UnlockLeaf(PyThreadState ts, PyObject o)
    {
        LockChecker.Of(ts).Exit(ts, o);
        TInner.UnlockLeaf(ts, o);
    }

    public static PyObject? Exchange(PyThreadState ts, ref PyObject? slot, PyObject? value) => TInner.Exchange(ts, ref slot, value);

    public static void EnsureSharedOnRead(PyThreadState ts, PyObject o) => TInner.EnsureSharedOnRead(ts, o);

    public static bool MayReuseStorage(PyThreadState ts, PyObject o) => TInner.MayReuseStorage(ts, o);

    public static void RetireStorage(PyThreadState ts, PyObject container) => TInner.RetireStorage(ts, container);

    public static void HandleEvalBreaker(PyThreadState ts) => TInner.HandleEvalBreaker(ts);

    public static void Detach(PyThreadState ts)
    {
        LockChecker.Of(ts).Forget(ts);
        TInner.Detach(ts);
    }

    public static void Attach(PyThreadState ts) => TInner.Attach(ts);

    /// <summary>Suspends the thread's sections in the free-threaded policy (HostCode.cs), as Detach does: forget its records.</summary>
    public static void EnterHostCode(PyThreadState ts)
    {
        LockChecker.Of(ts).Forget(ts);
        TInner.EnterHostCode(ts);
    }

    public static bool LeaveHostCode(PyThreadState ts) => TInner.LeaveHostCode(ts);
}
