// Candidate buffering for the cycle collector ("possible roots", Bacon and Rajan 2001).
//
// A garbage cycle becomes garbage when its last outside reference goes: that decrement leaves a
// member's count above zero (the cycle's own references remain). So every counted decrement that
// does not reach zero, and every drop of a borrowed (stack) reference to a counted object,
// buffers the object here; the collector starts from the buffered objects only, so it never
// needs a list of every object (CPython's GC lists), and a program without cycles pays one flag
// test per surviving decrement.
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
        var st = ts.Rt.Gc;
        if (buf.Count >= st.Trigger)
        {
            if (st.Enabled) ts.SetEvalBreakerBit(EvalBreakerBits.GcScheduled);
            // Collection disabled (or not reached yet): drop the entries already freed by
            // counting so the buffer stays proportional to live objects (at powers of two, so the
            // compactions cost O(1) per entry however many survive them).
            if (buf.Count >= 2 * st.Trigger && (buf.Count & (buf.Count - 1)) == 0) Compact(buf);
        }
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
