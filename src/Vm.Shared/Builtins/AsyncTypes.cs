// The coroutine and async generator types, their awaitables, and the aiter()/anext() builtins
// (the protocol itself is Runtime/AsyncGenerators.cs).
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;
using Kind = Vm.Objects.PyAsyncGenAwaitable.Kind;

namespace Vm.Builtins;

public static class AsyncTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts, PyDict builtins)
    {
        var rt = ts.Rt;
        rt.CoroutineType = rt.NewBuiltinType("coroutine", null, TypeFlags.None);
        rt.AsyncGeneratorType = rt.NewBuiltinType("async_generator", null, TypeFlags.None);
        rt.CoroutineWrapperType = rt.NewBuiltinType("coroutine_wrapper", null, TypeFlags.None);
        rt.AsyncGenASendType = rt.NewBuiltinType("async_generator_asend", null, TypeFlags.None);
        rt.AsyncGenAThrowType = rt.NewBuiltinType("async_generator_athrow", null, TypeFlags.None);
        rt.AsyncGenWrappedType = rt.NewBuiltinType("async_generator_wrapped_value", null, TypeFlags.None);
        rt.AnextAwaitableType = rt.NewBuiltinType("anext_awaitable", null, TypeFlags.None);
        rt.AsyncForIterType = rt.NewBuiltinType("async_for_iterator", null, TypeFlags.None); // only ever on a value stack
        InstallCoroutine(ts);
        InstallAsyncGenerator(ts);
        InstallAwaitables(ts);
        InstallBuiltins(ts, builtins);
        rt.NativeModules["_coroutines"] = CreateModule;
    }

    /// <summary>_coroutines (this VM's own): what types.coroutine needs, as CPython's sets CO_ITERABLE_COROUTINE.</summary>
    private static PyModule CreateModule(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = Vm.Modules.ModuleSupport<TSync>.NewModule(rt, "_coroutines", out var d);
        Def.Function(rt, d, "mark_iterable_coroutine", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "mark_iterable_coroutine", kw);
            Args.Count(ts2, "mark_iterable_coroutine", a.Length, 1, 1);
            if (a[0] is not PyGenerator { Kind: GeneratorKind.Generator } g)
                throw ts2.Rt.TypeError($"a generator was expected, got {a[0].Type.Name}");
            g.IterableCoroutine = true;
            return ts2.Rt.None;
        }, "_coroutines");
        // inspect.isawaitable: a generator marked above is awaitable (CPython reads the code flag).
        Def.Function(rt, d, "is_iterable_coroutine", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "is_iterable_coroutine", kw);
            Args.Count(ts2, "is_iterable_coroutine", a.Length, 1, 1);
            return a[0] is PyGenerator { Kind: GeneratorKind.Generator, IterableCoroutine: true } ? ts2.Rt.True : ts2.Rt.False;
        }, "_coroutines");
        return m;
    }

    /// <summary>A generator's method or attribute, shared by the coroutine and async generator
    /// types under their own names (a PyGenerator of any kind runs the same code).</summary>
    private static void Share(PyRuntime rt, PyType t, string genName, string name)
    {
        var o = rt.GeneratorType.Dict.GetStr(rt.Intern(genName))!;
        if (o is PyGetSetDescriptor gs) Def.Getter(rt, t, name, gs.Getter, gs.Setter);
        else Def.Method(rt, t, name, ((PyBuiltinFunction)o).Fn);
    }

    private static PyObject Repr(PyThreadState ts, PyObject o, string kind) =>
        ts.Rt.NewStr($"<{kind} object {((PyStr)((PyGenerator)o).QualName).Value} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o):x12}>");

    private static void InstallCoroutine(PyThreadState ts)
    {
        var rt = ts.Rt;
        var c = rt.CoroutineType;
        foreach (var n in new[] { "send", "throw", "close", "__name__", "__qualname__" }) Share(rt, c, n, n);
        Share(rt, c, "gi_running", "cr_running");
        Share(rt, c, "gi_frame", "cr_frame");
        Share(rt, c, "gi_yieldfrom", "cr_await");
        Share(rt, c, "gi_code", "cr_code");
        Share(rt, c, "gi_suspended", "cr_suspended");
        Def.Getter(rt, c, "cr_origin", (ts2, o) => ts2.Rt.None);
        Def.Method(rt, c, "__await__", (ts2, a, kw) =>
        {
            var coro = (PyGenerator)a[0];
            ObjectLifecycle<TSync>.IncRef(ts2, coro);
            return new PyCoroutineWrapper(ts2.Rt.CoroutineWrapperType, coro);
        });
        Def.Method(rt, c, "__repr__", (ts2, a, kw) => Repr(ts2, a[0], "coroutine"));
        c.HasFinalizer = true; // closed if suspended, warned about if never awaited (Finalization.cs)

        var w = rt.CoroutineWrapperType;
        Def.Method(rt, w, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, w, "__next__", (ts2, a, kw) => Generators<TSync>.Send(ts2, ((PyCoroutineWrapper)a[0]).Coro, ts2.Rt.None));
        Def.Method(rt, w, "send", (ts2, a, kw) => Generators<TSync>.Send(ts2, ((PyCoroutineWrapper)a[0]).Coro, a[1]));
        Def.Method(rt, w, "throw", (ts2, a, kw) =>
        {
            var args = a.ToArray();
            args[0] = ((PyCoroutineWrapper)a[0]).Coro;
            return ((PyBuiltinFunction)rt.CoroutineType.Dict.GetStr(ts2.Rt.Intern("throw"))!).Fn(ts2, args, kw);
        });
        Def.Method(rt, w, "close", (ts2, a, kw) => Generators<TSync>.Close(ts2, ((PyCoroutineWrapper)a[0]).Coro));
    }

    /// <summary>throw(typ[, val[, tb]])'s exception, as generator.throw makes it.</summary>
    private static PyBaseException ThrowArg(PyThreadState ts, ReadOnlySpan<PyObject> a)
    {
        var exc = a[1];
        var msg = "exceptions must be classes or instances deriving from BaseException, not " + exc.Type.Name;
        if (exc is PyType et && a.Length > 2 && !ReferenceEquals(a[2], ts.Rt.None))
            return Interpreter<TSync>.ToException(ts, Ops<TSync>.Call(ts, et, [a[2]], null), msg);
        return Interpreter<TSync>.ToException(ts, exc, msg);
    }

    private static void InstallAsyncGenerator(PyThreadState ts)
    {
        var rt = ts.Rt;
        var g = rt.AsyncGeneratorType;
        foreach (var n in new[] { "__name__", "__qualname__" }) Share(rt, g, n, n);
        Share(rt, g, "gi_frame", "ag_frame");
        Share(rt, g, "gi_yieldfrom", "ag_await");
        Share(rt, g, "gi_code", "ag_code");
        Share(rt, g, "gi_suspended", "ag_suspended");
        Def.Getter(rt, g, "ag_running", (ts2, o) => ts2.Rt.NewBool(((PyGenerator)o).AsyncRunning));
        Def.Method(rt, g, "__aiter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, g, "__anext__", (ts2, a, kw) => AsyncGenerators<TSync>.NewAwaitable(ts2, (PyGenerator)a[0], Kind.Send, null));
        Def.Method(rt, g, "asend", (ts2, a, kw) =>
        {
            Args.Count(ts2, "asend", a.Length - 1, 1, 1);
            return AsyncGenerators<TSync>.NewAwaitable(ts2, (PyGenerator)a[0], Kind.Send, a[1]);
        });
        Def.Method(rt, g, "athrow", (ts2, a, kw) =>
        {
            Args.Count(ts2, "athrow", a.Length - 1, 1, 3);
            return AsyncGenerators<TSync>.NewAwaitable(ts2, (PyGenerator)a[0], Kind.Throw, ThrowArg(ts2, a));
        });
        Def.Method(rt, g, "aclose", (ts2, a, kw) => AsyncGenerators<TSync>.NewAwaitable(ts2, (PyGenerator)a[0], Kind.Close, null));
        Def.Method(rt, g, "__repr__", (ts2, a, kw) => Repr(ts2, a[0], "async_generator"));
        g.HasFinalizer = true; // a suspended one is closed (Finalization.cs)
    }

    private static void InstallAwaitables(PyThreadState ts)
    {
        var rt = ts.Rt;
        foreach (var t in new[] { rt.AsyncGenASendType, rt.AsyncGenAThrowType })
        {
            Def.Method(rt, t, "__await__", (ts2, a, kw) => a[0]);
            Def.Method(rt, t, "__iter__", (ts2, a, kw) => a[0]);
            Def.Method(rt, t, "__next__", (ts2, a, kw) => AsyncGenerators<TSync>.Send(ts2, (PyAsyncGenAwaitable)a[0], ts2.Rt.None));
            Def.Method(rt, t, "send", (ts2, a, kw) => AsyncGenerators<TSync>.Send(ts2, (PyAsyncGenAwaitable)a[0], a[1]));
            Def.Method(rt, t, "throw", (ts2, a, kw) => AsyncGenerators<TSync>.Throw(ts2, (PyAsyncGenAwaitable)a[0], ThrowArg(ts2, a)));
            Def.Method(rt, t, "close", (ts2, a, kw) =>
            {
                ((PyAsyncGenAwaitable)a[0]).State = PyAsyncGenAwaitable.Phase.Closed;
                return ts2.Rt.None;
            });
        }

        var n = rt.AnextAwaitableType;
        Def.Method(rt, n, "__await__", (ts2, a, kw) => a[0]);
        Def.Method(rt, n, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, n, "__next__", (ts2, a, kw) => AnextStep(ts2, (PyAnextAwaitable)a[0], ts2.Rt.None, null));
        Def.Method(rt, n, "send", (ts2, a, kw) => AnextStep(ts2, (PyAnextAwaitable)a[0], a[1], null));
        Def.Method(rt, n, "throw", (ts2, a, kw) => AnextStep(ts2, (PyAnextAwaitable)a[0], null, ThrowArg(ts2, a)));
        Def.Method(rt, n, "close", (ts2, a, kw) =>
        {
            var inner = ((PyAnextAwaitable)a[0]).Inner;
            return Ops<TSync>.TryGetAttr(ts2, inner, ts2.Rt.Intern("close")) is { } close ? Ops<TSync>.Call(ts2, close, [], null) : ts2.Rt.None;
        });
    }

    /// <summary>One step of anext(ai, default): the inner awaitable's, with its StopAsyncIteration
    /// turned into StopIteration(default).</summary>
    private static PyObject AnextStep(PyThreadState ts, PyAnextAwaitable a, PyObject? v, PyBaseException? e)
    {
        var rt = ts.Rt;
        try
        {
            if (e != null)
            {
                var thr = Ops<TSync>.TryGetAttr(ts, a.Inner, rt.Intern("throw"));
                if (thr == null) throw new PyException(e);
                return Ops<TSync>.Call(ts, thr, [e], null);
            }
            var r = Generators<TSync>.SendTo(ts, a.Inner, v!, out bool done);
            if (r == null) throw Interpreter<TSync>.TakeException(ts);
            if (done) throw Generators<TSync>.MakeStop(ts, r);
            return r;
        }
        catch (PyException pe) when (pe.Value.Type.IsSubtypeOf(rt.ExceptionTypes["StopAsyncIteration"]))
        {
            throw Generators<TSync>.MakeStop(ts, a.Default);
        }
    }

    /// <summary>o.name() looked up on its type; TypeError "'T' {missing}" without it.</summary>
    private static PyObject CallSpecial(PyThreadState ts, PyObject o, string name, string missing)
    {
        var m = Ops<TSync>.LookupSpecial(ts, o, name) ?? throw ts.Rt.TypeError($"'{o.Type.Name}' {missing}");
        return Ops<TSync>.CallMethodDescr(ts, m, o, []);
    }

    private static void InstallBuiltins(PyThreadState ts, PyDict b)
    {
        var rt = ts.Rt;
        Def.Function(rt, b, "aiter", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "aiter", kw);
            Args.Count(ts2, "aiter", a.Length, 1, 1);
            var r = CallSpecial(ts2, a[0], "__aiter__", "object is not an async iterable");
            if (Ops<TSync>.LookupSpecial(ts2, r, "__anext__") == null)
                throw ts2.Rt.TypeError($"aiter() returned not an async iterator of type '{r.Type.Name}'");
            return r;
        });
        Def.Function(rt, b, "anext", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "anext", kw);
            Args.Count(ts2, "anext", a.Length, 1, 2);
            var aw = CallSpecial(ts2, a[0], "__anext__", "object is not an async iterator");
            if (a.Length == 1) return aw;
            var it = AsyncGenerators<TSync>.GetAwaitable(ts2, aw, 0);
            ObjectLifecycle<TSync>.IncRef(ts2, it);
            ObjectLifecycle<TSync>.IncRef(ts2, a[1]);
            return new PyAnextAwaitable(ts2.Rt.AnextAwaitableType, it, a[1]);
        });
    }
}
