// Delayed reuse of dead containers' storage (src/Vm.FreeThreaded/Qsbr.cs, Runtime/Pools/DeadStorage.cs),
// one step at a time with thread states standing for threads: a dead list's or dict's storage waits
// while another attached thread has not reported a quiescent state, goes to the pool once it has (or
// at once when the other thread is detached), and never goes when a reader marked or counted the dead
// container meanwhile; a full queue drops its oldest entry (which keeps its storage).
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class QsbrTests
{
    /// <summary>A list counted by <paramref name="ts"/> (its owner), grown by append to <paramref name="n"/> items.</summary>
    private static PyList OwnedList(PyThreadState ts, int n)
    {
        var l = Ops<FreeThreadedSync>.NewList(ts);
        ObjectLifecycle<FreeThreadedSync>.IncRef(ts, l);
        for (int i = 0; i < n; i++) ListOps<FreeThreadedSync>.Append(ts, l, ts.Rt.None);
        return l;
    }

    /// <summary>Another thread state, attached (no lock elision in this runtime: nothing waits for it).</summary>
    private static PyThreadState Attached(PyRuntime rt)
    {
        var ts = rt.NewThreadState();
        FreeThreadedSync.Attach(ts);
        return ts;
    }

    /// <summary>Main thread a owns a 100-item list l (a 128-slot array arr from growth) and drops it (it dies
    /// on a) while thread state b is attached.</summary>
    private static (PyRuntime rt, PyThreadState a, PyThreadState b, PyList l, PyObject?[] arr) ADeadListAndAnAttachedReader()
    {
        var rt = Runtimes.FreeThreaded();
        var a = rt.MainThread;
        var b = Attached(rt);
        var l = OwnedList(a, 100);
        var arr = l._items;
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, l);
        return (rt, a, b, l, arr);
    }

    private static bool ReportRequested(PyThreadState ts) => (Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.QsbrReport) != 0;

    [Fact]
    public void ADeadListsArray_WaitsForTheOtherAttachedThreadsReport_ThenServesTheNextList()
    {
        var (_, a, b, l, arr) = ADeadListAndAnAttachedReader();
        Assert.Same(arr, l._items); // kept, items in place, while b may still be reading it
        Assert.Equal(100, l.Count);
        Assert.False(a.ItemArrays.Holds(arr));
        Assert.True(ReportRequested(b));
        FreeThreadedSync.HandleEvalBreaker(b); // b's quiescent report
        Assert.False(ReportRequested(b));
        var l2 = OwnedList(a, 20);
        var arr2 = l2._items;
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, l2); // a's next retirement polls: l's array is released
        Assert.True(a.ItemArrays.Holds(arr));
        Assert.Equal(0, l.Count); // left empty, never sharing an array with a live list
        Assert.Same(arr2, l2._items); // l2 waits for b's next report
        var big = OwnedList(a, 100);
        Assert.Same(arr, big._items);
        Assert.Equal(1, FreeThreadedSync.ThreadStateOf(a).QsbrReleased);
    }

    [Fact]
    public void ADetachedThread_CountsAsQuiescent()
    {
        var rt = Runtimes.FreeThreaded();
        var a = rt.MainThread;
        var b = Attached(rt);
        FreeThreadedSync.Detach(b);
        var d = new PyDict(rt.DictType);
        ObjectLifecycle<FreeThreadedSync>.IncRef(a, d);
        for (int i = 0; i < 300; i++) DictOps<FreeThreadedSync>.SetItem(a, d, rt.NewInt(1000 + i), rt.NewInt(i));
        var t = d._table;
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, d);
        Assert.Same(DictTable.Empty, d._table); // released at once: no other thread attached
        Assert.All(t.Entries, e => Assert.Null(e.Key));
        Assert.False(ReportRequested(b));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AReaderThatCountedOrMarkedTheDeadContainer_KeepsItsStorage(bool marks)
    {
        var (_, a, b, l, arr) = ADeadListAndAnAttachedReader();
        // b loaded l before its death and now acts on it
        if (marks) FreeThreadedSync.EnsureSharedOnRead(b, l);
        else FreeThreadedSync.IncRef(b, l);
        FreeThreadedSync.HandleEvalBreaker(b);
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, OwnedList(a, 20)); // polls
        Assert.False(a.ItemArrays.Holds(arr));
        Assert.Same(arr, l._items);
        Assert.Equal(100, l.Count);
        Assert.Equal(1, FreeThreadedSync.ThreadStateOf(a).QsbrRefused);
    }

    [Fact]
    public void AFullQueue_DropsItsOldestEntry_WhichKeepsItsStorage()
    {
        var rt = Runtimes.FreeThreaded();
        var a = rt.MainThread;
        Attached(rt); // never reports
        var first = OwnedList(a, 100);
        var arr = first._items;
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, first);
        for (int i = 0; i < Qsbr.MaxPending; i++) ObjectLifecycle<FreeThreadedSync>.DecRef(a, OwnedList(a, 20));
        var ft = FreeThreadedSync.ThreadStateOf(a);
        Assert.Equal(1, ft.QsbrDropped);
        Assert.Equal(0, ft.QsbrReleased);
        Assert.Same(arr, first._items);
        Assert.Equal(100, first.Count);
    }

    [Fact]
    public void AnExitedThread_NoLongerDelaysReuse()
    {
        var (rt, a, b, l, arr) = ADeadListAndAnAttachedReader();
        Assert.False(a.ItemArrays.Holds(arr));
        rt.DeleteThreadState(b);
        ObjectLifecycle<FreeThreadedSync>.DecRef(a, OwnedList(a, 20));
        Assert.True(a.ItemArrays.Holds(arr));
    }
}
