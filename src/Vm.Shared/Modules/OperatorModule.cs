// The operator module (also importable as _operator): the operators as functions, plus the
// itemgetter / attrgetter / methodcaller callables with CPython's reprs.
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class OperatorModule<TSync> where TSync : struct, ISyncPolicy
{
    private sealed class ItemGetter : IHasChildren
    {
        public PyObject[] Items = [];

        public void CollectChildren(List<PyObject> sink) => sink.AddRange(Items);
    }

    private sealed class AttrGetter : IHasChildren
    {
        public PyStr[][] Paths = [];
        public PyObject[] Names = [];

        public void CollectChildren(List<PyObject> sink) { }
    }

    private sealed class MethodCaller : IHasChildren
    {
        public PyStr Name = null!;
        public PyObject[] Args = [];
        public PyTuple? KwNames;

        public void CollectChildren(List<PyObject> sink)
        {
            sink.AddRange(Args);
            if (KwNames != null) sink.Add(KwNames);
        }
    }

    /// <summary>operator re-exports _operator's objects, as CPython's operator.py ends with
    /// `from _operator import *`: `operator.getitem is _operator.getitem` (pickle and copyreg compare them).</summary>
    public static PyModule Create(PyThreadState ts)
    {
        var priv = Importer<TSync>.Import(ts, "_operator");
        var m = ModuleSupport<TSync>.NewModule(ts.Rt, "operator", out var d);
        foreach (var (k, v) in priv.Dict!.Snapshot())
            if (k is PyStr s && s.Value is not ("__name__" or "__spec__" or "__loader__" or "__package__" or "__file__"))
                DictOps<TSync>.SetItem(ts, d, k, v);
        return m;
    }

    public static PyModule CreatePrivate(PyThreadState ts) => Create(ts, "_operator");

    private static PyModule Create(PyThreadState ts, string modName)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, modName, out var d);
        void F(string name, NativeFn fn, bool dunder = true)
        {
            var f = Def.Function(rt, d, name, fn, "_operator");
            if (dunder) Def.Value(rt, d, "__" + name.TrimEnd('_') + "__", f); // operator.__add__ is operator.add
        }
        void Bin(string name, BinaryOpArg op, bool dunder = true) => F(name, (ts2, a, kw) =>
        {
            Args.Count(ts2, name, a.Length, 2, 2);
            return Ops<TSync>.BinaryOp(ts2, a[0], a[1], op);
        }, dunder);
        Bin("add", BinaryOpArg.Add);
        Bin("sub", BinaryOpArg.Subtract);
        Bin("mul", BinaryOpArg.Multiply);
        Bin("truediv", BinaryOpArg.TrueDivide);
        Bin("floordiv", BinaryOpArg.FloorDivide);
        Bin("mod", BinaryOpArg.Remainder);
        Bin("pow", BinaryOpArg.Power);
        Bin("lshift", BinaryOpArg.LShift);
        Bin("rshift", BinaryOpArg.RShift);
        Bin("and_", BinaryOpArg.And);
        Bin("or_", BinaryOpArg.Or);
        Bin("xor", BinaryOpArg.Xor);
        Bin("matmul", BinaryOpArg.MatrixMultiply);
        Bin("iadd", BinaryOpArg.InplaceAdd);
        Bin("isub", BinaryOpArg.InplaceSubtract);
        Bin("imul", BinaryOpArg.InplaceMultiply);
        Bin("itruediv", BinaryOpArg.InplaceTrueDivide);
        Bin("ifloordiv", BinaryOpArg.InplaceFloorDivide);
        Bin("imod", BinaryOpArg.InplaceRemainder);
        Bin("ipow", BinaryOpArg.InplacePower);
        Bin("ilshift", BinaryOpArg.InplaceLShift);
        Bin("irshift", BinaryOpArg.InplaceRShift);
        Bin("iand", BinaryOpArg.InplaceAnd);
        Bin("ior", BinaryOpArg.InplaceOr);
        Bin("ixor", BinaryOpArg.InplaceXor);
        Bin("imatmul", BinaryOpArg.InplaceMatrixMultiply);
        F("concat", (ts2, a, kw) =>
        {
            Args.Count(ts2, "concat", a.Length, 2, 2);
            CheckSequence(ts2, a[0]);
            return Ops<TSync>.BinaryOp(ts2, a[0], a[1], BinaryOpArg.Add);
        });
        F("iconcat", (ts2, a, kw) =>
        {
            Args.Count(ts2, "iconcat", a.Length, 2, 2);
            CheckSequence(ts2, a[0]);
            return Ops<TSync>.BinaryOp(ts2, a[0], a[1], BinaryOpArg.InplaceAdd);
        });
        F("neg", (ts2, a, kw) => { Args.Count(ts2, "neg", a.Length, 1, 1); return Ops<TSync>.Negative(ts2, a[0]); });
        F("pos", (ts2, a, kw) => { Args.Count(ts2, "pos", a.Length, 1, 1); return Ops<TSync>.Positive(ts2, a[0]); });
        F("invert", (ts2, a, kw) => { Args.Count(ts2, "invert", a.Length, 1, 1); return Ops<TSync>.Invert(ts2, a[0]); });
        F("inv", (ts2, a, kw) => { Args.Count(ts2, "inv", a.Length, 1, 1); return Ops<TSync>.Invert(ts2, a[0]); });
        F("abs", (ts2, a, kw) =>
        {
            Args.Count(ts2, "abs", a.Length, 1, 1);
            var absFn = ts2.Rt.BuiltinsDict.GetStr(ts2.Rt.Intern("abs"))!;
            return Ops<TSync>.Call(ts2, absFn, [a[0]], null);
        });
        F("index", (ts2, a, kw) => { Args.Count(ts2, "index", a.Length, 1, 1); return NumberTypes<TSync>.ExactInt(ts2, Ops<TSync>.Index(ts2, a[0])); });
        F("not_", (ts2, a, kw) => { Args.Count(ts2, "not_", a.Length, 1, 1); return ts2.Rt.NewBool(!Ops<TSync>.IsTrue(ts2, a[0])); });
        F("truth", (ts2, a, kw) => { Args.Count(ts2, "truth", a.Length, 1, 1); return ts2.Rt.NewBool(Ops<TSync>.IsTrue(ts2, a[0])); }, false);
        F("is_", (ts2, a, kw) => { Args.Count(ts2, "is_", a.Length, 2, 2); return ts2.Rt.NewBool(ReferenceEquals(a[0], a[1])); }, false);
        F("is_not", (ts2, a, kw) => { Args.Count(ts2, "is_not", a.Length, 2, 2); return ts2.Rt.NewBool(!ReferenceEquals(a[0], a[1])); }, false);
        foreach (var (name, op) in new[] { ("lt", CompareOpArg.Lt), ("le", CompareOpArg.LtE), ("eq", CompareOpArg.Eq),
                     ("ne", CompareOpArg.NotEq), ("gt", CompareOpArg.Gt), ("ge", CompareOpArg.GtE) })
        {
            var cop = op;
            var cname = name;
            F(name, (ts2, a, kw) =>
            {
                Args.Count(ts2, cname, a.Length, 2, 2);
                return Ops<TSync>.RichCompare(ts2, a[0], a[1], cop);
            });
        }
        F("contains", (ts2, a, kw) => { Args.Count(ts2, "contains", a.Length, 2, 2); return ts2.Rt.NewBool(Ops<TSync>.Contains(ts2, a[0], a[1])); });
        F("countOf", (ts2, a, kw) =>
        {
            Args.Count(ts2, "countOf", a.Length, 2, 2);
            var it = Ops<TSync>.GetIter(ts2, a[0]);
            long n = 0;
            try
            {
                while (Ops<TSync>.Next(ts2, it) is { } v)
                {
                    if (ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1])) n++;
                    Ops<TSync>.Drop(ts2, v);
                }
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[0]);
            }
            return ts2.Rt.NewInt(n);
        }, false);
        F("indexOf", (ts2, a, kw) =>
        {
            Args.Count(ts2, "indexOf", a.Length, 2, 2);
            var it = Ops<TSync>.GetIter(ts2, a[0]);
            long n = 0;
            try
            {
                while (Ops<TSync>.Next(ts2, it) is { } v)
                {
                    bool found = ReferenceEquals(v, a[1]) || Ops<TSync>.Eq(ts2, v, a[1]);
                    Ops<TSync>.Drop(ts2, v);
                    if (found) return ts2.Rt.NewInt(n);
                    n++;
                }
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[0]);
            }
            throw ts2.Rt.ValueError("sequence.index(x): x not in sequence");
        }, false);
        F("getitem", (ts2, a, kw) => { Args.Count(ts2, "getitem", a.Length, 2, 2); return Ops<TSync>.GetItem(ts2, a[0], a[1]); });
        F("setitem", (ts2, a, kw) => { Args.Count(ts2, "setitem", a.Length, 3, 3); Ops<TSync>.SetItem(ts2, a[0], a[1], a[2]); return ts2.Rt.None; });
        F("delitem", (ts2, a, kw) => { Args.Count(ts2, "delitem", a.Length, 2, 2); Ops<TSync>.DelItem(ts2, a[0], a[1]); return ts2.Rt.None; });
        F("length_hint", (ts2, a, kw) =>
        {
            Args.Count(ts2, "length_hint", a.Length, 1, 2);
            long dflt = a.Length > 1 ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : 0;
            return ts2.Rt.NewInt(LengthHint(ts2, a[0], dflt));
        }, false);
        F("call", (ts2, a, kw) =>
        {
            if (a.Length - (kw?.Count ?? 0) < 1) throw ts2.Rt.TypeError("call() missing required argument 'obj'");
            return Ops<TSync>.Call(ts2, a[0], a.Slice(1), kw);
        });
        Def.Function(rt, d, "_compare_digest", (ts2, a, kw) =>
        {
            Args.Count(ts2, "_compare_digest", a.Length, 2, 2);
            return ts2.Rt.NewBool(Ops<TSync>.Eq(ts2, a[0], a[1]));
        }, "_operator");

        Def.Value(rt, d, "itemgetter", ItemGetterType(ts));
        Def.Value(rt, d, "attrgetter", AttrGetterType(ts));
        Def.Value(rt, d, "methodcaller", MethodCallerType(ts));
        Def.Value(rt, d, "__all__", Ops<TSync>.NewList(ts, new[]
        {
            "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge",
            "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf",
            "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv",
            "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_",
            "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
        }.Select(s => (PyObject)rt.NewStr(s)).ToArray()));
        return m;
    }

    private static void CheckSequence(PyThreadState ts, PyObject o)
    {
        if (o.Type.Lookup(ts.Rt.Intern("__getitem__")) == null || o is PyDict)
            throw ts.Rt.TypeError($"'{o.Type.Name}' object can't be concatenated");
    }

    public static long LengthHint(PyThreadState ts, PyObject o, long dflt)
    {
        var rt = ts.Rt;
        if (o.Type.Lookup(rt.Intern("__len__")) != null)
        {
            try
            {
                return Ops<TSync>.Len(ts, o);
            }
            catch (PyException e) when (e.Value.Type == rt.ExceptionTypes["TypeError"])
            {
                Ops<TSync>.DiscardException(ts, e);
            }
        }
        var lh = o.Type.Lookup(rt.Intern("__length_hint__"));
        if (lh != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, lh, o, []);
            if (ReferenceEquals(r, rt.NotImplemented)) return dflt;
            if (r is not PyInt ri) throw rt.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
            long v = ri.IsBig ? long.MaxValue : ri.Small;
            if (v < 0) throw rt.ValueError("__length_hint__() should return >= 0");
            return v;
        }
        if (o is PyIterBase ib && ib.LengthHint >= 0) return ib.LengthHint;
        return dflt;
    }

    private static PyType ItemGetterType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("itemgetter", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, t, "operator");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "itemgetter", kw);
            if (a.Length == 0) throw ts2.Rt.TypeError("itemgetter expected 1 argument, got 0");
            var items = a.ToArray();
            foreach (var x in items) ObjectLifecycle<TSync>.IncRef(ts2, x);
            return ModuleSupport<TSync>.Alloc(cls, t, new ItemGetter { Items = items });
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<ItemGetter>(ts2, a, "itemgetter", "__call__");
            Args.NoKwargs(ts2, "itemgetter", kw);
            Args.Count(ts2, "itemgetter", a.Length - 1, 1, 1);
            var obj = a[1];
            if (g.Items.Length == 1) return Ops<TSync>.GetItem(ts2, obj, g.Items[0]);
            var r = new PyObject[g.Items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops<TSync>.GetItem(ts2, obj, g.Items[i]);
            return Ops<TSync>.NewTuple(ts2, r);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<ItemGetter>(ts2, a, "itemgetter", "__repr__");
            return ts2.Rt.NewStr($"operator.itemgetter({string.Join(", ", g.Items.Select(x => Ops<TSync>.ReprValue(ts2, x)))})");
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<ItemGetter>(ts2, a, "itemgetter", "__reduce__");
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, Ops<TSync>.NewTuple(ts2, g.Items)]);
        });
        return t;
    }

    private static PyType AttrGetterType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("attrgetter", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, t, "operator");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "attrgetter", kw);
            if (a.Length == 0) throw ts2.Rt.TypeError("attrgetter expected 1 argument, got 0");
            var paths = new PyStr[a.Length][];
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] is not PyStr s) throw ts2.Rt.TypeError("attribute name must be a string");
                paths[i] = s.Value.Split('.').Select(p => ts2.Rt.Intern(p)).ToArray();
            }
            var names = a.ToArray();
            return ModuleSupport<TSync>.Alloc(cls, t, new AttrGetter { Paths = paths, Names = names });
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<AttrGetter>(ts2, a, "attrgetter", "__call__");
            Args.NoKwargs(ts2, "attrgetter", kw);
            Args.Count(ts2, "attrgetter", a.Length - 1, 1, 1);
            var obj = a[1];
            PyObject Resolve(PyStr[] path)
            {
                var o = obj;
                foreach (var p in path) o = Ops<TSync>.GetAttr(ts2, o, p);
                return o;
            }
            if (g.Paths.Length == 1) return Resolve(g.Paths[0]);
            var r = new PyObject[g.Paths.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Resolve(g.Paths[i]);
            return Ops<TSync>.NewTuple(ts2, r);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<AttrGetter>(ts2, a, "attrgetter", "__repr__");
            return ts2.Rt.NewStr($"operator.attrgetter({string.Join(", ", g.Names.Select(x => Ops<TSync>.ReprValue(ts2, x)))})");
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var g = ModuleSupport<TSync>.Self<AttrGetter>(ts2, a, "attrgetter", "__reduce__");
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, Ops<TSync>.NewTuple(ts2, g.Names)]);
        });
        return t;
    }

    private static PyType MethodCallerType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("methodcaller", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, t, "operator");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            int npos = ModuleSupport<TSync>.NPos(a, kw);
            if (npos < 1) throw ts2.Rt.TypeError("methodcaller needs at least one argument, the method name");
            if (a[0] is not PyStr name) throw ts2.Rt.TypeError("method name must be a string");
            var args = a.Slice(1).ToArray();
            foreach (var x in args) ObjectLifecycle<TSync>.IncRef(ts2, x);
            if (kw != null) ObjectLifecycle<TSync>.IncRef(ts2, kw);
            return ModuleSupport<TSync>.Alloc(cls, t, new MethodCaller { Name = ts2.Rt.Intern(name.Value), Args = args, KwNames = kw });
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var c = ModuleSupport<TSync>.Self<MethodCaller>(ts2, a, "methodcaller", "__call__");
            Args.NoKwargs(ts2, "methodcaller", kw);
            Args.Count(ts2, "methodcaller", a.Length - 1, 1, 1);
            var meth = Ops<TSync>.GetAttr(ts2, a[1], c.Name);
            return Ops<TSync>.Call(ts2, meth, c.Args, c.KwNames);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var c = ModuleSupport<TSync>.Self<MethodCaller>(ts2, a, "methodcaller", "__repr__");
            var parts = new List<string> { Ops<TSync>.ReprValue(ts2, c.Name) };
            int nkw = c.KwNames?.Count ?? 0;
            int np = c.Args.Length - nkw;
            for (int i = 0; i < np; i++) parts.Add(Ops<TSync>.ReprValue(ts2, c.Args[i]));
            for (int i = 0; i < nkw; i++) parts.Add($"{((PyStr)c.KwNames!.Items[i]).Value}={Ops<TSync>.ReprValue(ts2, c.Args[np + i])}");
            return ts2.Rt.NewStr($"operator.methodcaller({string.Join(", ", parts)})");
        });
        return t;
    }
}
