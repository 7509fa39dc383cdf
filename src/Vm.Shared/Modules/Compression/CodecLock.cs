// The per-object lock of the bz2 and lzma compressor/decompressor objects: CPython locks each object
// too, so two threads sharing one never interleave inside the codec's state. A thread that must
// wait for the lock detaches first (AttachedMonitor), so a waiter never blocks the GIL holder or a
// stop-the-world pause.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Compression;

internal static class CodecLock<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Runs fn holding gate's monitor.</summary>
    public static PyObject Run<T>(PyThreadState ts, T gate, Func<PyObject> fn) where T : class
    {
        AttachedMonitor<TSync>.Enter(ts, gate);
        try
        {
            return fn();
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }
}
