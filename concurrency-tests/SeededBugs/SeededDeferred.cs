// A test-only copy of DeferredRefCount.Undefer (src/Vm.FreeThreaded/DeferredRefCount.cs) with one
// seeded defect: it folds the threads' deltas WITHOUT stopping the world. A thread that read the
// Deferred flag before the flag is cleared then writes a delta the fold has already summed: the
// reference is lost and the object is freed while still held (or its count ends wrong).
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.SeededBugs;

public static class SeededDeferred
{
    public static void UndeferWithoutPause(PyThreadState ts, PyObject o)
    {
        var rs = (FtRuntimeState)ts.Rt.BackendState!;
        lock (rs.DeferredLock)
        {
            int flags = Volatile.Read(ref o.FlagBits);
            if ((flags & (int)ObjectFlags.Deferred) == 0) return;
            int slot = (int)((uint)flags >> DeferredRefCount.IndexShift) + DeferredRefCount.Pad;
            long sum = 0;
            foreach (var kv in ts.Rt.Threads)
            {
                if (kv.Value.Backend is not FtThreadState ft) continue;
                var deltas = ft.DeferredDeltas;
                if (slot < deltas.Length)
                {
                    sum += deltas[slot];
                    deltas[slot] = 0;
                }
            }
            int shared = Volatile.Read(ref o.RefShared);
            while (true)
            {
                long count = (long)(shared >> SharedState.Shift) + sum;
                int next = (int)(count << SharedState.Shift) | (shared & SharedState.Mask);
                int seen = Interlocked.CompareExchange(ref o.RefShared, next, shared);
                if (seen == shared) break;
                shared = seen;
            }
            while (true)
            {
                int next = flags & ((1 << DeferredRefCount.IndexShift) - 1) & ~(int)ObjectFlags.Deferred;
                int seen = Interlocked.CompareExchange(ref o.FlagBits, next, flags);
                if (seen == flags) break;
                flags = seen;
            }
            rs.DeferredObjects[slot - DeferredRefCount.Pad] = null;
            rs.DeferredFree.Push(slot - DeferredRefCount.Pad);
        }
    }
}
