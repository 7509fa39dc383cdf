// The synchronisation policy the one eval loop, the object operations and the builtin method
// tables are generic over (DESIGN.md, "One eval loop, two backends, zero cost").
//
// Rules that keep it zero-cost: a policy is a `struct` type argument, never a parameter or field
// type; generic methods over TSync are never virtual. In the GIL copy critical sections compile to
// nothing and increfs to a plain increment; in the free-threaded copy to the biased path.
// Every policy struct implements every member itself, also those given a default body below:
// crossgen2 cannot inline a static virtual call that resolves to an interface's default body, and
// leaves each method making one (the eval loop among them) out of pyvm's ReadyToRun image for
// that struct (SyncPolicyImplementationTests).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Concurrency;

public interface ISyncPolicy
{
    /// <summary>"gil" or "free-threaded".</summary>
    static abstract string Name { get; }

    /// <summary>What sys._is_gil_enabled() returns.</summary>
    static abstract bool GilEnabled { get; }

    // ---- reference counting (see PyObject.cs for the convention) ----
    static abstract void IncRef(PyThreadState ts, PyObject o);

    /// <summary>Decrements; returns true when the count reached zero and the caller must deallocate.</summary>
    static abstract bool DecRef(PyThreadState ts, PyObject o);

    /// <summary>Decrements without deallocating (ownership passes to the caller's stack).</summary>
    static abstract void DecRefNoDealloc(PyThreadState ts, PyObject o);

    /// <summary>True when no counted reference exists (total count 0, not immortal).</summary>
    static abstract bool IsFloating(PyThreadState ts, PyObject o);

    /// <summary>The total count as sys.getrefcount sees it (without its own +1).</summary>
    static abstract long RefCount(PyObject o);

    /// <summary>Claims the right to deallocate (exactly once); false if another thread did or the object was resurrected.</summary>
    static abstract bool TryClaimDealloc(PyThreadState ts, PyObject o);

    // ---- per-object critical sections ----
    static abstract void Lock(PyThreadState ts, PyObject o);
    static abstract void Unlock(PyThreadState ts, PyObject o);
    /// <summary>Locks two objects in a fixed global order (deadlock-free); a == b locks once.</summary>
    static abstract void Lock2(PyThreadState ts, PyObject a, PyObject b);
    static abstract void Unlock2(PyThreadState ts, PyObject a, PyObject b);
    /// <summary>
    /// Lock for a "leaf" section: one whose body never runs Python code, never blocks or detaches
    /// (no waits, no I/O) and so can never park the thread for a stop-the-world pause. The
    /// free-threaded policy skips such a section entirely while the runtime's only thread elides
    /// locks (CriticalSections.cs, "LEAF SECTIONS"); otherwise it is an ordinary Lock.
    /// </summary>
    static abstract void LockLeaf(PyThreadState ts, PyObject o);
    /// <summary>Ends a section begun with <see cref="LockLeaf"/>.</summary>
    static abstract void UnlockLeaf(PyThreadState ts, PyObject o);

    // ---- storage reuse (per-thread pools of list arrays and dict tables, Runtime/Pools) ----
    /// <summary>
    /// Called by a lock-free reader of a list's array or a dict's table before it reads (CPython's
    /// ensure_shared_on_read): the first such read by a thread that is not the object's owner marks
    /// the object shared, inside a critical section on it, so that an owner that is resizing it has
    /// finished first and no later resize hands the old storage to a pool. Nothing under the GIL
    /// (no other thread reads while the holder mutates).
    /// </summary>
    static abstract void EnsureSharedOnRead(PyThreadState ts, PyObject o);
    /// <summary>
    /// May the caller, holding <paramref name="o"/>'s critical section, hand storage it just
    /// replaced (an old array or table) to its thread's pool? True when no other thread can be
    /// reading it lock-free: under the GIL always; free-threaded only for an object this thread
    /// owns (or that no thread has counted yet) and that was never marked shared
    /// (<see cref="EnsureSharedOnRead"/>, or a section taken by another thread).
    /// </summary>
    static abstract bool MayReuseStorage(PyThreadState ts, PyObject o);
    /// <summary>
    /// A list or dict died on this thread (its items or entries already released or collected): a
    /// policy that pools dead storage asks DeadStorage.IsCandidate and calls DeadStorage.Release once no
    /// other thread can still be reading it uncounted; a policy that never pools does nothing (the
    /// container keeps its storage).
    /// </summary>
    static abstract void RetireStorage(PyThreadState ts, PyObject container);

    /// <summary>
    /// Writes <paramref name="value"/> into a field several threads may write at once (a closure
    /// cell's contents) and returns what it held: of two racing writers each gets a different old
    /// value to release (Ops.StoreShared). A plain swap under the GIL; one atomic exchange in the
    /// free-threaded policy, or a plain swap while its thread elides locks (a leaf operation).
    /// </summary>
    static abstract PyObject? Exchange(PyThreadState ts, ref PyObject? slot, PyObject? value);

    // ---- thread attachment ----
    /// <summary>Called when ts.EvalBreaker is non-zero at a backward jump or call.</summary>
    static abstract void HandleEvalBreaker(PyThreadState ts);
    /// <summary>Before a blocking operation: release the GIL / suspend held critical sections.</summary>
    static abstract void Detach(PyThreadState ts);
    /// <summary>After a blocking operation: re-take the GIL / resume critical sections.</summary>
    static abstract void Attach(PyThreadState ts);
    /// <summary>
    /// Before attached host code (a host function that keeps the GIL: it runs no Python code and has no
    /// eval-breaker checks). Nothing under the GIL; the free-threaded policy tells threads that wait for
    /// this one to leave its owner sections not to wait (Vm.FreeThreaded/HostCode.cs).
    /// </summary>
    static abstract void EnterHostCode(PyThreadState ts);
    /// <summary>After host code, or before host code calls back into the engine: undoes <see cref="EnterHostCode"/>.
    /// False when the thread was not in host code (always under the GIL).</summary>
    static abstract bool LeaveHostCode(PyThreadState ts);

    // ---- class attributes (objects every thread reads through a class) ----
    /// <summary>
    /// <paramref name="value"/> has just been stored (counted) in the dict of heap type
    /// <paramref name="owner"/>. The free-threaded policy may switch it to per-thread counting
    /// (DeferredRefCount.cs). No-op by default.
    /// </summary>
    static virtual void OnClassAttributeStored(PyThreadState ts, PyType owner, PyObject value) { }

    /// <summary>
    /// <paramref name="old"/> is about to be removed from a heap type's dict (before its count is
    /// dropped): undo <see cref="OnClassAttributeStored"/>. No-op by default.
    /// </summary>
    static virtual void OnClassAttributeRemoving(PyThreadState ts, PyObject old) { }

    // ---- arguments borrowed from the caller's locals (Interpreter.Calls.cs, BindArguments) ----
    /// <summary>True when a call may bind an argument without counting it (see <see cref="PreferBorrow"/>).</summary>
    static virtual bool BorrowsArguments => false;

    /// <summary>
    /// Whether counting <paramref name="a"/> (mortal) into a callee's parameter slot is worth
    /// avoiding by borrowing the caller's local reference instead (the free-threaded policy: when
    /// this thread does not own it, so counting would be two atomics on a line other threads use).
    /// </summary>
    static virtual bool PreferBorrow(PyThreadState ts, PyObject a) => false;

    // ---- default argument values (objects every caller binds into its frame) ----
    /// <summary>
    /// <paramref name="value"/> (mortal), an item of <paramref name="f"/>'s __defaults__ tuple, is
    /// about to be bound into a new frame. The free-threaded policy may switch it to per-thread
    /// counting when <paramref name="f"/> is immortal (DeferredRefCount.cs). No-op by default.
    /// </summary>
    static virtual void OnDefaultBound(PyThreadState ts, PyFunction f, PyObject value) { }

    /// <summary>
    /// <paramref name="old"/> is about to lose a function's counted reference (its __defaults__
    /// tuple is being replaced): undo <see cref="OnDefaultBound"/>. No-op by default.
    /// </summary>
    static virtual void OnDefaultsReleasing(PyThreadState ts, PyTuple old) { }
}

/// <summary>`using var cs = new CriticalSection&lt;TSync&gt;(ts, o);` locks o for the scope.</summary>
public readonly ref struct CriticalSection<TSync> where TSync : struct, ISyncPolicy
{
    private readonly PyThreadState _ts;
    private readonly PyObject _o;

    public CriticalSection(PyThreadState ts, PyObject o)
    {
        _ts = ts;
        _o = o;
        TSync.Lock(ts, o);
    }

    public void Dispose() => TSync.Unlock(_ts, _o);
}

/// <summary>Two-object critical section (locks in a fixed order).</summary>
public readonly ref struct CriticalSection2<TSync> where TSync : struct, ISyncPolicy
{
    private readonly PyThreadState _ts;
    private readonly PyObject _a;
    private readonly PyObject _b;

    public CriticalSection2(PyThreadState ts, PyObject a, PyObject b)
    {
        _ts = ts;
        _a = a;
        _b = b;
        TSync.Lock2(ts, a, b);
    }

    public void Dispose() => TSync.Unlock2(_ts, _a, _b);
}

/// <summary>
/// Monitor.Enter for a .NET lock guarding VM state (the import lock, a file object, a zlib stream):
/// a thread that must wait detaches first, so it never waits holding the GIL or critical sections.
/// </summary>
public static class AttachedMonitor<TSync> where TSync : struct, ISyncPolicy
{
    public static void Enter(PyThreadState ts, object gate)
    {
        if (Monitor.TryEnter(gate)) return;
        using (new Detached<TSync>(ts)) Monitor.Enter(gate);
    }
}

/// <summary>`using (new Detached&lt;TSync&gt;(ts)) { blocking call }` releases the GIL / suspends sections.</summary>
public readonly ref struct Detached<TSync> where TSync : struct, ISyncPolicy
{
    private readonly PyThreadState _ts;

    public Detached(PyThreadState ts)
    {
        _ts = ts;
        TSync.Detach(ts);
    }

    public void Dispose() => TSync.Attach(_ts);
}
