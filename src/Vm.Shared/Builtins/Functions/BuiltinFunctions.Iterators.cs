// enumerate, zip, map, filter: builtin types whose instances are native iterators.
using System.Numerics;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BuiltinFunctions<TSync>
{
    private static void InstallIterators(PyThreadState ts, PyDict b)
    {
        var rt = ts.Rt;
        IterType(ts, b, "enumerate", (ts2, cls, a, kw) =>
        {
            if (a.Length == 0) throw ts2.Rt.TypeError("enumerate() missing required argument 'iterable'");
            var bound = Args.Bind(ts2, "enumerate", a, kw, ["iterable", "start"], 1);
            var it = Ops<TSync>.GetIter(ts2, bound[0]!);
            var start = bound[1] == null ? ts2.Rt.NewInt(0) : Ops<TSync>.Index(ts2, bound[1]!);
            long n = start.IsBig ? 0 : start.Small;
            BigInteger? big = start.IsBig ? start.Big : null;
            // `for i, x in enumerate(...)` takes the pair path (PyIterBase.NextPair): no (i, x) tuple.
            return PyFuncIter.Create<TSync>(ts2, cls, ts3 =>
            {
                var v = Ops<TSync>.Next(ts3, it);
                if (v == null) return null;
                return Ops<TSync>.NewTuple(ts3, [NextIndex(ts3), v]);
            }, [it], (PyThreadState ts3, out PyObject? a, out PyObject? b) =>
            {
                b = Ops<TSync>.Next(ts3, it);
                a = b == null ? null : NextIndex(ts3);
                return b != null;
            });

            PyObject NextIndex(PyThreadState ts3)
            {
                PyObject idx;
                if (big is { } bg) { idx = ts3.Rt.NewInt(bg); big = bg + 1; }
                else if (n == long.MaxValue) { idx = ts3.Rt.NewInt(n); big = (BigInteger)n + 1; }
                else idx = ts3.Rt.NewInt(n++);
                return idx;
            }
        });
        IterType(ts, b, "zip", (ts2, cls, a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = a.Length - nkw;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                var k = ((PyStr)kw!.Items[i]).Value;
                if (k != "strict") throw ts2.Rt.TypeError($"zip() got an unexpected keyword argument '{k}'" + SuggestionDistance.KeywordTrailer(["strict"], k));
                strict = Ops<TSync>.IsTrue(ts2, a[npos + i]);
            }
            var its = new PyObject[npos];
            for (int i = 0; i < npos; i++)
            {
                try
                {
                    its[i] = Ops<TSync>.GetIter(ts2, a[i]);
                }
                catch (PyException e) when (e.Value.Type == ts2.Rt.ExceptionTypes["TypeError"])
                {
                    throw ts2.Rt.TypeError($"'{a[i].Type.Name}' object is not iterable");
                }
            }
            bool done = npos == 0;
            return PyFuncIter.Create<TSync>(ts2, cls, ts3 =>
            {
                if (done) return null;
                var items = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var v = Ops<TSync>.Next(ts3, its[i]);
                    if (v == null)
                    {
                        done = true;
                        if (strict)
                        {
                            if (i > 0)
                                throw ts3.Rt.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i > 1 ? "-" + i : "")}");
                            for (int j = 1; j < its.Length; j++)
                            {
                                if (Ops<TSync>.Next(ts3, its[j]) != null)
                                    throw ts3.Rt.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j > 1 ? "-" + j : "")}");
                            }
                        }
                        return null;
                    }
                    items[i] = v;
                }
                return Ops<TSync>.NewTuple(ts3, items);
            }, its, npos == 2 && !strict ? ZipPair : null);

            // `for a, b in zip(x, y)` (no strict check to make): the pair without its tuple (PyIterBase.NextPair).
            bool ZipPair(PyThreadState ts3, out PyObject? x, out PyObject? y)
            {
                x = y = null;
                if (done) return false;
                var first = Ops<TSync>.Next(ts3, its[0]);
                var second = first == null ? null : Ops<TSync>.Next(ts3, its[1]);
                if (second == null)
                {
                    done = true;
                    if (first != null) ObjectLifecycle<TSync>.DropBorrowed(ts3, first); // a fresh item no tuple took
                    return false;
                }
                x = first;
                y = second;
                return true;
            }
        });
        IterType(ts, b, "map", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "map", kw);
            if (a.Length < 2) throw ts2.Rt.TypeError("map() must have at least two arguments.");
            var fn = a[0];
            var its = new PyObject[a.Length - 1];
            for (int i = 1; i < a.Length; i++) its[i - 1] = Ops<TSync>.GetIter(ts2, a[i]);
            bool done = false;
            if (its.Length == 1)
            {
                // map(fn, it): the same step for one iterable, its argument passed without an array.
                var it = its[0];
                return PyFuncIter.Create<TSync>(ts2, cls, ts3 =>
                {
                    if (done) return null;
                    var v = Ops<TSync>.Next(ts3, it);
                    if (v == null) { done = true; return null; }
                    var r = Ops<TSync>.Call(ts3, fn, [v], null);
                    if (!ReferenceEquals(v, r)) ObjectLifecycle<TSync>.DropBorrowed(ts3, v);
                    return r;
                }, [fn, it]);
            }
            return PyFuncIter.Create<TSync>(ts2, cls, ts3 =>
            {
                if (done) return null;
                var args = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var v = Ops<TSync>.Next(ts3, its[i]);
                    if (v == null) { done = true; return null; }
                    args[i] = v;
                }
                var r = Ops<TSync>.Call(ts3, fn, args, null);
                // Fresh arguments (zip's tuples) die after the call, unless the result is one of them.
                foreach (var x in args)
                    if (!ReferenceEquals(x, r)) ObjectLifecycle<TSync>.DropBorrowed(ts3, x);
                return r;
            }, [fn, .. its]);
        });
        IterType(ts, b, "filter", (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "filter", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"filter expected 2 arguments, got {a.Length}");
            var fn = a[0];
            var it = Ops<TSync>.GetIter(ts2, a[1]);
            return PyFuncIter.Create<TSync>(ts2, cls, ts3 =>
            {
                while (true)
                {
                    var v = Ops<TSync>.Next(ts3, it);
                    if (v == null) return null;
                    bool keep;
                    if (ReferenceEquals(fn, ts3.Rt.None)) keep = Ops<TSync>.IsTrue(ts3, v);
                    else
                    {
                        var r = Ops<TSync>.Call(ts3, fn, [v], null);
                        keep = Ops<TSync>.IsTrue(ts3, r);
                        Ops<TSync>.Drop(ts3, r); // the predicate's result
                    }
                    if (keep) return v;
                    ObjectLifecycle<TSync>.DropBorrowed(ts3, v); // a rejected fresh item dies here
                }
            }, [fn, it]);
        });
    }

    private static void IterType(PyThreadState ts, PyDict b, string name, NativeNew create)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType(name, rt.IteratorType, TypeFlags.BaseType);
        t.New = create;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => create(ts2, (PyType)a[0], a.Slice(1), kw));
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
        Def.Value(rt, b, name, t);
    }
}
