// A test-only copy of the biased reference counting of src/Vm.FreeThreaded/BiasedRefCount.cs
// (owner fast paths, the non-owner CAS decrement that queues to the owner, merging) with exactly
// one seeded defect chosen by RefCountDefect. The merge queue is the real FtThreadState one and
// draining it is the real BiasedRefCount.ProcessMergeQueue; only the decrement paths are copied.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum RefCountDefect
{
    None,
    /// <summary>The non-owner decrement reads the shared word and writes it back (Volatile) instead of a CAS: lost decrements.</summary>
    NonAtomicSharedDecrement,
    /// <summary>A non-owner that takes the shared count to zero deallocates without checking the Merged state: freed while the owner still counts references.</summary>
    ZeroWithoutMergedStateCheck,
}

public sealed class SeededRefCount(RefCountDefect defect) : IRefCounting
{
    private const int One = 1 << SharedState.Shift;

    public void IncRef(PyThreadState ts, PyObject o)
    {
        if (o.IsImmortal) return;
        int tid = Volatile.Read(ref o.ObTid);
        if (tid == ts.Id || (tid == 0 && Interlocked.CompareExchange(ref o.ObTid, ts.Id, 0) == 0))
        {
            o.RefLocal++;
            return;
        }
        Interlocked.Add(ref o.RefShared, One);
    }

    public void DecRef(PyThreadState ts, PyObject o)
    {
        if (o.IsImmortal) return;
        bool dealloc;
        if (o.ObTid == ts.Id)
        {
            int l = o.RefLocal - 1;
            o.RefLocal = l;
            dealloc = (l == 0 || o.RefShared < 0) && BiasedRefCount.DecRefOwnerSlow(o, l);
        }
        else
        {
            dealloc = DecRefShared(ts, o);
        }
        if (dealloc) ObjectLifecycle<FreeThreadedSync>.Deallocate(ts, o);
    }

    private bool DecRefShared(PyThreadState ts, PyObject o)
    {
        int shared = Volatile.Read(ref o.RefShared);
        int next;
        bool queue;
        while (true)
        {
            int state = shared & SharedState.Mask;
            queue = state <= SharedState.MaybeWeakRef && (shared >> SharedState.Shift) <= 0;
            next = queue ? (shared & ~SharedState.Mask) | SharedState.Queued : shared - One;
            if (defect == RefCountDefect.NonAtomicSharedDecrement)
            {
                Volatile.Write(ref o.RefShared, next); // SEEDED BUG: read ... write, not a CAS
                break;
            }
            int seen = Interlocked.CompareExchange(ref o.RefShared, next, shared);
            if (seen == shared) break;
            shared = seen;
        }
        if (queue) return QueueToOwner(ts, o);
        if (defect == RefCountDefect.ZeroWithoutMergedStateCheck)
            return (next >> SharedState.Shift) == 0; // SEEDED BUG: count 0 is not "dead" unless Merged
        return next == SharedState.Merged;
    }

    private bool QueueToOwner(PyThreadState ts, PyObject o)
    {
        int tid = Volatile.Read(ref o.ObTid);
        if (BiasedRefCount.IsMergedTid(tid)) return DecRefShared(ts, o);
        if (tid != 0 && ts.Rt.Threads.TryGetValue(tid, out var ownerTs) && ownerTs.Backend is FtThreadState owner)
        {
            lock (owner.MergeLock)
            {
                if (!owner.MergeClosed)
                {
                    owner.MergeQueue.Add(o);
                    ownerTs.SetEvalBreakerBit(EvalBreakerBits.MergeQueue);
                    return false;
                }
            }
        }
        var rs = (FtRuntimeState)ts.Rt.BackendState!;
        long r;
        lock (rs.AbandonedMergeLock) r = BiasedRefCount.ExplicitMerge(o, -1);
        return r == 0;
    }

    public void HandleEvalBreaker(PyThreadState ts)
    {
        if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
    }
}
