// itertools' combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement; ItertoolsModule.cs registers the rest of the module).
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class ItertoolsModule<TSync> where TSync : struct, ISyncPolicy
{
    // ------------------------------------------------------------------ combinatorics

    /// <summary>An iterator over index tuples into a pool, computed under a lock.</summary>
    private sealed class IndexIter : PyIterBase
    {
        private readonly PyObject[] _pool;
        private readonly Func<int[]?> _nextIndices;

        public IndexIter(PyType type, PyObject[] pool, Func<int[]?> nextIndices) : base(type)
        {
            _pool = pool;
            _nextIndices = nextIndices;
        }

        public override PyObject? Next(PyThreadState ts)
        {
            int[]? idx;
            lock (this) idx = _nextIndices();
            if (idx == null) return null;
            var items = new PyObject[idx.Length];
            for (int i = 0; i < idx.Length; i++) items[i] = _pool[idx[i]];
            return Ops<TSync>.NewTuple(ts, items);
        }

        public override void CollectChildren(List<PyObject> sink) => sink.AddRange(_pool);
    }

    private static PyObject[] Pool(PyThreadState ts, PyObject iterable)
    {
        var items = Ops<TSync>.ToArray(ts, iterable);
        foreach (var x in items) ObjectLifecycle<TSync>.IncRef(ts, x);
        return items;
    }

    private static void Combinatorics(PyThreadState ts, PyDict d)
    {
        Type(ts, d, "product", (ts2, cls, a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = a.Length - nkw;
            long repeat = 1;
            for (int i = 0; i < nkw; i++)
            {
                var k = ((PyStr)kw!.Items[i]).Value;
                if (k != "repeat") throw ts2.Rt.TypeError($"product() got an unexpected keyword argument '{k}'");
                repeat = ModuleSupport<TSync>.ToSsize(ts2, a[npos + i]);
                if (repeat < 0) throw ts2.Rt.ValueError("repeat argument cannot be negative");
            }
            var basePools = new List<PyObject[]>();
            for (int i = 0; i < npos; i++) basePools.Add(Pool(ts2, a[i]));
            var pools = new List<PyObject[]>();
            for (long r = 0; r < repeat; r++) pools.AddRange(basePools);
            int np = pools.Count;
            // Flatten pools into one array with offsets so IndexIter can index it.
            var flat = new List<PyObject>();
            var offsets = new int[np];
            var sizes = new int[np];
            for (int i = 0; i < np; i++)
            {
                offsets[i] = flat.Count;
                sizes[i] = pools[i].Length;
                flat.AddRange(pools[i]);
            }
            bool empty = sizes.Any(s => s == 0);
            int[]? indices = null;
            bool done = empty;
            return new IndexIter(cls, flat.ToArray(), () =>
            {
                if (done) return null;
                if (indices == null) indices = new int[np];
                else
                {
                    int i = np - 1;
                    for (; i >= 0; i--)
                    {
                        indices[i]++;
                        if (indices[i] < sizes[i]) break;
                        indices[i] = 0;
                    }
                    if (i < 0) { done = true; return null; }
                }
                var r = new int[np];
                for (int i = 0; i < np; i++) r[i] = offsets[i] + indices[i];
                return r;
            });
        });

        Type(ts, d, "permutations", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "permutations", a, kw, ["iterable", "r"], 1);
            var pool = Pool(ts2, b[0]!);
            int n = pool.Length;
            long rl = b[1] == null || ReferenceEquals(b[1], ts2.Rt.None) ? n : ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
            if (rl < 0) throw ts2.Rt.ValueError("r must be non-negative");
            int r = (int)Math.Min(rl, int.MaxValue);
            int[] indices = Enumerable.Range(0, n).ToArray();
            int[] cycles = Enumerable.Range(0, Math.Max(0, Math.Min(r, n))).Select(i => n - i).ToArray();
            bool first = true, done = r > n;
            return new IndexIter(cls, pool, () =>
            {
                if (done) return null;
                if (first)
                {
                    first = false;
                    return indices[..r];
                }
                if (n == 0) { done = true; return null; }
                for (int i = r - 1; i >= 0; i--)
                {
                    cycles[i]--;
                    if (cycles[i] == 0)
                    {
                        int tmp = indices[i];
                        Array.Copy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = tmp;
                        cycles[i] = n - i;
                    }
                    else
                    {
                        int j = cycles[i];
                        (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                        return indices[..r];
                    }
                }
                done = true;
                return null;
            });
        });

        Type(ts, d, "combinations", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "combinations", a, kw, ["iterable", "r"], 2);
            var pool = Pool(ts2, b[0]!);
            int n = pool.Length;
            long rl = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
            if (rl < 0) throw ts2.Rt.ValueError("r must be non-negative");
            int r = (int)Math.Min(rl, int.MaxValue);
            int[]? indices = null;
            bool done = r > n;
            return new IndexIter(cls, pool, () =>
            {
                if (done) return null;
                if (indices == null)
                {
                    indices = Enumerable.Range(0, r).ToArray();
                    return (int[])indices.Clone();
                }
                int i = r - 1;
                for (; i >= 0; i--)
                    if (indices[i] != i + n - r) break;
                if (i < 0) { done = true; return null; }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
                return (int[])indices.Clone();
            });
        });

        Type(ts, d, "combinations_with_replacement", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "combinations_with_replacement", a, kw, ["iterable", "r"], 2);
            var pool = Pool(ts2, b[0]!);
            int n = pool.Length;
            long rl = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
            if (rl < 0) throw ts2.Rt.ValueError("r must be non-negative");
            int r = (int)Math.Min(rl, int.MaxValue);
            int[]? indices = null;
            bool done = n == 0 && r > 0;
            return new IndexIter(cls, pool, () =>
            {
                if (done) return null;
                if (indices == null)
                {
                    indices = new int[r];
                    return (int[])indices.Clone();
                }
                int i = r - 1;
                for (; i >= 0; i--)
                    if (indices[i] != n - 1) break;
                if (i < 0) { done = true; return null; }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
                return (int[])indices.Clone();
            });
        });
    }
}
