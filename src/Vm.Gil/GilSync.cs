// The GIL synchronisation policy (DESIGN.md, "One eval loop, two backends, zero cost").
//
// Under the GIL exactly one thread runs Python code at a time, so everything the free-threaded
// policy does with atomics and per-object locks is plain here: a reference count is one int
// (PyObject.RefLocal) changed with ordinary increments, and critical sections are empty methods
// the JIT inlines away. The only real work is at the eval breaker (hand the GIL over when another
// thread asked for it) and around blocking operations (release the GIL, take it back).
//
// Reaching the GIL: ts.Rt.BackendState is always a GilRuntimeState in a GIL runtime, so the hot
// paths cast it with Unsafe.As (no type check); the engine sets it before creating any thread.
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Gil;

/// <summary>The per-runtime state of the GIL backend: the GIL itself.</summary>
public sealed class GilRuntimeState : RuntimeBackendState
{
    public readonly Gil Gil;

    public GilRuntimeState(Gil gil)
    {
        ArgumentNullException.ThrowIfNull(gil);
        Gil = gil;
    }

    /// <summary>A fresh GIL whose timed waits go through rt.WaitSeam.</summary>
    public GilRuntimeState(PyRuntime rt) : this(new Gil(rt)) { }
}

public struct GilSync : ISyncPolicy
{
    public static string Name => "gil";

    public static bool GilEnabled => true;

    /// <summary>The runtime's GIL (ts.Rt.BackendState must be a <see cref="GilRuntimeState"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Gil GilOf(PyThreadState ts) => Unsafe.As<GilRuntimeState>(ts.Rt.BackendState)!.Gil;

    // ---- reference counting: plain, the GIL protects it ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyThreadState ts, PyObject o) => o.RefLocal++;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DecRef(PyThreadState ts, PyObject o) => --o.RefLocal == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRefNoDealloc(PyThreadState ts, PyObject o) => o.RefLocal--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloating(PyThreadState ts, PyObject o) => o.RefLocal == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RefCount(PyObject o) => o.RefLocal;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryClaimDealloc(PyThreadState ts, PyObject o)
    {
        if ((o.FlagBits & (int)ObjectFlags.Dead) != 0) return false;
        o.FlagBits |= (int)ObjectFlags.Dead;
        return true;
    }

    // ---- critical sections: the GIL already serialises everything ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock(PyThreadState ts, PyObject o) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unlock(PyThreadState ts, PyObject o) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock2(PyThreadState ts, PyObject a, PyObject b) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unlock2(PyThreadState ts, PyObject a, PyObject b) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LockLeaf(PyThreadState ts, PyObject o) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void UnlockLeaf(PyThreadState ts, PyObject o) { }

    /// <summary>Nothing: no thread reads while the GIL holder mutates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureSharedOnRead(PyThreadState ts, PyObject o) { }

    /// <summary>Always: only the GIL holder touches a list's array or a dict's table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayReuseStorage(PyThreadState ts, PyObject o) => true;

    /// <summary>
    /// Never: a dead container keeps its storage under the GIL. Another thread runs only after this one
    /// let the GIL go (an eval-breaker check, a blocking call), and a thread can hold a container
    /// uncounted across that: on its value stack while a call it makes runs Python code, and compiled
    /// code (docs/ft-scaling.md, "Session 24": the dead-storage stress test saw emptied lists on this
    /// backend when the storage was pooled at once). Emptying one would be visible; keeping it is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RetireStorage(PyThreadState ts, PyObject container) { }

    /// <summary>A plain swap: the holder of the GIL is the only writer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Exchange(PyThreadState ts, ref PyObject? slot, PyObject? value)
    {
        var old = slot;
        slot = value;
        return old;
    }

    // ---- members ISyncPolicy gives a default body: written out here on purpose ----
    // crossgen2 cannot inline a static virtual call that resolves to an interface's default body
    // ("CanInline currently doesn't support propagation of constrained type"), so any method that
    // calls one (Eval, BindArguments, ReleaseLocals, ...) was left out of the composite ReadyToRun
    // image for this struct and JIT-compiled at start-up (instrumented tier 0 first), while the
    // free-threaded copy, which implements them all, was precompiled. SyncPolicyTests checks that
    // both structs implement every member.

    public static void OnClassAttributeStored(PyThreadState ts, PyType owner, PyObject value) { }

    public static void OnClassAttributeRemoving(PyThreadState ts, PyObject old) { }

    public static bool BorrowsArguments => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PreferBorrow(PyThreadState ts, PyObject a) => false;

    public static void OnDefaultBound(PyThreadState ts, PyFunction f, PyObject value) { }

    public static void OnDefaultsReleasing(PyThreadState ts, PyTuple old) { }

    // ---- thread attachment ----

    /// <summary>
    /// Gives the GIL to a waiting thread if one asked (drop request), then takes it back. Other
    /// eval-breaker bits (async exceptions, cancellation) are the eval loop's business.
    /// </summary>
    public static void HandleEvalBreaker(PyThreadState ts)
    {
        if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.GilDropRequest) == 0) return;
        var gil = GilOf(ts);
        gil.DropForSwitch(ts);
        // Other threads run here.
        gil.Take(ts);
    }

    /// <summary>Releases the GIL before a blocking operation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Detach(PyThreadState ts) => GilOf(ts).Drop(ts);

    /// <summary>Takes the GIL back after a blocking operation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Attach(PyThreadState ts) => GilOf(ts).Take(ts);

    /// <summary>Nothing: host code holds the GIL like any other code.</summary>
    public static void EnterHostCode(PyThreadState ts) { }

    /// <summary>Nothing (see EnterHostCode).</summary>
    public static bool LeaveHostCode(PyThreadState ts) => false;
}
