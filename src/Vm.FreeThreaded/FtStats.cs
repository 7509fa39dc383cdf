// Opt-in contention counters of the free-threaded backend (`PYVM_FTSTATS=1`; `=2` also names
// the objects: function and builtin names, str values).
//
// What is counted, and where. Only the OUT-OF-LINE slow paths count, behind the static readonly
// bool Enabled, which the tiered JIT folds to a constant: with the variable unset the counting
// code is not even compiled into the hot methods, and the inlined owner fast paths of
// FreeThreadedSync carry no check at all.
//  * shared incref / decref / pop: a non-owner touched an object's RefShared with an atomic
//    (BiasedRefCount.IncRefSlow, DecRefShared, DecRefNoDeallocShared). These are the counts that
//    tell which objects two threads contend on; they are broken down by type (and name).
//  * claims: a thread claimed a fresh object (one uncontended CAS); queued: a non-owner's
//    decrement was handed to the owner's merge queue; queue merges: objects the owner merged
//    from its queue; give-ups: the owner merged an object itself (local count reached 0 with
//    shared references, or the shared count went negative); abandoned: merges done for an
//    exited owner.
//  * critical sections: nested (re-entrant, no lock), uncontended (one CAS), contended (had to
//    spin or sleep: ObjectMutex.LockSlow), per object type for the contended ones.
//  * deferred objects (DeferredRefCount.cs): counts done in the thread's own array instead of
//    an atomic, objects deferred and undeferred.
//  * allocations: bytes the thread allocated (GC.GetAllocatedBytesForCurrentThread, sampled on
//    the thread itself at its exit; the process total is printed beside it), gen0/1/2
//    collections and GC pause time.
//
// Threading: each thread writes only its own FtThreadStats (plain fields, no atomics: the
// counters are diagnostics). An exiting thread hands its stats to the runtime's finished list
// under FtStats' lock; the report at process exit reads the live threads' counters without
// synchronisation (they may be a few increments stale).
using System.Runtime.CompilerServices;
using System.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

/// <summary>The counters of one thread (see the file header).</summary>
public sealed class FtThreadStats
{
    public readonly int ThreadId;
    public long SharedIncRef, SharedDecRef, SharedPop, Claims, Queued, QueueMerges, GiveUps, Abandoned, Barriers;
    public long CsNested, CsUncontended, CsContended, CsOwner, CsOwnerLeaf, CsRevoked, CsHandshakes;
    /// <summary>Rounds of ObjectMutex.LockSlow's parking loop: a contended lock that spinning did not get (each round may sleep).</summary>
    public long CsParked;
    /// <summary>ObjectMutex.LockSlow: locks taken while spinning (no sleep), spin rounds done, returns from a sleep.</summary>
    public long CsSpinAcquired, CsSpinRounds, CsWoken;
    /// <summary>Mutexes of one-object sections this thread took when another thread had taken that object's mutex last
    /// (the lock, and the lines written under it, moved between cores); approximate: see <see cref="FtStats.CountTaken"/>.</summary>
    public long CsTakenFromOther;
    /// <summary>Deferred (per-thread) counting: counts done in this thread's array, objects deferred and undeferred by this thread.</summary>
    public long DeferredOps, Defers, Undefers;
    /// <summary>Bytes allocated by the thread (set when it exits; -1 while it runs).</summary>
    public long AllocatedBytes = -1;
    /// <summary>Shared-refcount atomics per object key: [incref, decref, pop].</summary>
    public readonly Dictionary<string, long[]> ByKey = new();
    /// <summary>Contended critical sections per object type.</summary>
    public readonly Dictionary<string, long> ContendedByType = new();

    internal FtThreadStats(int threadId) => ThreadId = threadId;

    public long SharedAtomics => SharedIncRef + SharedDecRef + SharedPop;

    internal void Count(PyObject o, int kind)
    {
        string key = FtStats.KeyOf(o);
        if (!ByKey.TryGetValue(key, out var c)) ByKey[key] = c = new long[3];
        c[kind]++;
    }
}

public static class FtStats
{
    /// <summary>PYVM_FTSTATS is 1 or 2: count (read once; a constant to the tiered JIT).</summary>
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("PYVM_FTSTATS") is "1" or "2";

    /// <summary>PYVM_FTSTATS=2: keys name the object (function name, str value), not only its type.</summary>
    private static readonly bool s_byName = Environment.GetEnvironmentVariable("PYVM_FTSTATS") == "2";

    private static readonly object s_lock = new();
    private static readonly List<FtThreadStats> s_finished = new();
    private static readonly List<WeakReference<FtRuntimeState>> s_runtimes = new();
    private static bool s_hooked;

    internal const int IncKind = 0, DecKind = 1, PopKind = 2;

    /// <summary>Sleepers woken by ObjectMutex unlocks (all threads; a PulseAll counts once).</summary>
    private static long s_wakeups;

    /// <summary>The thread that last took a mutex, per slot of RuntimeHelpers.GetHashCode(object): objects whose hash codes
    /// share a slot share the entry, so <see cref="FtThreadStats.CsTakenFromOther"/> is approximate (diagnostics only; racy plain writes).</summary>
    private static readonly int[] s_lastTaker = new int[1 << 16];

    /// <summary>Counts an object mutex taken by a one-object section; notes a change of the taking thread.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void CountTaken(FtThreadStats s, PyObject o)
    {
        ref int last = ref s_lastTaker[RuntimeHelpers.GetHashCode(o) & (s_lastTaker.Length - 1)];
        if (last == s.ThreadId) return;
        last = s.ThreadId;
        s.CsTakenFromOther++;
    }

    /// <summary>ObjectMutex.UnlockSlow woke the sleepers of a mutex.</summary>
    internal static void CountWakeup() => Interlocked.Increment(ref s_wakeups);

    /// <summary>The stats of a thread (only call when <see cref="Enabled"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FtThreadStats Of(PyThreadState ts) => Unsafe.As<FtThreadState>(ts.Backend)!.Stats!;

    internal static FtThreadStats NewThread(PyThreadState ts, FtRuntimeState rs)
    {
        lock (s_lock)
        {
            if (!s_hooked)
            {
                s_hooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Report(Console.Error);
            }
            bool known = false;
            foreach (var w in s_runtimes)
                if (w.TryGetTarget(out var r) && ReferenceEquals(r, rs)) known = true;
            if (!known) s_runtimes.Add(new WeakReference<FtRuntimeState>(rs));
        }
        return new FtThreadStats(ts.Id);
    }

    /// <summary>Called on the exiting thread itself: samples its allocations and files its stats.</summary>
    internal static void ThreadExited(FtThreadStats s)
    {
        s.AllocatedBytes = GC.GetAllocatedBytesForCurrentThread(); // each Python thread runs on an OS thread of its own
        lock (s_lock) s_finished.Add(s);
    }

    internal static string KeyOf(PyObject o)
    {
        string t = o.Type.Name;
        if (!s_byName) return t;
        return o switch
        {
            PyFunction f => t + " " + (f.QualName is PyStr q ? q.Value : "?"),
            PyBuiltinFunction b => t + " " + b.Name,
            PyStr s => t + " '" + (s.Value.Length > 20 ? s.Value[..20] + "..." : s.Value) + "'",
            PyType ty => t + " " + ty.Name,
            PyMethod m => t + " of " + KeyOf(m.Func),
            _ => t,
        };
    }

    /// <summary>Writes every thread's counters (finished and still running) to <paramref name="w"/>.</summary>
    public static void Report(TextWriter w)
    {
        var all = new List<FtThreadStats>();
        long exitedAlloc = 0;
        lock (s_lock)
        {
            all.AddRange(s_finished);
            foreach (var s in s_finished) exitedAlloc += s.AllocatedBytes;
            foreach (var wr in s_runtimes)
            {
                if (!wr.TryGetTarget(out var rs)) continue;
                foreach (var ts in rs.Runtime.Threads.Values)
                    if (ts.Backend is FtThreadState { Stats: { } s } && !all.Contains(s)) all.Add(s);
            }
        }
        all.Sort((a, b) => a.ThreadId.CompareTo(b.ThreadId));
        var sb = new StringBuilder();
        sb.Append("== PYVM_FTSTATS ==\n");
        sb.Append($"object mutex wake-ups sent by unlocks: {Interlocked.Read(ref s_wakeups)}\n");
        sb.Append($"process: allocated {GC.GetTotalAllocatedBytes() / 1024} KiB, GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms, exited threads allocated {exitedAlloc / 1024} KiB\n");
        foreach (var s in all) AppendThread(sb, s);
        w.Write(sb.ToString());
        w.Flush();
    }

    private static void AppendThread(StringBuilder sb, FtThreadStats s)
    {
        string alloc = s.AllocatedBytes >= 0 ? $"{s.AllocatedBytes / 1024} KiB" : "(running)";
        sb.Append($"thread {s.ThreadId}: allocated {alloc}; shared atomics {s.SharedAtomics} (incref {s.SharedIncRef}, decref {s.SharedDecRef}, pop {s.SharedPop}); ");
        sb.Append($"claims {s.Claims}, queued {s.Queued}, queue merges {s.QueueMerges}, give-ups {s.GiveUps}, abandoned {s.Abandoned}, pop barriers {s.Barriers}; ");
        sb.Append($"critical sections: nested {s.CsNested}, owner {s.CsOwner} (leaf, no entry {s.CsOwnerLeaf}), uncontended {s.CsUncontended}, contended {s.CsContended} (got it spinning {s.CsSpinAcquired} in {s.CsSpinRounds} spin rounds, slept {s.CsParked}, woken {s.CsWoken}), taken from another thread {s.CsTakenFromOther}, revoked {s.CsRevoked} (handshakes {s.CsHandshakes}); ");
        sb.Append($"deferred: per-thread counts {s.DeferredOps}, defers {s.Defers}, undefers {s.Undefers}\n");
        var keys = s.ByKey.OrderByDescending(kv => kv.Value[0] + kv.Value[1] + kv.Value[2]).Take(12);
        foreach (var (k, c) in keys)
            sb.Append($"    {c[0] + c[1] + c[2],10}  {k}  (incref {c[0]}, decref {c[1]}, pop {c[2]})\n");
        foreach (var (k, c) in s.ContendedByType.OrderByDescending(kv => kv.Value).Take(6))
            sb.Append($"    {c,10}  contended lock on {k}\n");
    }
}
