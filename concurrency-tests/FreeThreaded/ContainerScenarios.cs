// Free-threaded containers (issue 5, scenario 4) on a full free-threaded runtime whose policy is
// Checked<FreeThreadedSync> (the real policy plus lock-ownership records and a scheduling point
// inside every critical section), with memory-access race checking on: writers hold the
// container's section; readers are lock-free and must only ever see a state some sequential
// order of the writes could produce. List operations go through IListOps so the seeded-bug copies
// (an append without the lock, a lock-free read without the re-check) run the same scenario.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IListOps
{
    void Append(PyThreadState ts, PyList l, PyObject v);
    PyObject Pop(PyThreadState ts, PyList l, long i);
    void SetIndex(PyThreadState ts, PyList l, long i, PyObject v);
    PyObject GetIndex(PyThreadState ts, PyList l, long i);
}

public sealed class RealListOps : IListOps
{
    public void Append(PyThreadState ts, PyList l, PyObject v) => ListOps<CFt>.Append(ts, l, v);
    public PyObject Pop(PyThreadState ts, PyList l, long i) => ListOps<CFt>.Pop(ts, l, i);
    public void SetIndex(PyThreadState ts, PyList l, long i, PyObject v) => ListOps<CFt>.SetIndex(ts, l, i, v);
    public PyObject GetIndex(PyThreadState ts, PyList l, long i) => ListOps<CFt>.GetIndex(ts, l, i);
}

public static class ContainerScenarios
{
    /// <summary>
    /// A full free-threaded runtime with the checking policy and the Coyote wait seam. Building the
    /// type system costs about half a second under Coyote, so a test builds one before the engine
    /// runs (uncontrolled, single-threaded) and every iteration starts with <see cref="Fresh"/>:
    /// fresh containers, fresh thread states, a fresh LockChecker. The iteration's threads all
    /// leave the runtime before it ends, so nothing is held from one iteration to the next.
    /// </summary>
    public static PyRuntime<CFt> NewRuntime()
    {
        var rt = new PyRuntime<CFt>(new FreeThreadedHooks());
        rt.WaitSeam = new CoyoteWaitSeam();
        rt.Attach(rt.MainThread);
        return rt;
    }

    internal static PyRuntime<CFt> Fresh(PyRuntime<CFt> rt)
    {
        rt.TestState = new LockChecker();
        rt.WaitSeam = new CoyoteWaitSeam();
        return rt;
    }

    internal static void Worker(PyRuntime<CFt> rt, Action<PyThreadState> body)
    {
        var ts = rt.NewThreadState();
        rt.Attach(ts);
        body(ts);
        rt.DeleteThreadState(ts);
        rt.Detach(ts);
    }

    /// <summary>One <see cref="Worker"/> per body, all at once.</summary>
    internal static void RunWorkers(PyRuntime<CFt> rt, params Action<PyThreadState>[] bodies) =>
        Threads.RunAll(bodies.Select(b => (Action)(() => Worker(rt, b))).ToArray());

    private static bool IsIndexError(PyRuntime rt, PyException e) => e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["IndexError"]);

    public static void ListAgainstLockFreeReaders(PyRuntime<CFt> shared, IListOps ops)
    {
        var rt = Fresh(shared);
        var main = rt.MainThread;
        PyObject Item(string name) => new PyList(rt.ListType); // distinct mortal objects
        var p0 = Item("p0"); var p1 = Item("p1");
        var a1 = Item("a1"); var a2 = Item("a2"); var d1 = Item("d1"); var b1 = Item("b1");
        var all = new HashSet<PyObject>(ReferenceEqualityComparer.Instance) { p0, p1, a1, a2, d1, b1 };
        var l = new PyList(rt.ListType);
        ListOps<CFt>.Append(main, l, p0);
        ListOps<CFt>.Append(main, l, p1);
        PyObject? popped = null;

        Threads.RunAll(
            () => Worker(rt, ts => { ops.Append(ts, l, a1); ops.Append(ts, l, a2); }),
            () => Worker(rt, ts => ops.Append(ts, l, d1)),
            () => Worker(rt, ts =>
            {
                popped = ops.Pop(ts, l, -1);  // the list never has fewer than 2 items here
                ops.SetIndex(ts, l, 0, b1);
            }),
            () => Worker(rt, ts =>
            {
                for (int i = 0; i < 3; i++)
                {
                    try
                    {
                        var v = ops.GetIndex(ts, l, -1);   // the last item, racing with pop and append
                        Specification.Assert(v is not null && all.Contains(v), "lock-free list read returned a torn or missing item");
                        var first = ops.GetIndex(ts, l, 0);
                        Specification.Assert(ReferenceEquals(first, p0) || ReferenceEquals(first, b1), "list[0] is neither the old nor the new value");
                    }
                    catch (PyException e) when (IsIndexError(rt, e))
                    {
                        Specification.Assert(false, "IndexError from a list that always has at least one item");
                    }
                }
            }));

        // Sequential specification: [b1] + ([p1, a1, a2, d1 in some interleaving with a1 before a2] minus the popped one).
        var items = l.ToArrayLockHeld();
        Specification.Assert(items.Length == 4, $"list length {items.Length}, expected 4 (lost or duplicated append/pop)");
        Specification.Assert(ReferenceEquals(items[0], b1), "list[0] = b1 was lost");
        Specification.Assert(popped is not null, "pop returned nothing");
        var rest = items.Skip(1).Append(popped!).ToList();
        foreach (var x in new[] { p1, a1, a2, d1 })
            Specification.Assert(rest.Count(y => ReferenceEquals(x, y)) == 1, "an item was lost or duplicated");
        int ia1 = Array.FindIndex(items, x => ReferenceEquals(x, a1)), ia2 = Array.FindIndex(items, x => ReferenceEquals(x, a2));
        Specification.Assert(ia1 < 0 || ia2 < 0 || ia1 < ia2, "appends of one thread reordered");
    }

    /// <summary>
    /// list.insert shifting in place (room left in the array) and then into a fresh array, and
    /// list.reverse swapping in place, against a lock-free reader: every read of an index the list
    /// always has returns one of its items (never null, never a foreign object), and the end state
    /// holds each item exactly once.
    /// </summary>
    public static void ListInsertReverseAgainstLockFreeReaders(PyRuntime<CFt> shared)
    {
        var rt = Fresh(shared);
        var main = rt.MainThread;
        var p = Enumerable.Range(0, 3).Select(_ => (PyObject)new PyList(rt.ListType)).ToArray(); // distinct mortal objects
        var a1 = new PyList(rt.ListType); var a2 = new PyList(rt.ListType);
        var all = new HashSet<PyObject>(ReferenceEqualityComparer.Instance) { p[0], p[1], p[2], a1, a2 };
        var l = new PyList(rt.ListType);
        foreach (var x in p) ListOps<CFt>.Append(main, l, x); // capacity 4: the first insert fits in place

        Threads.RunAll(
            () => Worker(rt, ts => { ListOps<CFt>.Insert(ts, l, 0, a1); ListOps<CFt>.Insert(ts, l, 1, a2); }),
            () => Worker(rt, ts => ListOps<CFt>.Reverse(ts, l)),
            () => Worker(rt, ts =>
            {
                for (int round = 0; round < 2; round++)
                    for (int i = 0; i < 3; i++)
                    {
                        var v = ListOps<CFt>.GetItemOrNull(ts, l, i);
                        Specification.Assert(v is not null && all.Contains(v), "lock-free read during insert/reverse returned a missing or foreign item");
                    }
            }));

        var items = l.ToArrayLockHeld();
        Specification.Assert(items.Length == 5, $"list length {items.Length}, expected 5");
        foreach (var x in all)
            Specification.Assert(items.Count(y => ReferenceEquals(x, y)) == 1, "an item was lost or duplicated by insert/reverse");
    }

    public static void DictAgainstLookupsAndIteration(PyRuntime<CFt> shared)
    {
        var rt = Fresh(shared);
        var main = rt.MainThread;
        var keys = Enumerable.Range(0, 6).Select(i => (PyObject)rt.NewStr("k" + i)).ToArray();
        var values = keys.Select(_ => (PyObject)new PyList(rt.ListType)).ToArray();
        var v0b = new PyList(rt.ListType);
        var d = Ops<CFt>.NewDict(main);
        DictOps<CFt>.SetItem(main, d, keys[0], values[0]);

        bool Allowed(int k, PyObject? v) => v is null || ReferenceEquals(v, values[k]) || (k == 0 && ReferenceEquals(v, v0b));

        Threads.RunAll(
            () => Worker(rt, ts => { for (int k = 1; k < 6; k++) DictOps<CFt>.SetItem(ts, d, keys[k], values[k]); }), // resizes
            () => Worker(rt, ts =>
            {
                DictOps<CFt>.Delete(ts, d, keys[0]);
                DictOps<CFt>.SetItem(ts, d, keys[0], v0b);
                DictOps<CFt>.Delete(ts, d, keys[1]);
            }),
            () => Worker(rt, ts =>
            {
                for (int k = 0; k < 6; k++)
                    Specification.Assert(Allowed(k, DictOps<CFt>.GetItemOrNull(ts, d, keys[k])), $"d[k{k}] returned a value never stored under it");
                foreach (var kv in d.Snapshot())
                {
                    int k = Array.FindIndex(keys, x => ReferenceEquals(x, kv.Key));
                    Specification.Assert(k >= 0 && Allowed(k, kv.Value), "iteration returned a key/value pair never stored");
                }
            }));

        Specification.Assert(ReferenceEquals(DictOps<CFt>.GetItemOrNull(main, d, keys[0]), v0b), "d[k0] = v0b was lost");
        for (int k = 2; k < 6; k++)
            Specification.Assert(ReferenceEquals(DictOps<CFt>.GetItemOrNull(main, d, keys[k]), values[k]), $"d[k{k}] was lost");
        var k1 = DictOps<CFt>.GetItemOrNull(main, d, keys[1]);
        Specification.Assert(d.Count == (k1 is null ? 5 : 6), $"dict length {d.Count} does not match its contents");
    }

    public static void SetAddDiscard(PyRuntime<CFt> shared)
    {
        var rt = Fresh(shared);
        var main = rt.MainThread;
        var s = Ops<CFt>.NewSet(main);
        var n = Enumerable.Range(0, 7).Select(i => (PyObject)rt.NewInt(i)).ToArray();
        SetOps<CFt>.Add(main, s, n[0]);
        Threads.RunAll(
            () => Worker(rt, ts => { for (int i = 1; i < 7; i++) SetOps<CFt>.Add(ts, s, n[i]); }), // resizes
            () => Worker(rt, ts => { SetOps<CFt>.Discard(ts, s, n[0]); SetOps<CFt>.Discard(ts, s, n[3]); }),
            () => Worker(rt, ts =>
            {
                for (int i = 1; i < 7; i += 2) SetOps<CFt>.Contains(ts, s, n[i]); // must not crash or hang
                Specification.Assert(!SetOps<CFt>.Contains(ts, s, rt.NewInt(100)), "a never-added key is reported present");
            }));
        Specification.Assert(!SetOps<CFt>.Contains(main, s, n[0]), "discarded 0 is present");
        foreach (int i in new[] { 1, 2, 4, 5, 6 })
            Specification.Assert(SetOps<CFt>.Contains(main, s, n[i]), $"added {i} is missing");
        bool has3 = SetOps<CFt>.Contains(main, s, n[3]);
        Specification.Assert(s.Count == (has3 ? 6 : 5), $"set size {s.Count} does not match its contents");
    }
}
