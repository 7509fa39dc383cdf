// The dict-table pool's cross-thread protocol (src/Vm.Shared/Runtime/Pools/DictTablePool.cs) on a
// full free-threaded runtime with the checking policy. Thread A owns a dict d (it made and counted
// it) and a dict q with other keys of the same hashes, publishes d, then grows it (a resize whose
// old table may go to A's pool) and copies q (the copy's table is rented from the pool and filled
// at once). Thread B looks keys of d up as DictOps does (TSync.EnsureSharedOnRead, then the
// lock-free PyDict.Get) with equal but distinct key objects, so the lookup calls the equality on
// every key it meets with the probe's hash. B's mark makes A leave d's old tables to the GC, so B's
// equality must only ever be called on d's own keys: a call on one of p's keys means B was reading
// arrays the pool had handed to p (the value itself would then be discarded by Get's re-check, but a
// Python __eq__ on a foreign key would already have run). The pool is chosen per scenario so the
// seeded-bug copy (a pool that ignores the shared mark) runs the same code.
using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public static class DictPoolScenarios
{
    /// <summary>
    /// <see cref="ContainerScenarios.NewRuntime"/> without owner sections: the reader's mark is then a
    /// plain section on the dict (no handshake waiting for the owner's next detach), so Coyote can put
    /// the reader's lookups anywhere among the owner's resize and rebuild.
    /// </summary>
    public static PyRuntime<CFt> NewRuntime()
    {
        var rt = new PyRuntime<CFt>(new Vm.FreeThreaded.FreeThreadedHooks(ownerSections: false));
        rt.WaitSeam = new Vm.ConcurrencyTests.Harness.CoyoteWaitSeam();
        rt.Attach(rt.MainThread);
        return rt;
    }

    /// <summary>
    /// Priority-based exploration (PCT, 3 priority changes): the race needs the reader to stop between
    /// loading the old table and probing it while the owner runs a resize and a whole rebuild, one long
    /// run of the other thread, which random scheduling almost never produces (0 of 500 iterations).
    /// </summary>
    public static Microsoft.Coyote.Configuration Strategy(Microsoft.Coyote.Configuration c) => c.WithPrioritizationStrategy(false, 3);

    private const int Keys = 21; // fills a 32-slot table (the smallest pooled class): the next key resizes it

    /// <summary>Key equality that knows which key objects are d's and records a call on any other.</summary>
    private struct OwnKeysOnlyEq(Dictionary<PyObject, int> own, int probe, StrongBox<bool> foreign) : IKeyEquality
    {
        public bool Equal(PyObject stored, PyObject probeKey)
        {
            if (!own.TryGetValue(stored, out int i))
            {
                foreign.Value = true;
                return false;
            }
            return i == probe;
        }
    }

    public sealed class StrongBox<T>(T value)
    {
        public T Value = value;
    }

    /// <summary>
    /// One iteration. <paramref name="poolFor"/> gives thread A its table pool (null: the real one).
    /// </summary>
    public static void OwnerPoolsWhileAnotherThreadReads(PyRuntime<CFt> shared, Func<PyRuntime, DictTablePool>? poolFor)
    {
        var rt = ContainerScenarios.Fresh(shared);
        var main = rt.MainThread;
        PyObject Key(long i) => Ops<CFt>.NewTuple(main, [rt.NewInt(i)]); // a general key: compared by the equality
        var dKeys = Enumerable.Range(0, Keys + 1).Select(i => Key(i)).ToArray();
        var probes = Enumerable.Range(0, Keys).Select(i => Key(i)).ToArray();
        var pKeys = Enumerable.Range(0, Keys + 1).Select(i => Key(1000 + i)).ToArray();
        var value = rt.NewInt(7);
        foreach (var o in dKeys.Concat(probes).Concat(pKeys)) o.MakeImmortal();
        value.MakeImmortal();
        var own = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < dKeys.Length; i++) own[dKeys[i]] = i;
        var foreign = new StrongBox<bool>(false);
        PyDict? published = null;
        using var ready = new SemaphoreSlim(0); // B waits here, blocked (a spinning reader would starve PCT)

        rt.Detach(main);
        ContainerScenarios.RunWorkers(rt,
            ts =>
            {
                if (poolFor != null) ts.DictTables = poolFor(rt);
                var d = new PyDict(rt.DictType);
                ObjectLifecycle<CFt>.IncRef(ts, d); // owned by A, as any dict a program hands to another thread
                for (int i = 0; i < Keys; i++) DictOps<CFt>.SetItem(ts, d, dKeys[i], i, value);
                var q = new PyDict(rt.DictType); // other keys with d's hashes, in a 32-slot table of its own
                ObjectLifecycle<CFt>.IncRef(ts, q);
                for (int i = 0; i < Keys; i++) DictOps<CFt>.SetItem(ts, q, pKeys[i], i, value);
                Volatile.Write(ref published, d);
                ready.Release();
                DictOps<CFt>.SetItem(ts, d, dKeys[Keys], Keys, value); // resize: d's 32-slot table is replaced
                DictOps<CFt>.Copy(ts, q); // a clone of q: a 32-slot table from the pool, filled at once
            },
            ts =>
            {
                ready.Wait();
                var d = Volatile.Read(ref published)!;
                for (int n = 0; n < 2 * Keys; n++)
                {
                    int i = n % Keys;
                    var eq = new OwnKeysOnlyEq(own, i, foreign);
                    CFt.EnsureSharedOnRead(ts, d); // what DictOps.GetKnownHash does before its lock-free Get
                    // PyDict.Get, with the preemption between loading the table and probing it marked
                    // (the index slots' one-byte volatile reads are not scheduling points under Coyote)
                    var t = d.Table;
                    SchedulingPoint.Interleave();
                    int ix = d.FindEntry(ref t, probes[i], i, ref eq);
                    var v = ix < 0 ? null : Volatile.Read(ref t.Entries[ix].Value);
                    if (ReferenceEquals(d.Table, t))
                        Specification.Assert(ReferenceEquals(v, value), $"key {i}: found {(v == null ? "nothing" : "another value")}");
                }
            });
        rt.Attach(main);
        Specification.Assert(!foreign.Value, "a lock-free lookup compared a key of another dict: the reader's table went to the pool");
    }
}
