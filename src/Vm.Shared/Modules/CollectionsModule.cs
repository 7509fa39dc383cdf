// The _collections module: deque (a ring buffer whose every mutation happens inside the deque's
// critical section; items are counted references released after unlocking; every such section is
// ring-buffer work that runs no Python code and cannot block, so a leaf section: TSync.LockLeaf,
// ISyncPolicy.cs; indexes are converted and items compared before the section) and defaultdict (CollectionsModule.DefaultDict.cs: a
// native dict subclass with __missing__). Counter, OrderedDict, namedtuple and ChainMap are in
// Lib/collections/__init__.py.
using Vm.Builtins;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>The items of a deque: a power-of-two ring buffer. Guarded by the owner's critical section.</summary>
public sealed class DequeState : IHasChildren
{
    public PyObject[] Buf = new PyObject[8];
    public int Head;
    public int Count;
    public long MaxLen = -1;
    /// <summary>Bumped by every mutation (iterators detect "deque mutated during iteration").</summary>
    public long Version;

    public PyObject Get(int i) => Buf[(Head + i) & (Buf.Length - 1)];

    public void Set(int i, PyObject v) => Buf[(Head + i) & (Buf.Length - 1)] = v;

    private void Grow()
    {
        var nb = new PyObject[Buf.Length * 2];
        for (int i = 0; i < Count; i++) nb[i] = Get(i);
        Buf = nb;
        Head = 0;
    }

    public void PushBack(PyObject v)
    {
        if (Count == Buf.Length) Grow();
        Buf[(Head + Count) & (Buf.Length - 1)] = v;
        Count++;
        Version++;
    }

    public void PushFront(PyObject v)
    {
        if (Count == Buf.Length) Grow();
        Head = (Head - 1) & (Buf.Length - 1);
        Buf[Head] = v;
        Count++;
        Version++;
    }

    public PyObject PopBack()
    {
        int idx = (Head + Count - 1) & (Buf.Length - 1);
        var v = Buf[idx];
        Buf[idx] = null!;
        Count--;
        Version++;
        return v;
    }

    public PyObject PopFront()
    {
        var v = Buf[Head];
        Buf[Head] = null!;
        Head = (Head + 1) & (Buf.Length - 1);
        Count--;
        Version++;
        return v;
    }

    public PyObject[] Snapshot()
    {
        var r = new PyObject[Count];
        for (int i = 0; i < Count; i++) r[i] = Get(i);
        return r;
    }

    /// <summary>Replaces the contents (items already counted); returns the old ones to release.</summary>
    public PyObject[] ReplaceAll(PyObject[] items)
    {
        var old = Snapshot();
        int cap = 8;
        while (cap < items.Length) cap *= 2;
        Buf = new PyObject[cap];
        items.CopyTo(Buf, 0);
        Head = 0;
        Count = items.Length;
        Version++;
        return old;
    }

    public void Rotate(long n)
    {
        if (Count <= 1) return;
        n %= Count;
        if (n < 0) n += Count;
        if (n == 0) return;
        var items = Snapshot();
        for (int i = 0; i < Count; i++) Set((int)((i + n) % Count), items[i]);
        Version++;
    }

    public void CollectChildren(List<PyObject> sink)
    {
        for (int i = 0; i < Count; i++) sink.Add(Get(i));
    }
}

public static partial class CollectionsModule<TSync> where TSync : struct, ISyncPolicy
{
    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_collections", out var d);
        var deque = DequeType(ts);
        Def.Value(rt, d, "deque", deque);
        Def.Value(rt, d, "defaultdict", DefaultDictType(ts));
        Def.Function(rt, d, "_count_elements", (ts2, a, kw) =>
        {
            Args.Count(ts2, "_count_elements", a.Length, 2, 2);
            var mapping = a[0];
            var it = Ops<TSync>.GetIter(ts2, a[1]);
            try
            {
                CountElements(ts2, mapping, it);
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[1]); // Counter(data) kept data counted for ever
            }
            return ts2.Rt.None;
        }, "_collections");
        return m;
    }

    /// <summary>_collections._count_elements's loop: mapping[x] = mapping.get(x, 0) + 1 for each x of it.</summary>
    private static void CountElements(PyThreadState ts2, PyObject mapping, PyObject it)
    {
        var one = ts2.Rt.NewInt(1);
        if (mapping.Type == ts2.Rt.DictType || (mapping is PyDict && mapping.Type.Lookup(ts2.Rt.Intern("get")) == ts2.Rt.DictType.Dict.GetStr(ts2.Rt.Intern("get"))
            && mapping.Type.Lookup(ts2.Rt.Intern("__setitem__")) == ts2.Rt.DictType.Dict.GetStr(ts2.Rt.Intern("__setitem__"))))
        {
            var md = (PyDict)mapping;
            while (Ops<TSync>.Next(ts2, it) is { } x)
            {
                var old = DictOps<TSync>.GetItemOrNull(ts2, md, x);
                DictOps<TSync>.SetItem(ts2, md, x, old == null ? one : Ops<TSync>.BinaryOp(ts2, old, one, BinaryOpArg.Add));
            }
        }
        else
        {
            var zero = ts2.Rt.NewInt(0);
            while (Ops<TSync>.Next(ts2, it) is { } x)
            {
                var old = Ops<TSync>.CallMethod(ts2, mapping, "get", [x, zero]);
                Ops<TSync>.SetItem(ts2, mapping, x, Ops<TSync>.BinaryOp(ts2, old, one, BinaryOpArg.Add));
            }
        }
    }

    // ------------------------------------------------------------------ deque

    private static DequeState D(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<DequeState>(ts, a, "collections.deque", method);

    private static void Release(PyThreadState ts, PyObject? o)
    {
        if (o != null) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    private static void Release(PyThreadState ts, PyObject[] items)
    {
        foreach (var o in items) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    /// <summary>Appends on the right (or left), evicting from the other end when at maxlen.</summary>
    public static void Append(PyThreadState ts, PyObject self, DequeState s, PyObject v, bool left)
    {
        if (s.MaxLen == 0) return;
        ObjectLifecycle<TSync>.IncRef(ts, v);
        PyObject? evicted = null;
        TSync.LockLeaf(ts, self);
        try
        {
            // Evict first so a lock-free len() never sees more than maxlen items.
            if (s.MaxLen >= 0 && s.Count >= s.MaxLen) evicted = left ? s.PopBack() : s.PopFront();
            if (left) s.PushFront(v);
            else s.PushBack(v);
        }
        finally
        {
            TSync.UnlockLeaf(ts, self);
        }
        Release(ts, evicted);
    }

    private static void Extend(PyThreadState ts, PyObject self, DequeState s, PyObject iterable, bool left)
    {
        if (ReferenceEquals(iterable, self))
        {
            PyObject[] snap;
            TSync.LockLeaf(ts, self);
            try { snap = s.Snapshot(); }
            finally { TSync.UnlockLeaf(ts, self); }
            foreach (var v in snap) Append(ts, self, s, v, left);
            return;
        }
        var it = Ops<TSync>.GetIter(ts, iterable);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } v) Append(ts, self, s, v, left);
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, iterable);
        }
    }

    private static PyObject Pop(PyThreadState ts, PyObject self, DequeState s, bool left)
    {
        PyObject v;
        TSync.LockLeaf(ts, self);
        try
        {
            if (s.Count == 0) throw ts.Rt.IndexError("pop from an empty deque");
            v = left ? s.PopFront() : s.PopBack();
        }
        finally
        {
            TSync.UnlockLeaf(ts, self);
        }
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    private static PyObject[] Snapshot(PyThreadState ts, PyObject self, DequeState s, out long version)
    {
        TSync.LockLeaf(ts, self);
        try
        {
            version = s.Version;
            return s.Snapshot();
        }
        finally
        {
            TSync.UnlockLeaf(ts, self);
        }
    }

    private static long CheckIndex(PyThreadState ts, DequeState s, PyObject key, out int idx)
    {
        if (key is not PyInt && key.Type.Lookup(ts.Rt.Intern("__index__")) == null)
            throw ts.Rt.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        long i = ModuleSupport<TSync>.ToSsize(ts, key);
        idx = 0;
        return i;
    }

    private static PyNative<DequeState> NewDeque(PyThreadState ts, PyType cls, PyType exact, long maxlen)
    {
        var st = new DequeState { MaxLen = maxlen };
        return ModuleSupport<TSync>.Alloc(cls, exact, st);
    }

    private static PyObject CopyDeque(PyThreadState ts, PyObject self, DequeState s, PyType exact)
    {
        if (self.Type == exact)
        {
            var snap = Snapshot(ts, self, s, out _);
            var nd = NewDeque(ts, exact, exact, s.MaxLen);
            foreach (var v in snap) ObjectLifecycle<TSync>.IncRef(ts, v);
            nd.State.ReplaceAll(snap);
            return nd;
        }
        var ml = s.MaxLen < 0 ? ts.Rt.None : (PyObject)ts.Rt.NewInt(s.MaxLen);
        return Ops<TSync>.Call(ts, self.Type, [self, ml], null);
    }

    private static PyType DequeType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("deque", null, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, "collections");
        var iterType = rt.NewBuiltinType("_collections._deque_iterator", rt.IteratorType, TypeFlags.None);
        iterType.Name = "_deque_iterator";
        var revIterType = rt.NewBuiltinType("_deque_reverse_iterator", rt.IteratorType, TypeFlags.None);
        foreach (var it in new[] { iterType, revIterType })
        {
            Def.Method(rt, it, "__iter__", (ts2, a, kw) => a[0]);
            Def.Method(rt, it, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
            Def.Method(rt, it, "__length_hint__", (ts2, a, kw) => ts2.Rt.NewInt(Math.Max(0, ((PyIterBase)a[0]).LengthHint)));
        }
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => NewDeque(ts2, cls, t, -1));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__init__");
            var b = Args.Bind(ts2, "deque", a.Slice(1), kw, ["iterable", "maxlen"], 0);
            long maxlen = -1;
            if (b[1] != null && b[1] != ts2.Rt.None)
            {
                maxlen = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
                if (maxlen < 0) throw ts2.Rt.ValueError("maxlen must be non-negative");
            }
            PyObject[] old;
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                s.MaxLen = maxlen;
                old = s.Count > 0 ? s.ReplaceAll([]) : [];
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            Release(ts2, old);
            if (b[0] != null) Extend(ts2, a[0], s, b[0]!, false);
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "maxlen", (ts2, o) =>
        {
            var s = ((PyNative<DequeState>)o).State;
            return s.MaxLen < 0 ? ts2.Rt.None : ts2.Rt.NewInt(s.MaxLen);
        });
        Def.Method(rt, t, "append", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "append");
            Args.Count(ts2, "append", a.Length - 1, 1, 1);
            Append(ts2, a[0], s, a[1], false);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "appendleft", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "appendleft");
            Args.Count(ts2, "appendleft", a.Length - 1, 1, 1);
            Append(ts2, a[0], s, a[1], true);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "pop", (ts2, a, kw) =>
        {
            Args.Count(ts2, "pop", a.Length - 1, 0, 0);
            return Pop(ts2, a[0], D(ts2, a, "pop"), false);
        });
        Def.Method(rt, t, "popleft", (ts2, a, kw) =>
        {
            Args.Count(ts2, "popleft", a.Length - 1, 0, 0);
            return Pop(ts2, a[0], D(ts2, a, "popleft"), true);
        });
        Def.Method(rt, t, "extend", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "extend");
            Args.Count(ts2, "extend", a.Length - 1, 1, 1);
            Extend(ts2, a[0], s, a[1], false);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "extendleft", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "extendleft");
            Args.Count(ts2, "extendleft", a.Length - 1, 1, 1);
            Extend(ts2, a[0], s, a[1], true);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__iadd__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__iadd__");
            Extend(ts2, a[0], s, a[1], false);
            return a[0];
        });
        Def.Method(rt, t, "rotate", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "rotate");
            Args.Count(ts2, "rotate", a.Length - 1, 0, 1);
            long n = a.Length > 1 ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : 1;
            TSync.LockLeaf(ts2, a[0]);
            try { s.Rotate(n); }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "clear", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "clear");
            PyObject[] old;
            TSync.LockLeaf(ts2, a[0]);
            try { old = s.ReplaceAll([]); }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            Release(ts2, old);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "reverse", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "reverse");
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                var items = s.Snapshot();
                Array.Reverse(items);
                for (int i = 0; i < items.Length; i++) s.Set(i, items[i]);
                s.Version++;
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            return ts2.Rt.None;
        });
        NativeFn copy = (ts2, a, kw) => CopyDeque(ts2, a[0], D(ts2, a, "copy"), t);
        Def.Method(rt, t, "copy", copy);
        Def.Method(rt, t, "__copy__", copy);
        Def.Method(rt, t, "count", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "count");
            Args.Count(ts2, "count", a.Length - 1, 1, 1);
            var snap = Snapshot(ts2, a[0], s, out long ver);
            long n = 0;
            foreach (var v in snap)
            {
                if (ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1])) n++;
                if (s.Version != ver) throw ts2.Rt.RuntimeError("deque mutated during iteration");
            }
            return ts2.Rt.NewInt(n);
        });
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "index");
            Args.Count(ts2, "index", a.Length - 1, 1, 3);
            var snap = Snapshot(ts2, a[0], s, out long ver);
            long n = snap.Length;
            long start = a.Length > 2 ? ModuleSupport<TSync>.ToSsize(ts2, a[2]) : 0;
            long stop = a.Length > 3 ? ModuleSupport<TSync>.ToSsize(ts2, a[3]) : n;
            if (start < 0) start = Math.Max(0, start + n);
            if (stop < 0) stop = Math.Max(0, stop + n);
            stop = Math.Min(stop, n);
            for (long i = start; i < stop; i++)
            {
                var v = snap[i];
                if (ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1])) return ts2.Rt.NewInt(i);
                if (s.Version != ver) throw ts2.Rt.RuntimeError("deque mutated during iteration");
            }
            throw ts2.Rt.ValueError($"{Ops<TSync>.ReprValue(ts2, a[1])} is not in deque");
        });
        Def.Method(rt, t, "remove", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "remove");
            Args.Count(ts2, "remove", a.Length - 1, 1, 1);
            var snap = Snapshot(ts2, a[0], s, out long ver);
            for (int i = 0; i < snap.Length; i++)
            {
                var v = snap[i];
                if (ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1]))
                {
                    PyObject removed;
                    TSync.LockLeaf(ts2, a[0]);
                    try
                    {
                        if (s.Version != ver) throw ts2.Rt.IndexError("deque mutated during remove().");
                        var items = s.Snapshot().ToList();
                        removed = items[i];
                        items.RemoveAt(i);
                        s.ReplaceAll(items.ToArray());
                    }
                    finally { TSync.UnlockLeaf(ts2, a[0]); }
                    Release(ts2, removed);
                    return ts2.Rt.None;
                }
                if (s.Version != ver) throw ts2.Rt.IndexError("deque mutated during remove().");
            }
            throw ts2.Rt.ValueError($"{Ops<TSync>.ReprValue(ts2, a[1])} is not in deque");
        });
        Def.Method(rt, t, "insert", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "insert");
            Args.Count(ts2, "insert", a.Length - 1, 2, 2);
            long i = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                if (s.MaxLen >= 0 && s.Count >= s.MaxLen) throw ts2.Rt.IndexError("deque already at its maximum size");
                ObjectLifecycle<TSync>.IncRef(ts2, a[2]);
                int n = s.Count;
                if (i < 0) i = Math.Max(0, i + n);
                if (i > n) i = n;
                var items = s.Snapshot().ToList();
                items.Insert((int)i, a[2]);
                s.ReplaceAll(items.ToArray());
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(D(ts2, a, "__len__").Count));
        Def.Method(rt, t, "__bool__", (ts2, a, kw) => ts2.Rt.NewBool(D(ts2, a, "__bool__").Count > 0));
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__getitem__");
            long i = CheckIndex(ts2, s, a[1], out _);
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                if (i < 0) i += s.Count;
                if (i < 0 || i >= s.Count) throw ts2.Rt.IndexError("deque index out of range");
                return s.Get((int)i);
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
        });
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__setitem__");
            long i = CheckIndex(ts2, s, a[1], out _);
            PyObject old;
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                if (i < 0) i += s.Count;
                if (i < 0 || i >= s.Count) throw ts2.Rt.IndexError("deque index out of range");
                ObjectLifecycle<TSync>.IncRef(ts2, a[2]);
                old = s.Get((int)i);
                s.Set((int)i, a[2]);
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            Release(ts2, old);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__delitem__");
            long i = CheckIndex(ts2, s, a[1], out _);
            PyObject old;
            TSync.LockLeaf(ts2, a[0]);
            try
            {
                if (i < 0) i += s.Count;
                if (i < 0 || i >= s.Count) throw ts2.Rt.IndexError("deque index out of range");
                var items = s.Snapshot().ToList();
                old = items[(int)i];
                items.RemoveAt((int)i);
                s.ReplaceAll(items.ToArray());
            }
            finally { TSync.UnlockLeaf(ts2, a[0]); }
            Release(ts2, old);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__contains__");
            var snap = Snapshot(ts2, a[0], s, out long ver);
            foreach (var v in snap)
            {
                if (ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1])) return ts2.Rt.True;
                if (s.Version != ver) throw ts2.Rt.RuntimeError("deque mutated during iteration");
            }
            return ts2.Rt.False;
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => new DequeIter(ts2, iterType, a[0], D(ts2, a, "__iter__"), false));
        Def.Method(rt, t, "__reversed__", (ts2, a, kw) => new DequeIter(ts2, revIterType, a[0], D(ts2, a, "__reversed__"), true));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__repr__");
            var name = a[0].Type.Name;
            if (!ReprGuard.Enter(ts2, a[0])) return ts2.Rt.NewStr("[...]");
            try
            {
                var snap = Snapshot(ts2, a[0], s, out _);
                var parts = snap.Select(v => Ops<TSync>.ReprValue(ts2, v));
                var body = "[" + string.Join(", ", parts) + "]";
                return ts2.Rt.NewStr(s.MaxLen < 0 ? $"{name}({body})" : $"{name}({body}, maxlen={s.MaxLen})");
            }
            finally { ReprGuard.Leave(ts2, a[0]); }
        });
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        foreach (var (name, op) in new[] { ("__eq__", CompareOpArg.Eq), ("__ne__", CompareOpArg.NotEq), ("__lt__", CompareOpArg.Lt),
                     ("__le__", CompareOpArg.LtE), ("__gt__", CompareOpArg.Gt), ("__ge__", CompareOpArg.GtE) })
        {
            var cop = op;
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                if (a[0] is not PyNative<DequeState> x || a[1] is not PyNative<DequeState> y || !a[1].Type.IsSubtypeOf(t))
                    return ts2.Rt.NotImplemented;
                var xs = Snapshot(ts2, a[0], x.State, out _);
                var ys = Snapshot(ts2, a[1], y.State, out _);
                return CompareSeq(ts2, xs, ys, cop);
            });
        }
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__add__");
            if (a[1] is not PyNative<DequeState> || !a[1].Type.IsSubtypeOf(t))
                throw ts2.Rt.TypeError($"can only concatenate deque (not \"{a[1].Type.Name}\") to deque");
            var r = CopyDeque(ts2, a[0], s, t);
            Extend(ts2, r, ((PyNative<DequeState>)r).State, a[1], false);
            return r;
        });
        NativeFn mul = (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__mul__");
            if (a[1] is not PyInt && a[1].Type.Lookup(ts2.Rt.Intern("__index__")) == null) return ts2.Rt.NotImplemented;
            long n = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            var r = CopyDeque(ts2, a[0], s, t);
            var rs = ((PyNative<DequeState>)r).State;
            var snap = Snapshot(ts2, a[0], s, out _);
            if (n <= 0)
            {
                var old = rs.ReplaceAll([]);
                Release(ts2, old);
                return r;
            }
            for (long i = 1; i < n; i++)
                foreach (var v in snap) Append(ts2, r, rs, v, false);
            return r;
        };
        Def.Method(rt, t, "__mul__", mul);
        Def.Method(rt, t, "__rmul__", mul);
        Def.Method(rt, t, "__imul__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__imul__");
            long n = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            var snap = Snapshot(ts2, a[0], s, out _);
            if (n <= 0)
            {
                PyObject[] old;
                TSync.LockLeaf(ts2, a[0]);
                try { old = s.ReplaceAll([]); }
                finally { TSync.UnlockLeaf(ts2, a[0]); }
                Release(ts2, old);
                return a[0];
            }
            for (long i = 1; i < n; i++)
                foreach (var v in snap) Append(ts2, a[0], s, v, false);
            return a[0];
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var s = D(ts2, a, "__reduce__");
            var snap = Snapshot(ts2, a[0], s, out _);
            var ml = s.MaxLen < 0 ? ts2.Rt.None : (PyObject)ts2.Rt.NewInt(s.MaxLen);
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewList(ts2, snap), ml]),
                PickleSupport<TSync>.StateOf(ts2, a[0])]);
        });
        if (rt.ListType.Dict.GetStr(rt.Intern("__class_getitem__")) is { } cgi) Def.Value(rt, t.Dict, "__class_getitem__", cgi);
        return t;
    }

    public static PyObject CompareSeq(PyThreadState ts, PyObject[] xs, PyObject[] ys, CompareOpArg op)
    {
        var rt = ts.Rt;
        if ((op == CompareOpArg.Eq || op == CompareOpArg.NotEq) && xs.Length != ys.Length)
            return rt.NewBool(op == CompareOpArg.NotEq);
        int n = Math.Min(xs.Length, ys.Length);
        int i = 0;
        for (; i < n; i++)
        {
            if (ReferenceEquals(xs[i], ys[i])) continue;
            if (!Ops<TSync>.Eq(ts, xs[i], ys[i])) break;
        }
        if (i >= n)
        {
            int c = xs.Length.CompareTo(ys.Length);
            return rt.NewBool(op.Holds(c, 0));
        }
        if (op == CompareOpArg.Eq) return rt.False;
        if (op == CompareOpArg.NotEq) return rt.True;
        return Ops<TSync>.RichCompare(ts, xs[i], ys[i], op);
    }

    private sealed class DequeIter : PyIterBase
    {
        public override bool RunsNoPythonCode => true;
        private readonly PyObject _deque;
        private readonly DequeState _s;
        private readonly bool _reverse;
        private readonly long _version;
        private int _index;
        private bool _done;

        public DequeIter(PyThreadState ts, PyType type, PyObject deque, DequeState s, bool reverse) : base(type)
        {
            ObjectLifecycle<TSync>.IncRef(ts, deque);
            _deque = deque;
            _s = s;
            _reverse = reverse;
            _version = s.Version;
        }

        public override int LengthHint => _done ? 0 : Math.Max(0, _s.Count - _index);

        public override PyObject? Next(PyThreadState ts)
        {
            if (_done) return null;
            TSync.LockLeaf(ts, _deque);
            try
            {
                if (_s.Version != _version)
                {
                    _done = true;
                    throw ts.Rt.RuntimeError("deque mutated during iteration");
                }
                int i = _index;
                if (i >= _s.Count)
                {
                    _done = true;
                    return null;
                }
                _index = i + 1;
                return _s.Get(_reverse ? _s.Count - 1 - i : i);
            }
            finally { TSync.UnlockLeaf(ts, _deque); }
        }

        public override void CollectChildren(List<PyObject> sink) => sink.Add(_deque);
    }
}
