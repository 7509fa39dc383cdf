// The itertools module: every iterator is a native PyIterBase. Iterators whose state is only
// indices (product, permutations, combinations, ...) compute the next index set under a .NET lock
// (no Python code runs inside it), so a shared iterator used by several threads never corrupts
// its state; iterators that call Python code (groupby, accumulate, ...) keep single-field state
// and may skip or repeat items under concurrent use, never crash.
using System.Numerics;
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class ItertoolsModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "itertools";

    /// <summary>A native itertools iterator: Next plus an optional repr.</summary>
    private sealed class It : PyIterBase
    {
        private readonly Func<PyThreadState, PyObject?> _next;
        private readonly PyObject[] _keep;
        public Func<PyThreadState, string>? Repr;
        public Func<int>? Hint;
        /// <summary>The counted references the iterator's state holds besides the fixed ones
        /// (a running total, the previous item, saved items): released with it.</summary>
        public Action<List<PyObject>>? State;

        public It(PyThreadState ts, PyType type, Func<PyThreadState, PyObject?> next, PyObject[] keep) : base(type)
        {
            _next = next;
            _keep = keep;
            foreach (var k in keep) ObjectLifecycle<TSync>.IncRef(ts, k);
        }

        public override PyObject? Next(PyThreadState ts) => _next(ts);

        public override int LengthHint => Hint?.Invoke() ?? -1;

        public override void CollectChildren(List<PyObject> sink)
        {
            sink.AddRange(_keep);
            State?.Invoke(sink);
        }
    }

    /// <summary>Tests a value the iterator made (a predicate's result, a selector) and releases it.</summary>
    private static bool Truth(PyThreadState ts, PyObject o)
    {
        bool t = Ops<TSync>.IsTrue(ts, o);
        Ops<TSync>.Drop(ts, o);
        return t;
    }

    /// <summary>Releases a fresh value <paramref name="o"/> while <paramref name="keep"/> (maybe one of its items) lives on.</summary>
    private static void DropKeeping(PyThreadState ts, PyObject o, PyObject keep)
    {
        if (ReferenceEquals(o, keep)) return;
        if (keep.IsImmortal) { Ops<TSync>.Drop(ts, o); return; }
        TSync.IncRef(ts, keep);
        Ops<TSync>.Drop(ts, o);
        TSync.DecRefNoDealloc(ts, keep);
    }

    /// <summary>Adds a state reference to the sink when it is set.</summary>
    private static void Add(List<PyObject> sink, PyObject? o)
    {
        if (o != null) sink.Add(o);
    }

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);

        Type(ts, d, "count", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "count", a, kw, ["start", "step"], 0);
            PyObject start = b[0] ?? ts2.Rt.NewInt(0);
            PyObject step = b[1] ?? ts2.Rt.NewInt(1);
            if (!IsNumber(ts2, start) || !IsNumber(ts2, step)) throw ts2.Rt.TypeError("a number is required");
            // Fast path: machine integers.
            if (start is PyInt si && !si.IsBig && step is PyInt st && !st.IsBig && start.Type == ts2.Rt.IntType && step.Type == ts2.Rt.IntType)
            {
                long cur = si.Small;
                long stepL = st.Small;
                BigInteger? big = null;
                var it = new It(ts2, cls, ts3 =>
                {
                    if (big is { } bg)
                    {
                        big = bg + stepL;
                        return ts3.Rt.NewInt(bg);
                    }
                    long v = cur;
                    long nv;
                    try { nv = checked(v + stepL); }
                    catch (OverflowException) { big = (BigInteger)v + stepL; return ts3.Rt.NewInt(v); }
                    cur = nv;
                    return ts3.Rt.NewInt(v);
                }, []);
                it.Repr = ts3 =>
                {
                    var curS = big is { } bg ? bg.ToString() : cur.ToString();
                    return stepL == 1 ? $"{cls.Name}({curS})" : $"{cls.Name}({curS}, {stepL})";
                };
                return it;
            }
            PyObject current = start;
            ObjectLifecycle<TSync>.IncRef(ts2, current);
            var it2 = new It(ts2, cls, ts3 =>
            {
                var v = current;
                var nv = Ops<TSync>.BinaryOp(ts3, v, step, BinaryOpArg.Add);
                ObjectLifecycle<TSync>.IncRef(ts3, nv);
                current = nv;
                if (!v.IsImmortal) TSync.DecRefNoDealloc(ts3, v); // the caller's now
                return v;
            }, [step]);
            it2.State = sink => sink.Add(current);
            it2.Repr = ts3 =>
            {
                bool unit = step is PyInt one && step.Type == ts3.Rt.IntType && !one.IsBig && one.Small == 1;
                return unit ? $"{cls.Name}({Ops<TSync>.ReprValue(ts3, current)})"
                    : $"{cls.Name}({Ops<TSync>.ReprValue(ts3, current)}, {Ops<TSync>.ReprValue(ts3, step)})";
            };
            return it2;
        });

        Type(ts, d, "cycle", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "cycle", kw);
            Args.Count(ts2, "cycle", a.Length, 1, 1);
            var src = Ops<TSync>.GetIter(ts2, a[0]);
            var saved = new List<PyObject>();
            bool firstPass = true;
            int idx = 0;
            var gate = new object();
            return new It(ts2, cls, ts3 =>
            {
                if (firstPass)
                {
                    var v = Ops<TSync>.Next(ts3, src);
                    if (v != null)
                    {
                        ObjectLifecycle<TSync>.IncRef(ts3, v);
                        lock (gate) saved.Add(v);
                        return v;
                    }
                    firstPass = false;
                }
                lock (gate)
                {
                    if (saved.Count == 0) return null;
                    if (idx >= saved.Count) idx = 0;
                    return saved[idx++];
                }
            }, [src]) { State = sink => { lock (gate) sink.AddRange(saved); } };
        });

        Type(ts, d, "repeat", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "repeat", a, kw, ["object", "times"], 1);
            var obj = b[0]!;
            long times = -1;
            if (b[1] != null)
            {
                // CPython parses `times` with the "n" format: its overflow message.
                if (b[1] is PyInt { IsBig: true }) throw ts2.Rt.OverflowError("Python int too large to convert to C ssize_t");
                times = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
                if (times < 0) times = 0;
            }
            long left = times;
            var it = new It(ts2, cls, ts3 =>
            {
                if (times < 0) return obj;
                if (Interlocked.Decrement(ref left) < 0)
                {
                    left = 0;
                    return null;
                }
                return obj;
            }, [obj]);
            it.Repr = ts3 => times < 0 ? $"{cls.Name}({Ops<TSync>.ReprValue(ts3, obj)})" : $"{cls.Name}({Ops<TSync>.ReprValue(ts3, obj)}, {Math.Max(0, left)})";
            it.Hint = () => times < 0 ? -1 : (int)Math.Min(int.MaxValue, Math.Max(0, left));
            return it;
        }, lengthHintRaises: true);

        Type(ts, d, "accumulate", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "accumulate", a, kw, ["iterable", "func", "initial"], 1, 0, 2);
            var src = Ops<TSync>.GetIter(ts2, b[0]!);
            var fn = b[1] == null || ReferenceEquals(b[1], ts2.Rt.None) ? null : b[1];
            PyObject? total = b[2] == null || ReferenceEquals(b[2], ts2.Rt.None) ? null : b[2];
            bool initialPending = total != null;
            if (total != null) ObjectLifecycle<TSync>.IncRef(ts2, total);
            return new It(ts2, cls, ts3 =>
            {
                if (initialPending)
                {
                    initialPending = false;
                    return total;
                }
                var v = Ops<TSync>.Next(ts3, src);
                if (v == null) return null;
                var next = total == null ? v : fn == null ? Ops<TSync>.BinaryOp(ts3, total, v, BinaryOpArg.Add) : Ops<TSync>.Call(ts3, fn, [total, v], null);
                DropKeeping(ts3, v, next);
                Ops<TSync>.Store(ts3, ref total, next); // the last total goes (the caller has it, or dropped it)
                return next;
            }, fn == null ? [src] : [src, fn]) { State = sink => Add(sink, total) };
        });

        var chain = Type(ts, d, "chain", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "chain", kw);
            return Chain(ts2, cls, Ops<TSync>.GetIter(ts2, Ops<TSync>.NewTuple(ts2, a.ToArray())));
        });
        Def.ClassMethod(rt, chain, "from_iterable", (ts2, a, kw) =>
        {
            Args.Count(ts2, "from_iterable", a.Length - 1, 1, 1);
            return Chain(ts2, (PyType)a[0], Ops<TSync>.GetIter(ts2, a[1]));
        });

        Type(ts, d, "compress", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "compress", a, kw, ["data", "selectors"], 2);
            var data = Ops<TSync>.GetIter(ts2, b[0]!);
            var sel = Ops<TSync>.GetIter(ts2, b[1]!);
            return new It(ts2, cls, ts3 =>
            {
                while (true)
                {
                    var v = Ops<TSync>.Next(ts3, data);
                    if (v == null) return null;
                    var s = Ops<TSync>.Next(ts3, sel);
                    if (s == null) { Ops<TSync>.Drop(ts3, v); return null; }
                    if (Truth(ts3, s)) return v;
                    Ops<TSync>.Drop(ts3, v);
                }
            }, [data, sel]);
        });

        Type(ts, d, "dropwhile", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "dropwhile", kw);
            Args.Count(ts2, "dropwhile", a.Length, 2, 2);
            var pred = a[0];
            var src = Ops<TSync>.GetIter(ts2, a[1]);
            bool dropping = true;
            return new It(ts2, cls, ts3 =>
            {
                while (true)
                {
                    var v = Ops<TSync>.Next(ts3, src);
                    if (v == null) return null;
                    if (!dropping) return v;
                    if (!Truth(ts3, Ops<TSync>.Call(ts3, pred, [v], null)))
                    {
                        dropping = false;
                        return v;
                    }
                    Ops<TSync>.Drop(ts3, v);
                }
            }, [pred, src]);
        });

        Type(ts, d, "takewhile", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "takewhile", kw);
            Args.Count(ts2, "takewhile", a.Length, 2, 2);
            var pred = a[0];
            var src = Ops<TSync>.GetIter(ts2, a[1]);
            bool stopped = false;
            return new It(ts2, cls, ts3 =>
            {
                if (stopped) return null;
                var v = Ops<TSync>.Next(ts3, src);
                if (v == null) return null;
                if (Truth(ts3, Ops<TSync>.Call(ts3, pred, [v], null))) return v;
                stopped = true;
                Ops<TSync>.Drop(ts3, v);
                return null;
            }, [pred, src]);
        });

        Type(ts, d, "filterfalse", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "filterfalse", kw);
            Args.Count(ts2, "filterfalse", a.Length, 2, 2);
            var pred = a[0];
            var src = Ops<TSync>.GetIter(ts2, a[1]);
            bool noPred = ReferenceEquals(pred, ts2.Rt.None);
            return new It(ts2, cls, ts3 =>
            {
                while (true)
                {
                    var v = Ops<TSync>.Next(ts3, src);
                    if (v == null) return null;
                    bool t = noPred ? Ops<TSync>.IsTrue(ts3, v) : Truth(ts3, Ops<TSync>.Call(ts3, pred, [v], null));
                    if (!t) return v;
                    Ops<TSync>.Drop(ts3, v);
                }
            }, [pred, src]);
        });

        Type(ts, d, "starmap", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "starmap", kw);
            Args.Count(ts2, "starmap", a.Length, 2, 2);
            var fn = a[0];
            var src = Ops<TSync>.GetIter(ts2, a[1]);
            return new It(ts2, cls, ts3 =>
            {
                var v = Ops<TSync>.Next(ts3, src);
                if (v == null) return null;
                if (v is not PyTuple t)
                {
                    var tuple = Ops<TSync>.NewTuple(ts3, Ops<TSync>.ToArray(ts3, v)); // its items counted, as the call's arguments
                    Ops<TSync>.Drop(ts3, v);
                    t = tuple;
                }
                var r = Ops<TSync>.Call(ts3, fn, t.Items, null);
                DropKeeping(ts3, t, r);
                return r;
            }, [fn, src]);
        });

        Type(ts, d, "islice", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "islice", kw);
            Args.Count(ts2, "islice", a.Length, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (a.Length == 2)
            {
                if (!ReferenceEquals(a[1], ts2.Rt.None))
                {
                    stop = SliceArg(ts2, a[1]);
                    if (stop < 0) throw ts2.Rt.ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
            }
            else
            {
                if (!ReferenceEquals(a[1], ts2.Rt.None)) start = SliceArg(ts2, a[1]);
                if (!ReferenceEquals(a[2], ts2.Rt.None)) stop = SliceArg(ts2, a[2]);
                if (start < 0 || (!ReferenceEquals(a[2], ts2.Rt.None) && stop < 0))
                    throw ts2.Rt.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                if (a.Length == 4 && !ReferenceEquals(a[3], ts2.Rt.None))
                {
                    step = SliceArg(ts2, a[3]);
                    if (step < 1) throw ts2.Rt.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
            PyObject? src = Ops<TSync>.GetIter(ts2, a[0]);
            long cnt = 0, next = start;
            return new It(ts2, cls, ts3 =>
            {
                var s = src;
                if (s == null) return null;
                while (cnt < next)
                {
                    var skip = Ops<TSync>.Next(ts3, s);
                    if (skip == null) { src = null; return null; }
                    Ops<TSync>.Drop(ts3, skip);
                    cnt++;
                }
                if (stop != -1 && cnt >= stop) { src = null; return null; }
                var v = Ops<TSync>.Next(ts3, s);
                if (v == null) { src = null; return null; }
                cnt++;
                long old = next;
                next += step;
                if (next < old || (stop != -1 && next > stop)) next = stop;
                return v;
            }, [src]);
        });

        Type(ts, d, "pairwise", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "pairwise", kw);
            Args.Count(ts2, "pairwise", a.Length, 1, 1);
            var src = Ops<TSync>.GetIter(ts2, a[0]);
            PyObject? prev = null;
            bool done = false;
            return new It(ts2, cls, ts3 =>
            {
                if (done) return null;
                if (prev == null)
                {
                    var first = Ops<TSync>.Next(ts3, src);
                    if (first == null) { done = true; return null; }
                    Ops<TSync>.Store(ts3, ref prev, first);
                }
                var v = Ops<TSync>.Next(ts3, src);
                if (v == null)
                {
                    done = true;
                    Ops<TSync>.Store(ts3, ref prev, null);
                    return null;
                }
                var r = Ops<TSync>.NewTuple(ts3, [prev!, v]);
                Ops<TSync>.Store(ts3, ref prev, v);
                return r;
            }, [src]) { State = sink => Add(sink, prev) };
        });

        Type(ts, d, "batched", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "batched", a, kw, ["iterable", "n", "strict"], 2, 0, 2);
            long n = ModuleSupport<TSync>.ToSsize(ts2, b[1]!);
            if (n < 1) throw ts2.Rt.ValueError("n must be at least one");
            bool strict = b[2] != null && Ops<TSync>.IsTrue(ts2, b[2]!);
            PyObject? src = Ops<TSync>.GetIter(ts2, b[0]!);
            return new It(ts2, cls, ts3 =>
            {
                var s = src;
                if (s == null) return null;
                // Each item is counted until the batch holds it: the source may drop its own reference
                // to an item while it produces the next one (a generator's `yield v; del v`).
                var items = new List<PyObject>();
                try
                {
                    while (items.Count < n)
                    {
                        var v = Ops<TSync>.Next(ts3, s);
                        if (v == null) { src = null; break; }
                        Holds<TSync>.Hold(ts3, v);
                        items.Add(v);
                    }
                    if (items.Count == 0) return null;
                    if (strict && items.Count < n) throw ts3.Rt.ValueError("batched(): incomplete batch");
                    var batch = Ops<TSync>.NewTuple(ts3, items.ToArray());
                    Holds<TSync>.GiveBackAll(ts3, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
                    return batch;
                }
                catch (PyException)
                {
                    Holds<TSync>.ReleaseAll(ts3, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
                    throw;
                }
            }, [src]);
        });

        Type(ts, d, "zip_longest", (ts2, cls, a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = a.Length - nkw;
            PyObject fill = ts2.Rt.None;
            for (int i = 0; i < nkw; i++)
            {
                var k = ((PyStr)kw!.Items[i]).Value;
                if (k != "fillvalue") throw ts2.Rt.TypeError("zip_longest() got an unexpected keyword argument '" + k + "'");
                fill = a[npos + i];
            }
            var its = new PyObject?[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops<TSync>.GetIter(ts2, a[i]);
            int active = npos;
            return new It(ts2, cls, ts3 =>
            {
                if (npos == 0 || active == 0) return null;
                var items = new PyObject[npos];
                for (int i = 0; i < npos; i++)
                {
                    var src = its[i];
                    PyObject? v = src == null ? null : Ops<TSync>.Next(ts3, src);
                    if (v == null)
                    {
                        if (src != null)
                        {
                            its[i] = null;
                            active--;
                            if (active == 0) return null;
                        }
                        v = fill;
                    }
                    items[i] = v;
                }
                return Ops<TSync>.NewTuple(ts3, items);
            }, its.Where(x => x != null).Select(x => x!).Append(fill).ToArray());
        });

        GroupBy(ts, d);
        Tee(ts, d);
        Combinatorics(ts, d);
        return m;
    }

    private static bool IsNumber(PyThreadState ts, PyObject o) =>
        o is PyInt or PyFloat or PyComplex || o.Type.Lookup(ts.Rt.Intern("__index__")) != null
        || o.Type.Lookup(ts.Rt.Intern("__float__")) != null || o.Type.Lookup(ts.Rt.Intern("__int__")) != null;

    private static long SliceArg(PyThreadState ts, PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup(ts.Rt.Intern("__index__")) == null) return -1;
        var i = Ops<TSync>.Index(ts, o);
        if (i.IsBig) return i.Big.Sign < 0 ? -1 : long.MaxValue;
        return i.Small;
    }

    private static PyType Type(PyThreadState ts, PyDict d, string name, NativeNew create, bool lengthHintRaises = false)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType(name, rt.IteratorType, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, Mod);
        ModuleSupport<TSync>.Ctor(rt, t, create);
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            if (a[0] is It it && it.Repr != null) return ts2.Rt.NewStr(it.Repr(ts2));
            return ts2.Rt.NewStr($"<{Mod}.{a[0].Type.Name} object at 0x{ts2.Rt.IdOf(a[0]):x}>");
        });
        if (lengthHintRaises)
        {
            Def.Method(rt, t, "__length_hint__", (ts2, a, kw) =>
            {
                var h = ((PyIterBase)a[0]).LengthHint;
                if (h < 0) throw ts2.Rt.TypeError("len() of unsized object");
                return ts2.Rt.NewInt(h);
            });
        }
        Def.Value(rt, d, name, t);
        return t;
    }

    private static PyObject Chain(PyThreadState ts, PyType cls, PyObject sources)
    {
        PyObject? current = null, currentSrc = null;
        bool done = false;
        return new It(ts, cls, ts3 =>
        {
            while (!done)
            {
                if (current == null)
                {
                    var nextSrc = Ops<TSync>.Next(ts3, sources);
                    if (nextSrc == null) { done = true; return null; }
                    current = Ops<TSync>.GetIter(ts3, nextSrc);
                    currentSrc = nextSrc;
                }
                var v = Ops<TSync>.Next(ts3, current);
                if (v != null) return v;
                // An exhausted source's iterator releases the source (chain(a, b) kept a and b counted).
                Ops<TSync>.DropIterator(ts3, current, currentSrc!);
                current = null;
            }
            return null;
        }, [sources]);
    }

    // ------------------------------------------------------------------ groupby

    /// <summary>groupby's state; TgtKey, CurrKey and CurrValue are counted (released when replaced,
    /// and with the groupby object).</summary>
    private sealed class GroupByState
    {
        public PyObject Src = null!;
        public PyObject? KeyFn;
        public PyObject? TgtKey, CurrKey, CurrValue;
        public object? CurrGrouper;
        public bool Exhausted;

        /// <summary>Fetches the next value and its key; false at the end.</summary>
        public bool Step(PyThreadState ts)
        {
            var v = Ops<TSync>.Next(ts, Src);
            if (v == null) { Exhausted = true; return false; }
            PyObject k;
            try
            {
                k = KeyFn == null ? v : Ops<TSync>.Call(ts, KeyFn, [v], null);
            }
            catch (PyException)
            {
                Ops<TSync>.Drop(ts, v);
                throw;
            }
            Ops<TSync>.Store(ts, ref CurrValue, v);
            Ops<TSync>.Store(ts, ref CurrKey, k);
            return true;
        }

        public void Collect(List<PyObject> sink)
        {
            Add(sink, TgtKey);
            Add(sink, CurrKey);
            Add(sink, CurrValue);
        }
    }

    private static void GroupBy(PyThreadState ts, PyDict d)
    {
        var rt = ts.Rt;
        var grouperType = rt.NewBuiltinType("_grouper", rt.IteratorType, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, grouperType, Mod);
        Def.Method(rt, grouperType, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, grouperType, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
        Type(ts, d, "groupby", (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "groupby", a, kw, ["iterable", "key"], 1);
            var st = new GroupByState
            {
                Src = Ops<TSync>.GetIter(ts2, b[0]!),
                KeyFn = b[1] == null || ReferenceEquals(b[1], ts2.Rt.None) ? null : b[1],
            };
            It? groupby = null;
            return groupby = new It(ts2, cls, ts3 =>
            {
                st.CurrGrouper = null;
                while (true)
                {
                    if (st.CurrKey == null) { }
                    else if (st.TgtKey == null) break;
                    else if (!Ops<TSync>.RichCompareBool(ts3, st.TgtKey, st.CurrKey, CompareOpArg.Eq)) break;
                    if (!st.Step(ts3)) return null;
                }
                Ops<TSync>.Store(ts3, ref st.TgtKey, st.CurrKey);
                var tgt = st.TgtKey!;
                var token = new object();
                st.CurrGrouper = token;
                var grouper = new It(ts3, grouperType, ts4 =>
                {
                    if (!ReferenceEquals(st.CurrGrouper, token)) return null;
                    if (st.CurrValue == null)
                    {
                        if (!st.Step(ts4)) return null;
                    }
                    if (!Ops<TSync>.RichCompareBool(ts4, tgt, st.CurrKey!, CompareOpArg.Eq)) return null;
                    var r = st.CurrValue!;
                    st.CurrValue = null;
                    if (!r.IsImmortal) TSync.DecRefNoDealloc(ts4, r); // the caller's now
                    return r;
                }, [tgt, groupby!]); // (the groupby's state, which the grouper reads, lives as long)
                return Ops<TSync>.NewTuple(ts3, [st.CurrKey!, grouper]);
            }, st.KeyFn == null ? [st.Src] : [st.Src, st.KeyFn]) { State = st.Collect };
        });
    }
}
