// Test-only copies of two list operations of src/Vm.Shared/Runtime/Ops/ListOps.cs, each with one
// seeded defect; the other operations forward to the production ListOps (under the checking policy).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum ListDefect
{
    None,
    /// <summary>append writes the item without taking the list's critical section.</summary>
    AppendWithoutLock,
    /// <summary>a lock-free read that races with a removal returns what it saw instead of re-checking under the lock.</summary>
    ReadWithoutRecheck,
}

public sealed class SeededListOps(ListDefect defect) : IListOps
{
    private readonly RealListOps _real = new();

    public void Append(PyThreadState ts, PyList l, PyObject v)
    {
        if (defect != ListDefect.AppendWithoutLock)
        {
            _real.Append(ts, l, v);
            return;
        }
        ObjectLifecycle<CFt>.IncRef(ts, v);
        l.AppendLockHeld<CFt>(ts, v); // SEEDED BUG: no TSync.Lock(ts, l) / TSync.Unlock(ts, l) around it
    }

    public PyObject Pop(PyThreadState ts, PyList l, long i) => _real.Pop(ts, l, i);

    public void SetIndex(PyThreadState ts, PyList l, long i, PyObject v) => _real.SetIndex(ts, l, i, v);

    public PyObject GetIndex(PyThreadState ts, PyList l, long i)
    {
        if (defect != ListDefect.ReadWithoutRecheck) return _real.GetIndex(ts, l, i);
        int n = l.Count;
        long j = i < 0 ? i + n : i;
        if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("list index out of range");
        return l.TryGetItem<CFt>(ts, (int)j)!; // SEEDED BUG: a null (raced with a removal) is not re-checked under the lock
    }
}
