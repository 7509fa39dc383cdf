// Candidate buffering for the cycle collector ("possible roots", Bacon and Rajan 2001).
//
// A garbage cycle becomes garbage when its last outside reference goes: that decrement leaves a
// member's count above zero (the cycle's own references remain). So every counted decrement that
// does not reach zero, and every drop of a borrowed (stack) reference to a counted object,
// buffers the object here; the collector starts from the buffered objects only, so it never
// needs a list of every object (CPython's GC lists), and a program without cycles pays one flag
// test per surviving decrement.
//
// WHEN TO COLLECT (CPython 3.13's gc_should_collect, free-threaded build). The young count is
// the number of objects buffered since the last collection minus those of them freed by counting
// since (our stand-in for CPython's allocations minus deallocations of container objects: an
// object that never loses a reference while another holds it cannot be part of a garbage cycle,
// so it need not count). A collection is due when the young count exceeds threshold 0 and also a
// quarter of the objects the last collection traversed and kept: a collection costs O(objects it
// traverses), so the work per young object stays bounded however large the live heap is. Objects
// a collection puts back in the buffer (held only by a stack slot) are not young.
//
// Only objects that can hold references are buffered: an exact str, int, float, complex or bytes
// (not a subclass instance, which has a __dict__) has no children, so it can never be part of a
// cycle (CPython does not track such objects either). Buffering them cost an atomic and a list
// slot per surviving decrement, and kept dead strings reachable for the .NET GC.
//
// The buffer keeps an entry after its object is freed by counting, and that dead entry keeps the
// object's children reachable for the .NET GC (deallocation does not clear references). A freed
// object found among the newest 16 entries is removed at once: text_dict's `counts = {}` per call,
// freed at the return, stayed until a compaction 64 frees later, so every gen0 collection promoted
// 6-11 MB of dead dicts and their words (and nearly every one was of generation 1). Otherwise the
// buffer is compacted (dead entries dropped) once the thread has freed at least 64 buffered
// objects and at least half as many as the buffer holds, and also whenever the buffer is full
// before it grows (objects freed by other threads are not counted here). Each compaction then
// drops about half of what it scans or doubles the capacity: O(1) per entry, and the dead
// entries stay within max(64, live ones) whether or not collections run. Compacting only at the
// young-count flushes, at powers of two, left text_dict's loop (`for w in text.split()` buffers
// each temporary list; all are freed again, so the young count hovers below the flush point)
// with an ever-growing buffer holding every dead list and its words: memory grew 380 KB per
// round, and the rounds between .NET collections ran 5x slower in page faults and clearing.
//
// The GcBuffered flag (set with Interlocked.Or: two threads may decrement the same object) keeps
// an object in at most one buffer. Each thread appends to its own list; the collector reads and
// empties the lists only while the world is stopped (free-threaded) or with the GIL held.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime.Gc;

public static class GcCandidates
{
    /// <summary>Buffers o (a counted object whose count was just decremented and stays above zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Note(PyThreadState ts, PyObject o)
    {
        if ((o.FlagBits & (int)(ObjectFlags.GcBuffered | ObjectFlags.Dead)) == 0) Add(ts, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Add(PyThreadState ts, PyObject o)
    {
        if (CannotHoldReferences(o)) return;
        if ((Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.GcBuffered) & (int)ObjectFlags.GcBuffered) != 0) return;
        Append(ts, o);
        if (++ts.GcYoungLocal >= FlushEvery) Flush(ts);
    }

    /// <summary>Buffers o again after a collection kept it (held only by a stack slot): not young.</summary>
    public static void Keep(PyThreadState ts, PyObject o)
    {
        if (CannotHoldReferences(o)) return;
        if ((Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.GcBuffered) & (int)ObjectFlags.GcBuffered) != 0) return;
        Append(ts, o);
    }

    /// <summary>An exact str, int, float, complex or bytes: no children, never part of a cycle.
    /// (Exact .NET classes: each compare is one method-table test; subclass instances, which have
    /// a __dict__, are other .NET classes.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CannotHoldReferences(PyObject o)
    {
        return o.GetType() == typeof(PyStr) || o.GetType() == typeof(PyInt) || o.GetType() == typeof(PyFloat) ||
               o.GetType() == typeof(PyBytes) || o.GetType() == typeof(PyComplex);
    }

    private static void Append(PyThreadState ts, PyObject o)
    {
        var buf = ts.GcCandidates ??= new List<PyObject>(MinCompactSize);
        if (buf.Count == buf.Capacity && buf.Count >= MinCompactSize) MakeRoom(ts, buf);
        buf.Add(o);
    }

    /// <summary>The buffer is full: drop the entries freed by counting; if that frees less than
    /// half, double the capacity (so the next compaction is at least as many appends away as
    /// this one scanned).</summary>
    private static void MakeRoom(PyThreadState ts, List<PyObject> buf)
    {
        Compact(buf);
        ts.GcBufferedFreed = 0;
        if (buf.Count > buf.Capacity / 2) buf.Capacity *= 2;
    }

    /// <summary>A buffer's first capacity; a full buffer smaller than this just grows.</summary>
    private const int MinCompactSize = 4096;

    /// <summary>A buffered object was freed by counting: it no longer counts as young (CPython's
    /// record_deallocation). Its buffer entry stays until the next collection or compaction.</summary>
    public static void NoteFreed(PyThreadState ts, PyObject o)
    {
        ts.GcYoungLocal--;
        // A recent entry (a temporary container noted, then freed a few notes later: an iterated
        // list dropped by the next store, the dict a function built, dropped at its return) goes at
        // once, without waiting for a compaction; the last entry moves into its place (the
        // buffer's order does not matter).
        var buf = ts.GcCandidates;
        if (buf != null)
        {
            int n = buf.Count;
            for (int i = n - 1; i >= Math.Max(0, n - RecentEntries); i--)
            {
                if (!ReferenceEquals(buf[i], o)) continue;
                buf[i] = buf[n - 1];
                buf.RemoveAt(n - 1);
                Interlocked.And(ref o.FlagBits, ~(int)ObjectFlags.GcBuffered);
                return;
            }
        }
        if (++ts.GcBufferedFreed >= CompactAfterFreed) CompactIfHalfDead(ts);
    }

    /// <summary>How many of the newest entries a freed buffered object is looked for among.</summary>
    private const int RecentEntries = 16;

    /// <summary>Frees of buffered objects before a compaction is considered.</summary>
    private const int CompactAfterFreed = 64;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CompactIfHalfDead(PyThreadState ts)
    {
        var buf = ts.GcCandidates;
        if (buf == null)
        {
            ts.GcBufferedFreed = 0;
            return;
        }
        if (2L * ts.GcBufferedFreed < buf.Count) return; // mostly live: wait for more frees
        Compact(buf);
        ts.GcBufferedFreed = 0;
    }

    /// <summary>Adds the thread's young count to the runtime's (batched as CPython's free-threaded
    /// build does, so the shared counter is not an atomic per object) and schedules a collection
    /// when <see cref="GcState.ShouldCollect"/> says so.</summary>
    private static void Flush(PyThreadState ts)
    {
        var st = ts.Rt.Gc;
        long young = Interlocked.Add(ref st.Young, ts.GcYoungLocal);
        ts.GcYoungLocal = 0;
        if (st.ShouldCollect(young)) ts.SetEvalBreakerBit(EvalBreakerBits.GcScheduled);
    }

    /// <summary>Young candidates a thread counts before adding them to the runtime's count.</summary>
    private const int FlushEvery = 64;

    private static void Compact(List<PyObject> buf)
    {
        int k = 0;
        for (int i = 0; i < buf.Count; i++)
        {
            var o = buf[i];
            if ((o.FlagBits & (int)ObjectFlags.Dead) != 0) Interlocked.And(ref o.FlagBits, ~(int)ObjectFlags.GcBuffered);
            else buf[k++] = o;
        }
        buf.RemoveRange(k, buf.Count - k);
    }
}
