// The object header: what PEP 703 puts in every object (DESIGN.md, "The object header").
//
// Reference-counting convention used across the VM ("counted storage"):
//  * Counted references are those held by storage that outlives an instruction: frame local
//    slots and cells, container items (list, tuple, dict, set, deque, ...), instance
//    attributes and slots, closures, generator frames, and native objects that keep a
//    PyObject (partial, map, iterators, ...). Storing increfs the new value, overwriting or
//    removing decrefs the old one.
//  * The value stack and .NET locals hold UNCOUNTED (borrowed) references. A new object starts
//    at count 0 ("floating"). When the eval loop discards a stack value it checks whether the
//    object is floating and, if so, deallocates it (so `A()` as a statement runs __del__).
//  * A container that removes an item in order to return it (list.pop, dict.pop) uses
//    DecRefNoDealloc: the object becomes floating again and belongs to whoever stores it next.
//  * Deallocation never clears the object's .NET references: it runs __del__ (once), fires weak
//    reference callbacks and decrefs the children. A miscount can therefore change only when
//    __del__ runs, never corrupt data (memory itself belongs to the .NET GC).
//  * Immortal objects (flag) are never counted: small ints and every exact int/float/str/bytes,
//    None, True/False, NotImplemented, Ellipsis, and "deferred" shared objects (functions without
//    a closure, code, types, modules), which have no observable finalisation. This keeps objects
//    that every thread touches out of contended atomics.
//  * Cycles are freed by the cycle collector (Runtime/Gc/CycleCollector.cs), which uses
//    CollectChildren as its traverse: it must list exactly the counted references.
using System.Runtime.CompilerServices;

namespace Vm.Objects;

[Flags]
public enum ObjectFlags : int
{
    None = 0,
    /// <summary>Never reference-counted, never deallocated.</summary>
    Immortal = 1,
    /// <summary>__del__ has run (PEP 442: at most once).</summary>
    Finalized = 2,
    /// <summary>Deallocation has been claimed (exactly once).</summary>
    Dead = 4,
    /// <summary>At least one weak reference points here.</summary>
    HasWeakRefs = 8,
    /// <summary>
    /// Free-threaded backend: counted per thread while a class dict holds it (DeferredRefCount.cs);
    /// bits 10 and up then hold its registry index.
    /// </summary>
    Deferred = 16,
    /// <summary>Sits in a thread's cycle-collector candidate buffer (Runtime/Gc/GcCandidates.cs).</summary>
    GcBuffered = 32,
    /// <summary>An int whose value does not fit in a long (PyInt.IsBig); set at construction, never cleared.</summary>
    BigInt = 64,
    /// <summary>id() has been asked for: the runtime's id table holds an entry to drop when the object dies.</summary>
    HasId = 128,
    /// <summary>
    /// Free-threaded backend: the per-object mutex of critical sections is held (Vm.FreeThreaded/ObjectMutex.cs;
    /// CPython keeps ob_mutex beside ob_gc_bits the same way). Changed only with Interlocked.
    /// </summary>
    MutexLocked = 256,
    /// <summary>With <see cref="MutexLocked"/>: a thread may be asleep waiting for the mutex.</summary>
    MutexWaiters = 512,
    /// <summary>
    /// Free-threaded backend: the mutex word is the only authority for this object's critical sections. Until
    /// it is set, the owner thread (ObTid) runs its sections on the object without touching the mutex
    /// (Vm.FreeThreaded/CriticalSections.cs, "OWNER SECTIONS"); set once, never cleared. The sign bit: the
    /// deferred registry index (bits 10-30) never reaches it.
    /// </summary>
    LockShared = int.MinValue,
}

public abstract class PyObject
{
    // ---- PEP 703 header (fields are touched only through the sync policies) ----
    /// <summary>Owning thread's id (biased refcounting); 0 while unowned; negative once merged (minus the former owner's id, or -1).</summary>
    internal int ObTid;
    /// <summary>Owner-local count (plain writes by the owner only). The GIL policy keeps the whole count here.</summary>
    internal int RefLocal;
    /// <summary>Shared count shifted left by 2, low 2 bits = <see cref="SharedState"/> (atomic).</summary>
    internal int RefShared;
    /// <summary>
    /// <see cref="ObjectFlags"/>, including the critical-section mutex's two bits. Once the object may be
    /// seen by another thread, change it only with Interlocked (a plain read-modify-write could undo
    /// a concurrent lock or unlock); a plain write is fine while it is being constructed.
    /// </summary>
    internal int FlagBits;

    /// <summary>The object's Python type (`ob_type`). Assignable for `__class__` assignment.</summary>
    public PyType Type;

    protected PyObject(PyType type) { Type = type; }

    public bool IsImmortal
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (FlagBits & (int)ObjectFlags.Immortal) != 0;
    }

    /// <summary>Makes the object immortal before another thread can see it (a plain write: see <see cref="FlagBits"/>).</summary>
    internal void MakeImmortal() => FlagBits |= (int)ObjectFlags.Immortal;

    /// <summary>Makes an object immortal that other threads may already use (and lock).</summary>
    internal void MakeImmortalShared() => Interlocked.Or(ref FlagBits, (int)ObjectFlags.Immortal);

    /// <summary>Undoes a constructor's MakeImmortal before the object is published (never counted yet).</summary>
    internal void MakeMortalUnpublished() => FlagBits &= ~(int)ObjectFlags.Immortal;

    /// <summary>Adds the children this object holds counted references to, for deallocation.</summary>
    public virtual void CollectChildren(List<PyObject> sink) { }

    public override string ToString() => $"<{Type.Name} object>";
}

/// <summary>The low two bits of <see cref="PyObject.RefShared"/> (CPython's _Py_REF_* states).</summary>
public static class SharedState
{
    public const int Default = 0;
    public const int MaybeWeakRef = 1;
    public const int Queued = 2;
    public const int Merged = 3;
    public const int Mask = 3;
    public const int Shift = 2;
}
