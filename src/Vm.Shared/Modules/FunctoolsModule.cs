// The _functools module: reduce, partial, cmp_to_key (functools.KeyWrapper) and the native
// LRU cache behind functools.lru_cache. The cache keeps its entries in a PyDict (Python key
// equality, thread-safe by itself) and its recency order in a .NET linked list guarded by a
// .NET lock that is never held while Python code runs (hash/__eq__/the user function).
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class FunctoolsModule<TSync> where TSync : struct, ISyncPolicy
{
    public sealed class PartialState : IHasChildren
    {
        public PyObject Func = null!;
        public PyTuple Args = null!;
        public PyDict Keywords = null!;

        public void CollectChildren(List<PyObject> sink)
        {
            sink.Add(Func);
            sink.Add(Args);
            sink.Add(Keywords);
        }
    }

    private sealed class KeyWrapper : IHasChildren
    {
        public PyObject Cmp = null!;
        public PyObject Obj = null!;

        public void CollectChildren(List<PyObject> sink)
        {
            sink.Add(Cmp);
            sink.Add(Obj);
        }
    }

    /// <summary>One cached result: linked into the recency list.</summary>
    private sealed class LruEntry
    {
        public PyObject Key = null!;
        public PyObject Value = null!;
        public PyObject Holder = null!;
        public LinkedListNode<LruEntry>? Node;
    }

    private sealed class LruState : IHasChildren
    {
        public PyObject Func = null!;
        public PyObject CacheInfoType = null!;
        public long MaxSize;          // -1 = unbounded
        public bool Typed;
        public PyDict Cache = null!;  // key -> PyNative<LruEntry>
        public readonly LinkedList<LruEntry> Order = new();
        public readonly object Gate = new();
        public long Hits, Misses;

        public void CollectChildren(List<PyObject> sink)
        {
            sink.Add(Func);
            sink.Add(Cache);
        }
    }

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_functools", out var d);
        Def.Function(rt, d, "reduce", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "reduce", kw);
            Args.Count(ts2, "reduce", a.Length, 2, 3);
            var fn = a[0];
            var it = Ops<TSync>.GetIter(ts2, a[1]);
            // The running value is counted while iteration goes on (the iterator or fn may run code that
            // drops every other reference to it: a generator's `yield v; del v`); returned uncounted.
            // The caller's initial value is given back with DecRefNoDealloc (the caller's stack holds it).
            PyObject? initial = a.Length == 3 ? a[2] : null, acc = initial;
            if (acc != null) Holds<TSync>.Hold(ts2, acc);
            bool done = false;
            try
            {
                while (Ops<TSync>.Next(ts2, it) is { } x)
                {
                    if (acc == null)
                    {
                        acc = x;
                        Holds<TSync>.Hold(ts2, acc);
                        continue;
                    }
                    var prev = acc;
                    var r = Ops<TSync>.Call(ts2, fn, [prev, x], null);
                    Holds<TSync>.Hold(ts2, r);
                    acc = r;
                    // A fresh item dies here, then the replaced running value (CPython's decrefs).
                    if (!ReferenceEquals(x, r)) ObjectLifecycle<TSync>.DropBorrowed(ts2, x);
                    Holds<TSync>.Settle(ts2, prev, keep: ReferenceEquals(prev, initial));
                }
                done = true;
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[1]);
                if (acc != null) Holds<TSync>.Settle(ts2, acc, keep: done || ReferenceEquals(acc, initial));
            }
            return acc ?? throw ts2.Rt.TypeError("reduce() of empty iterable with no initial value");
        }, "_functools");
        Def.Value(rt, d, "partial", PartialType(ts));
        var kwType = KeyWrapperType(ts);
        Def.Function(rt, d, "cmp_to_key", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "cmp_to_key", a, kw, ["mycmp"], 1);
            var cmp = b[0]!;
            var f = new PyBuiltinFunction(ts2.Rt.BuiltinFunctionType, "K", (ts3, a2, kw2) =>
            {
                var b2 = Args.Bind(ts3, "K", a2, kw2, ["obj"], 1);
                ObjectLifecycle<TSync>.IncRef(ts3, cmp);
                ObjectLifecycle<TSync>.IncRef(ts3, b2[0]!);
                return new PyNativeHolder<KeyWrapper>(kwType, new KeyWrapper { Cmp = cmp, Obj = b2[0]! });
            }) { ModuleName = "functools" };
            return f;
        }, "_functools");
        Def.Value(rt, d, "_lru_cache_wrapper", LruType(ts));
        return m;
    }

    // ------------------------------------------------------------------ partial

    private static PyType PartialType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("partial", null, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "functools");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            int npos = ModuleSupport<TSync>.NPos(a, kw);
            if (npos < 1) throw ts2.Rt.TypeError("type 'partial' takes at least one argument");
            var func = a[0];
            var pargs = a.Slice(1, npos - 1).ToArray();
            var kwd = Ops<TSync>.NewDict(ts2);
            // Flatten partial(partial(f, ...), ...) when the inner one is a plain partial.
            if (func is PyNative<PartialState> inner && func.Type == t && ((func as IHasDict)?.Dict?.Count ?? 0) == 0)
            {
                pargs = inner.State.Args.Items.Concat(pargs).ToArray();
                foreach (var kv in inner.State.Keywords.Snapshot()) DictOps<TSync>.SetItem(ts2, kwd, kv.Key, kv.Value);
                func = inner.State.Func;
            }
            else if (!Ops<TSync>.IsCallable(ts2, func)) throw ts2.Rt.TypeError("the first argument must be callable");
            for (int i = 0; i < (kw?.Count ?? 0); i++) DictOps<TSync>.SetItem(ts2, kwd, kw!.Items[i], a[npos + i]);
            ObjectLifecycle<TSync>.IncRef(ts2, func);
            var targs = Ops<TSync>.NewTuple(ts2, pargs);
            ObjectLifecycle<TSync>.IncRef(ts2, targs);
            ObjectLifecycle<TSync>.IncRef(ts2, kwd);
            return new PyNativeEx<PartialState>(cls, new PartialState { Func = func, Args = targs, Keywords = kwd });
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var p = ModuleSupport<TSync>.Self<PartialState>(ts2, a, "partial", "__call__");
            int nkw = kw?.Count ?? 0;
            int npos = a.Length - 1 - nkw;
            var kwPairs = p.Keywords.Snapshot();
            var args = new List<PyObject>(p.Args.Items);
            for (int i = 0; i < npos; i++) args.Add(a[1 + i]);
            var names = new List<PyObject>();
            var vals = new List<PyObject>();
            foreach (var kv in kwPairs)
            {
                bool overridden = false;
                for (int i = 0; i < nkw; i++)
                    if (((PyStr)kw!.Items[i]).Value == ((PyStr)kv.Key).Value) overridden = true;
                if (overridden) continue;
                names.Add(kv.Key);
                vals.Add(kv.Value);
            }
            for (int i = 0; i < nkw; i++)
            {
                names.Add(kw!.Items[i]);
                vals.Add(a[1 + npos + i]);
            }
            args.AddRange(vals);
            var kn = names.Count > 0 ? ts2.Rt.NewTupleImmortalItems(names.ToArray()) : null;
            return Ops<TSync>.Call(ts2, p.Func, args.ToArray(), kn);
        });
        Def.Getter(rt, t, "func", (ts2, o) => ((PyNative<PartialState>)o).State.Func);
        Def.Getter(rt, t, "args", (ts2, o) => ((PyNative<PartialState>)o).State.Args);
        Def.Getter(rt, t, "keywords", (ts2, o) => ((PyNative<PartialState>)o).State.Keywords);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var p = ModuleSupport<TSync>.Self<PartialState>(ts2, a, "partial", "__repr__");
            if (!Vm.Builtins.Containers.ReprGuard.Enter(ts2, a[0])) return ts2.Rt.NewStr("...");
            try
            {
                var parts = new List<string> { Ops<TSync>.ReprValue(ts2, p.Func) };
                foreach (var x in p.Args.Items) parts.Add(Ops<TSync>.ReprValue(ts2, x));
                foreach (var kv in p.Keywords.Snapshot()) parts.Add($"{Ops<TSync>.StrValue(ts2, kv.Key)}={Ops<TSync>.ReprValue(ts2, kv.Value)}");
                var tp = a[0].Type;
                var mod = tp.Dict.GetStr(ts2.Rt.Intern("__module__")) is PyStr ms ? ms.Value : "functools";
                return ts2.Rt.NewStr($"{mod}.{tp.QualName}({string.Join(", ", parts)})");
            }
            finally { Vm.Builtins.Containers.ReprGuard.Leave(ts2, a[0]); }
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var p = ModuleSupport<TSync>.Self<PartialState>(ts2, a, "partial", "__reduce__");
            var dict = InstanceDictOps<TSync>.DictOf(ts2, a[0]);
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, Ops<TSync>.NewTuple(ts2, [p.Func]),
                Ops<TSync>.NewTuple(ts2, [p.Func, p.Args, p.Keywords, dict == null || dict.Count == 0 ? ts2.Rt.None : dict])]);
        });
        Def.Method(rt, t, "__setstate__", (ts2, a, kw) =>
        {
            // The state __reduce__ gives: (func, args, keywords or None, instance dict or None).
            var p = ModuleSupport<TSync>.Self<PartialState>(ts2, a, "partial", "__setstate__");
            if (a.Length != 2 || a[1] is not PyTuple { Count: 4 } st) throw ts2.Rt.TypeError("argument to __setstate__ must be a tuple");
            PyObject func = st.Items[0], args = st.Items[1], kwds = st.Items[2], dict = st.Items[3];
            if (!Ops<TSync>.IsCallable(ts2, func) || args is not PyTuple targs
                || (kwds != ts2.Rt.None && kwds is not PyDict) || (dict != ts2.Rt.None && dict is not PyDict))
                throw ts2.Rt.TypeError("invalid partial state");
            var newKw = Ops<TSync>.NewDict(ts2);
            if (kwds is PyDict kd) foreach (var kv in kd.Snapshot()) DictOps<TSync>.SetItem(ts2, newKw, kv.Key, kv.Value);
            ObjectLifecycle<TSync>.IncRef(ts2, func);
            ObjectLifecycle<TSync>.IncRef(ts2, targs);
            ObjectLifecycle<TSync>.IncRef(ts2, newKw);
            PyObject oldFunc = p.Func, oldArgs = p.Args, oldKw = p.Keywords;
            (p.Func, p.Args, p.Keywords) = (func, targs, newKw);
            ObjectLifecycle<TSync>.DecRef(ts2, oldFunc);
            ObjectLifecycle<TSync>.DecRef(ts2, oldArgs);
            ObjectLifecycle<TSync>.DecRef(ts2, oldKw);
            if (dict is PyDict dd && a[0] is IHasDict hd)
            {
                var hdict = Ops<TSync>.GetOrCreateDict(ts2, a[0], hd);
                foreach (var kv in dd.Snapshot()) DictOps<TSync>.SetItem(ts2, hdict, kv.Key, kv.Value);
            }
            return ts2.Rt.None;
        });
        if (rt.ListType.Dict.GetStr(rt.Intern("__class_getitem__")) is { } cgi) Def.Value(rt, t.Dict, "__class_getitem__", cgi);
        return t;
    }

    // ------------------------------------------------------------------ cmp_to_key

    private static PyType KeyWrapperType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("functools.KeyWrapper", null, TypeFlags.None);
        foreach (var (name, op) in new[] { ("__lt__", CompareOpArg.Lt), ("__le__", CompareOpArg.LtE), ("__eq__", CompareOpArg.Eq),
                     ("__ne__", CompareOpArg.NotEq), ("__gt__", CompareOpArg.Gt), ("__ge__", CompareOpArg.GtE) })
        {
            var cop = op;
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                if (a[0] is not PyNative<KeyWrapper> x) return ts2.Rt.NotImplemented;
                if (a[1] is not PyNative<KeyWrapper> y || a[1].Type != a[0].Type)
                    throw ts2.Rt.TypeError("other argument must be K instance");
                var r = Ops<TSync>.Call(ts2, x.State.Cmp, [x.State.Obj, y.State.Obj], null);
                return Ops<TSync>.RichCompare(ts2, r, ts2.Rt.NewInt(0), cop);
            });
        }
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var k = ModuleSupport<TSync>.Self<KeyWrapper>(ts2, a, "functools.KeyWrapper", "__call__");
            var b = Args.Bind(ts2, "K", a.Slice(1), kw, ["obj"], 1);
            ObjectLifecycle<TSync>.IncRef(ts2, k.Cmp);
            ObjectLifecycle<TSync>.IncRef(ts2, b[0]!);
            return new PyNativeHolder<KeyWrapper>(t, new KeyWrapper { Cmp = k.Cmp, Obj = b[0]! });
        });
        Def.Getter(rt, t, "obj", (ts2, o) => ((PyNative<KeyWrapper>)o).State.Obj);
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        return t;
    }

    // ------------------------------------------------------------------ lru_cache

    private static PyType LruType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("_lru_cache_wrapper", null, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "functools");
        var entryType = rt.NewBuiltinType("_lru_list_elem", null, TypeFlags.None);
        var kwdMark = new PyInstance(rt.ObjectType);
        kwdMark.MakeImmortal();
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "_lru_cache_wrapper", a, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 4);
            if (!Ops<TSync>.IsCallable(ts2, b[0]!)) throw ts2.Rt.TypeError("the first argument must be callable");
            long maxsize;
            if (ReferenceEquals(b[1], ts2.Rt.None)) maxsize = -1;
            else
            {
                maxsize = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
                if (maxsize < 0) maxsize = 0;
            }
            var st = new LruState
            {
                Func = b[0]!,
                MaxSize = maxsize,
                Typed = Ops<TSync>.IsTrue(ts2, b[2]!),
                CacheInfoType = b[3]!,
                Cache = Ops<TSync>.NewDict(ts2),
            };
            ObjectLifecycle<TSync>.IncRef(ts2, st.Func);
            ObjectLifecycle<TSync>.IncRef(ts2, st.Cache);
            return new PyNativeEx<LruState>(cls, st);
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var s = ModuleSupport<TSync>.Self<LruState>(ts2, a, "functools._lru_cache_wrapper", "__call__");
            var args = a.Slice(1);
            if (s.MaxSize == 0)
            {
                lock (s.Gate) s.Misses++;
                return Ops<TSync>.Call(ts2, s.Func, args, kw);
            }
            var key = MakeKey(ts2, args, kw, s.Typed, kwdMark);
            long hash = Ops<TSync>.Hash(ts2, key);
            var found = DictOps<TSync>.GetItemOrNull(ts2, s.Cache, key);
            if (found is PyNative<LruEntry> fe)
            {
                lock (s.Gate)
                {
                    s.Hits++;
                    var node = fe.State.Node;
                    if (node != null && node.List == s.Order)
                    {
                        s.Order.Remove(node);
                        s.Order.AddLast(node);
                    }
                }
                return fe.State.Value;
            }
            lock (s.Gate) s.Misses++;
            var result = Ops<TSync>.Call(ts2, s.Func, args, kw);
            // Another thread may have cached the same key meanwhile: keep the first.
            if (DictOps<TSync>.GetItemOrNull(ts2, s.Cache, key) != null) return result;
            var entry = new LruEntry { Key = key, Value = result };
            var holder = new PyNative<LruEntry>(entryType, entry);
            entry.Holder = holder;
            ObjectLifecycle<TSync>.IncRef(ts2, result);
            // Insert into the dict first, then link: an eviction can only pick an entry that is
            // already in the dict, and it deletes the key only if the dict still holds that entry.
            DictOps<TSync>.SetItem(ts2, s.Cache, key, hash, holder);
            LruEntry? evicted = null;
            lock (s.Gate)
            {
                entry.Node = s.Order.AddLast(entry);
                if (s.MaxSize > 0 && s.Order.Count > s.MaxSize)
                {
                    evicted = s.Order.First!.Value;
                    s.Order.RemoveFirst();
                    evicted.Node = null;
                }
            }
            if (evicted != null)
            {
                if (ReferenceEquals(DictOps<TSync>.GetItemOrNull(ts2, s.Cache, evicted.Key), evicted.Holder))
                    DictOps<TSync>.Delete(ts2, s.Cache, evicted.Key);
                ObjectLifecycle<TSync>.DecRef(ts2, evicted.Value);
            }
            return result;
        });
        Def.Method(rt, t, "cache_info", (ts2, a, kw) =>
        {
            var s = ModuleSupport<TSync>.Self<LruState>(ts2, a, "functools._lru_cache_wrapper", "cache_info");
            long hits, misses, size;
            lock (s.Gate)
            {
                hits = s.Hits;
                misses = s.Misses;
                size = s.MaxSize == 0 ? 0 : s.Cache.Count;
            }
            var ms = s.MaxSize < 0 ? ts2.Rt.None : (PyObject)ts2.Rt.NewInt(s.MaxSize);
            return Ops<TSync>.Call(ts2, s.CacheInfoType, [ts2.Rt.NewInt(hits), ts2.Rt.NewInt(misses), ms, ts2.Rt.NewInt(size)], null);
        });
        Def.Method(rt, t, "cache_clear", (ts2, a, kw) =>
        {
            var s = ModuleSupport<TSync>.Self<LruState>(ts2, a, "functools._lru_cache_wrapper", "cache_clear");
            List<LruEntry> old;
            lock (s.Gate)
            {
                old = s.Order.ToList();
                s.Order.Clear();
                foreach (var e in old) e.Node = null;
                s.Hits = 0;
                s.Misses = 0;
            }
            Ops<TSync>.CallMethod(ts2, s.Cache, "clear", []);
            foreach (var e in old) ObjectLifecycle<TSync>.DecRef(ts2, e.Value);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) => Ops<TSync>.GetAttr(ts2, a[0], "__qualname__"));
        Def.Method(rt, t, "__copy__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__deepcopy__", (ts2, a, kw) => a[0]);
        return t;
    }

    /// <summary>functools._make_key: the argument tuple (with a keyword marker and types when typed); a lone int/str is its own key.</summary>
    private static PyObject MakeKey(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, bool typed, PyObject kwdMark)
    {
        var rt = ts.Rt;
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        var key = new List<PyObject>(args.Length * 2 + 1);
        for (int i = 0; i < npos; i++) key.Add(args[i]);
        if (nkw > 0)
        {
            key.Add(kwdMark);
            for (int i = 0; i < nkw; i++)
            {
                key.Add(kw!.Items[i]);
                key.Add(args[npos + i]);
            }
        }
        if (typed)
        {
            for (int i = 0; i < npos; i++) key.Add(args[i].Type);
            for (int i = 0; i < nkw; i++) key.Add(args[npos + i].Type);
        }
        else if (key.Count == 1 && (key[0].Type == rt.IntType || key[0].Type == rt.StrType))
            return key[0];
        return Ops<TSync>.NewTuple(ts, key.ToArray());
    }
}
