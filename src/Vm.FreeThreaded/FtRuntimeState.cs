// Per-runtime state of the free-threaded backend (DESIGN.md, "The free-threaded backend").
//
// What lives here, and what guards it:
//  * The parking lot of ObjectMutex: a fixed array of plain monitor objects ("buckets"). A thread
//    that must sleep on a contended object mutex waits on the bucket the object hashes to
//    (RuntimeHelpers.GetHashCode), and an unlock that finds the mutex word in state 2 ("locked
//    with waiters") pulses that bucket. Buckets are only ever used with Monitor, so Coyote
//    controls every sleep and wake-up (COYOTE.md).
//  * The stop-the-world state (StopTheWorld.cs): StwLock is the monitor every transition of a
//    thread's attachment status notifies while a pause is active; StwActive (0/1, Interlocked /
//    Volatile) and StwRequester are written only under StwLock and read lock-free on the attach
//    path (see StopTheWorld.cs for why the lock-free read is enough).
//  * DeferredLock guards the registry of deferred objects (DeferredRefCount.cs): index -> object
//    and the free indexes.
//  * AbandonedMergeLock serialises biased-refcount merges done on behalf of an exited owner
//    (BiasedRefCount.cs): two non-owners finding the same abandoned object must not both move
//    its local count into the shared field.
//  * HandshakeLock / HandshakeWaiters: a thread that must wait until an object's owner has passed
//    one detach (CriticalSections.cs, "OWNER SECTIONS") counts itself in HandshakeWaiters
//    (Interlocked) and waits on HandshakeLock; every detach and exit pulses it while the count is
//    non-zero (the same no-lost-wake-up argument as the stop-the-world monitor).
//  * The lock-order tie-breaker of two-object critical sections (CriticalSections.cs):
//    objects are ordered by RuntimeHelpers.GetHashCode; only when two hashes collide is a unique
//    serial number handed out lazily (ConditionalWeakTable, so nothing is added to the header
//    and nothing is kept alive).
//  * Single-thread lock elision (CriticalSections.cs, "ELISION"): ElisionEnabled is fixed at
//    construction; ThreadsCreated (Interlocked) picks the first thread, the only one that may
//    elide; Eliding (0/1, Interlocked / Volatile) is 1 while that thread may still be eliding, and
//    is cleared only by the conversion pause (a stop-the-world); set again, under a pause, by a
//    thread that finds itself the only live one (LiveThreads, Interlocked: thread states created
//    and not yet exited).
//  * Dead containers' storage (Qsbr.cs): QsbrSeq (Interlocked), QsbrThreads (copy-on-write under
//    QsbrLock, read lock-free).
// Nothing here is static: every runtime (and every Coyote iteration) has fresh locks.
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public sealed class FtRuntimeState : RuntimeBackendState
{
    /// <summary>The runtime this state belongs to.</summary>
    public readonly PyRuntime Runtime;

    private readonly object[] _parkingLot;
    private readonly int _parkingMask;

    /// <summary>Guards DeferredObjects and DeferredFree (DeferredRefCount.cs).</summary>
    internal readonly object DeferredLock = new();
    /// <summary>Deferred objects by registry index (null = free slot).</summary>
    internal readonly List<PyObject?> DeferredObjects = new();
    /// <summary>Free registry indexes (every thread's delta for them is zero).</summary>
    internal readonly Stack<int> DeferredFree = new();

    /// <summary>Serialises merges done on behalf of exited owner threads.</summary>
    internal readonly object AbandonedMergeLock = new();

    /// <summary>Monitor a thread waits on for another to detach (CriticalSections.cs, "OWNER SECTIONS").</summary>
    internal readonly object HandshakeLock = new();
    /// <summary>Threads waiting on HandshakeLock (Interlocked); a detaching thread pulses it when non-zero.</summary>
    internal int HandshakeWaiters;

    /// <summary>Monitor of the stop-the-world protocol (StopTheWorld.cs).</summary>
    internal readonly object StwLock = new();
    /// <summary>1 while a stop-the-world pause is requested or in force (written under StwLock).</summary>
    internal int StwActive;
    /// <summary>The thread that owns the current pause (written under StwLock).</summary>
    internal PyThreadState? StwRequester;
    /// <summary>True once every other thread has parked (written under StwLock).</summary>
    internal bool WorldStopped;

    /// <summary>The first thread runs its critical sections without taking mutexes until a second thread attaches.</summary>
    public readonly bool ElisionEnabled;
    /// <summary>Owners run their sections on their objects without the mutex (CriticalSections.cs, "OWNER SECTIONS").</summary>
    public readonly bool OwnerSectionsEnabled;
    /// <summary>Thread states created so far (the first one may elide).</summary>
    internal int ThreadsCreated;
    /// <summary>1 while a thread may be eliding (cleared by the conversion pause; set by CriticalSections.ResumeElision).</summary>
    internal int Eliding;
    /// <summary>Thread states created and not yet exited (Interlocked).</summary>
    internal int LiveThreads;

    // ---- dead containers' storage (Qsbr.cs) ----
    /// <summary>The global write sequence: a retired container's goal (Interlocked).</summary>
    internal long QsbrSeq = 1;
    /// <summary>Registered threads (copy-on-write under QsbrLock; read lock-free).</summary>
    internal FtThreadState[] QsbrThreads = [];
    internal readonly object QsbrLock = new();

    /// <summary>True while the runtime's first thread may still run critical sections without mutexes.</summary>
    public bool MayElide => Volatile.Read(ref Eliding) != 0;

    private readonly ConditionalWeakTable<PyObject, StrongBox<long>> _orderIds = new();
    private long _nextOrderId;

    /// <param name="rt">The runtime (its Threads registry is used to find merge-queue owners and to stop the world).</param>
    /// <param name="parkingBuckets">Number of parking-lot buckets (rounded up to a power of two).</param>
    /// <param name="elideWhileSingleThreaded">Let the first thread skip the mutexes of its critical
    /// sections until a second thread attaches (CriticalSections.cs, "ELISION").</param>
    /// <param name="ownerSections">Let an object's owner thread run its critical sections on it without the
    /// mutex until another thread needs it (CriticalSections.cs, "OWNER SECTIONS"). Only for a runtime whose
    /// attached threads poll the eval breaker or detach to wait: the other thread waits for the owner to.</param>
    public FtRuntimeState(PyRuntime rt, int parkingBuckets = 64, bool elideWhileSingleThreaded = false, bool ownerSections = true)
    {
        ArgumentNullException.ThrowIfNull(rt);
        Runtime = rt;
        ElisionEnabled = elideWhileSingleThreaded;
        OwnerSectionsEnabled = ownerSections;
        int n = 1;
        while (n < Math.Max(1, parkingBuckets)) n <<= 1;
        _parkingLot = new object[n];
        for (int i = 0; i < n; i++) _parkingLot[i] = new object();
        _parkingMask = n - 1;
    }

    /// <summary>The parking-lot bucket an object's mutex waiters sleep on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal object BucketOf(PyObject o) => _parkingLot[RuntimeHelpers.GetHashCode(o) & _parkingMask];

    /// <summary>True while a stop-the-world pause is requested or in force.</summary>
    public bool IsWorldStopping => Volatile.Read(ref StwActive) != 0;

    /// <summary>
    /// A unique, stable number for an object, handed out on first request. Used only to break
    /// ties between objects whose RuntimeHelpers.GetHashCode values collide.
    /// </summary>
    internal long OrderIdOf(PyObject o) =>
        _orderIds.GetValue(o, _ => new StrongBox<long>(Interlocked.Increment(ref _nextOrderId))).Value;
}
