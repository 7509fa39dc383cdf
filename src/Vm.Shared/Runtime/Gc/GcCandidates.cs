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
        if ((Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.GcBuffered) & (int)ObjectFlags.GcBuffered) != 0) return;
        var buf = ts.GcCandidates ??= new List<PyObject>();
        buf.Add(o);
        if (buf.Count == buf.Capacity && buf.Count >= CompactFrom) CompactOrGrow(buf);
        if (++ts.GcYoungLocal >= FlushEvery) Flush(ts, buf);
    }

    /// <summary>Buffers o again after a collection kept it (held only by a stack slot): not young.</summary>
    public static void Keep(PyThreadState ts, PyObject o)
    {
        if ((Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.GcBuffered) & (int)ObjectFlags.GcBuffered) != 0) return;
        (ts.GcCandidates ??= new List<PyObject>()).Add(o);
    }

    /// <summary>A buffered object was freed by counting: it no longer counts as young (CPython's
    /// record_deallocation). Its buffer entry stays until the next collection or compaction.
    /// When it is the newest entry (noted, then freed before anything else was noted: an iterated
    /// list dropped by the next store), the entry goes at once, so it does not keep the object's
    /// graph reachable for the .NET GC until the next compaction.</summary>
    public static void NoteFreed(PyThreadState ts, PyObject o)
    {
        ts.GcYoungLocal--;
        var buf = ts.GcCandidates;
        if (buf is { Count: > 0 } && ReferenceEquals(buf[^1], o))
        {
            buf.RemoveAt(buf.Count - 1);
            Interlocked.And(ref o.FlagBits, ~(int)ObjectFlags.GcBuffered);
        }
    }

    /// <summary>Adds the thread's young count to the runtime's (batched as CPython's free-threaded
    /// build does, so the shared counter is not an atomic per object) and schedules a collection
    /// when <see cref="GcState.ShouldCollect"/> says so.</summary>
    private static void Flush(PyThreadState ts, List<PyObject> buf)
    {
        var st = ts.Rt.Gc;
        long young = Interlocked.Add(ref st.Young, ts.GcYoungLocal);
        ts.GcYoungLocal = 0;
        if (st.ShouldCollect(young)) ts.SetEvalBreakerBit(EvalBreakerBits.GcScheduled);
    }

    /// <summary>Young candidates a thread counts before adding them to the runtime's count.</summary>
    private const int FlushEvery = 64;

    /// <summary>
    /// Buffers shorter than this are never compacted (a collection empties them). Small, because a
    /// dead entry keeps its whole object graph reachable for the .NET GC (deallocation does not
    /// clear references): with 4096, a loop rebuilding a 200-row list of lists kept 300 dead
    /// copies (8 MB) alive, and gen0 collections copied them.
    /// </summary>
    private const int CompactFrom = 256;

    /// <summary>
    /// The buffer is full: drop the entries already freed by counting, so it stays proportional
    /// to live candidates. This does not depend on the young count: an object buffered and then
    /// freed by counting (a short-lived instance whose attribute store noted it) adds nothing to
    /// it, so a program making only such objects never schedules a collection, and its buffer
    /// used to keep every one of them reachable for the .NET GC (100,000 `V(1, 2)` kept 12 MB
    /// alive and made gen0 collections copy them). When more than half survive, the capacity
    /// doubles, so each compaction is paid for by at least Capacity/2 additions (O(1) per entry).
    /// </summary>
    private static void CompactOrGrow(List<PyObject> buf)
    {
        Compact(buf);
        if (buf.Count > buf.Capacity / 2) buf.Capacity *= 2;
    }

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
