// itertools.tee (ItertoolsModule.cs registers the rest of the module): the tees' shared chain of
// buffered blocks and the tee iterator.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class ItertoolsModule<TSync> where TSync : struct, ISyncPolicy
{
    // ------------------------------------------------------------------ tee
    //
    // The tees of one tee() share a chain of blocks of buffered items (CPython's teedataobject):
    // each tee counts the block it reads, a block counts its items, the next block and the source
    // iterator. A block that every tee has left is freed with its items, and the last one frees
    // the source: items nobody can read again are not kept.

    private sealed class TeeBlock : PyObject
    {
        public const int Size = 57;
        public readonly PyObject[] Values = new PyObject[Size];
        public int Count;
        public TeeBlock? Next;
        private readonly PyObject _src;

        public TeeBlock(PyThreadState ts, PyType type, PyObject src) : base(type)
        {
            _src = src;
            ObjectLifecycle<TSync>.IncRef(ts, src);
        }

        // Released (popped) as CPython's teedataobject_clear does: the source, the items in order, the next block.
        public override void CollectChildren(List<PyObject> sink)
        {
            if (Next != null) sink.Add(Next);
            for (int i = Count - 1; i >= 0; i--) sink.Add(Values[i]);
            sink.Add(_src);
        }
    }

    private sealed class TeeShared
    {
        public PyObject Src = null!;
        public PyType BlockType = null!;
        public readonly object Gate = new();
        public bool Exhausted;
    }

    private sealed class TeeIter : PyIterBase
    {
        public readonly TeeShared Shared;
        public TeeBlock Block;
        public int Index;

        public TeeIter(PyThreadState ts, PyType type, TeeShared shared, TeeBlock block, int index) : base(type)
        {
            Shared = shared;
            Block = block;
            Index = index;
            ObjectLifecycle<TSync>.IncRef(ts, block);
        }

        public override PyObject? Next(PyThreadState ts)
        {
            while (true)
            {
                TeeBlock? left = null;
                PyObject? item = null;
                lock (Shared.Gate)
                {
                    if (Index == TeeBlock.Size && Block.Next != null)
                    {
                        left = Block;
                        Block = Block.Next;
                        Index = 0;
                        ObjectLifecycle<TSync>.IncRef(ts, Block);
                    }
                    if (Index < Block.Count) item = Block.Values[Index++];
                }
                if (left != null)
                {
                    // The item stays counted by its block (this tee now holds the next one): keep it
                    // for the caller if leaving the block frees it.
                    if (item != null && !item.IsImmortal) ObjectLifecycle<TSync>.IncRef(ts, item);
                    ObjectLifecycle<TSync>.DecRef(ts, left);
                    if (item != null && !item.IsImmortal) TSync.DecRefNoDealloc(ts, item);
                }
                if (item != null) return item;
                lock (Shared.Gate)
                    if (Shared.Exhausted) return null;
                var v = Ops<TSync>.Next(ts, Shared.Src);
                lock (Shared.Gate)
                {
                    if (v == null)
                    {
                        Shared.Exhausted = true;
                        continue;
                    }
                    ObjectLifecycle<TSync>.IncRef(ts, v);
                    // Append at the tail of the shared chain (counted by the block before it).
                    var tail = Block;
                    while (tail.Next != null) tail = tail.Next;
                    if (tail.Count == TeeBlock.Size)
                    {
                        var block = new TeeBlock(ts, Shared.BlockType, Shared.Src);
                        ObjectLifecycle<TSync>.IncRef(ts, block);
                        tail.Next = block;
                        tail = block;
                    }
                    tail.Values[tail.Count++] = v;
                }
            }
        }

        public override void CollectChildren(List<PyObject> sink) => sink.Add(Block);
    }

    private static void Tee(PyThreadState ts, PyDict d)
    {
        var rt = ts.Rt;
        var teeType = rt.NewBuiltinType("_tee", rt.IteratorType, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, teeType, Mod);
        var blockType = rt.NewBuiltinType("_tee_dataobject", rt.ObjectType, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, blockType, Mod);
        Def.Method(rt, teeType, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, teeType, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
        NativeFn copy = (ts2, a, kw) =>
        {
            var t = (TeeIter)a[0];
            lock (t.Shared.Gate) return new TeeIter(ts2, teeType, t.Shared, t.Block, t.Index);
        };
        Def.Method(rt, teeType, "__copy__", copy);
        Def.Function(rt, d, "tee", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "tee", kw);
            Args.Count(ts2, "tee", a.Length, 1, 2);
            long n = a.Length > 1 ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : 2;
            if (n < 0) throw ts2.Rt.ValueError("n must be >= 0");
            var res = new PyObject[n];
            if (n == 0) return ts2.Rt.EmptyTuple;
            var src = Ops<TSync>.GetIter(ts2, a[0]);
            TeeIter first;
            // A tee object is reused as the first result (CPython's tee(t) returns t and copies of it).
            if (src is TeeIter ti) first = ti;
            else
            {
                var shared = new TeeShared { Src = src, BlockType = blockType };
                first = new TeeIter(ts2, teeType, shared, new TeeBlock(ts2, blockType, src), 0);
            }
            res[0] = first;
            for (int i = 1; i < n; i++)
                lock (first.Shared.Gate) res[i] = new TeeIter(ts2, teeType, first.Shared, first.Block, first.Index);
            return Ops<TSync>.NewTuple(ts2, res);
        }, Mod);
    }
}
