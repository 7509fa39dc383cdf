// The cycle collector's candidate buffer (Runtime/Gc/GcCandidates.cs): which objects are buffered,
// and that entries of objects freed by counting do not pile up when no collection runs.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.FreeThreaded;
using Xunit;

namespace Vm.Tests.Runtime.Gc;

public sealed class GcCandidateBufferTests
{
    // A counted reference is added and dropped again while another one is held: the surviving
    // decrement buffers the object (its last outside reference may have gone).
    private static void BufferByDecrement(PyThreadState ts, PyObject o)
    {
        ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
        ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
        ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
    }

    [Fact]
    public void FreedCandidates_DoNotAccumulate_WithoutCollections()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        int most = 0;
        var newer = new TObj[20];
        for (int i = 0; i < 20_000; i++)
        {
            var o = rt.NewObj();
            BufferByDecrement(ts, o);
            for (int k = 0; k < newer.Length; k++)
            {
                newer[k] = rt.NewObj();
                BufferByDecrement(ts, newer[k]);
            }
            Assert.True((o.FlagBits & (int)ObjectFlags.GcBuffered) != 0);
            ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o); // freed by counting, 20 entries from the newest: stays
            Assert.Equal(1, o.Deallocs);
            most = Math.Max(most, ts.GcCandidates?.Count ?? 0);
            for (int k = newer.Length - 1; k >= 0; k--) ObjectLifecycle<FreeThreadedSync>.DecRef(ts, newer[k]);
        }
        // Each buffered object is freed at once (the young count never reaches a flush): the
        // buffer used to keep all the dead `o` entries, and with them everything they referenced;
        // compaction keeps them bounded.
        Assert.InRange(most, 1, 4096);
    }

    [Fact]
    public void RecentCandidates_LeaveTheBufferWhenFreed()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        int most = 0;
        for (int i = 0; i < 100_000; i++)
        {
            var o = rt.NewObj();
            var newer = rt.NewObj();
            BufferByDecrement(ts, o);
            BufferByDecrement(ts, newer);
            ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o); // among the newest 16: removed at once
            ObjectLifecycle<FreeThreadedSync>.DecRef(ts, newer);
            Assert.Equal(1, o.Deallocs);
            Assert.True((o.FlagBits & (int)ObjectFlags.GcBuffered) == 0);
            most = Math.Max(most, ts.GcCandidates?.Count ?? 0);
        }
        // A temporary container freed soon after it was buffered (text_dict's per-call dict) must
        // not wait for a compaction: a dead entry keeps everything it referenced alive for the .NET GC.
        Assert.Equal(0, most);
    }

    [Fact]
    public void LiveCandidates_AreKept_AndDeadOnesStayWithinTheLiveCount()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var live = new List<TObj>();
        for (int i = 0; i < 10_000; i++)
        {
            var o = rt.NewObj();
            BufferByDecrement(ts, o);
            live.Add(o);
        }
        int most = 0;
        for (int i = 0; i < 100_000; i++)
        {
            var o = rt.NewObj();
            BufferByDecrement(ts, o);
            ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
            most = Math.Max(most, ts.GcCandidates!.Count);
        }
        var buffered = new HashSet<PyObject>(ts.GcCandidates!, ReferenceEqualityComparer.Instance);
        Assert.All(live, o => Assert.Contains(o, buffered));
        Assert.InRange(most, live.Count, 2 * live.Count + 4096);
    }

    [Fact]
    public void ObjectsWithoutReferences_AreNotBuffered()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        PyObject[] leaves = [new PyStr(rt.StrType, "not a container"), new PyFloat(rt.FloatType, 2.5)];
        foreach (var o in leaves)
        {
            Assert.False(o.IsImmortal);
            BufferByDecrement(ts, o);
            Assert.Equal(0, o.FlagBits & (int)ObjectFlags.GcBuffered);
        }
        Assert.Equal(0, ts.GcCandidates?.Count ?? 0);
    }
}
