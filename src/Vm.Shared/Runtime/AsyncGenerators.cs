// Coroutines and async generators on the generator machinery (Generators.cs).
//
// A coroutine is a PyGenerator of kind Coroutine: `await c` is GET_AWAITABLE (c itself) and a
// YIELD_FROM that drives it, so it resumes inline in the eval loop as a sub-generator does. It is
// never iterable (its type has no __iter__, and next()/yield from refuse it).
//
// An async generator is a PyGenerator of kind AsyncGenerator whose `yield v` yields a
// PyAsyncGenWrapped(v) (ASYNC_GEN_WRAP); anything else it suspends with came from an `await`
// inside it and is passed up to whoever drives the awaitable (the event loop). Its asend()/
// __anext__(), athrow() and aclose() return a PyAsyncGenAwaitable that resumes the generator on
// each send/throw and ends (StopIteration(v)) when the generator yields a wrapped v, as CPython's
// async_gen_asend / async_gen_athrow objects do. AsyncRunning is ag_running: set while an awaitable
// is part-way through a step that awaits; a second awaitable started then raises RuntimeError.
//
// Thread safety: the generator's own claim (Generators.TryClaim) still guards every resume. The
// awaitables' State and the generator's AsyncRunning/AsyncClosed flags are plain fields, as in
// CPython's free-threaded build: two threads driving one async generator at once get CPython's
// "already running" errors or a ValueError from the claim, never a torn frame.
using Vm.Concurrency;
using Vm.Objects;
using Kind = Vm.Objects.PyAsyncGenAwaitable.Kind;
using Phase = Vm.Objects.PyAsyncGenAwaitable.Phase;

namespace Vm.Runtime;

public static class AsyncGenerators<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>The coroutine or async generator object a call of an `async def` returns.</summary>
    internal static PyGenerator New(PyThreadState ts, Frame frame)
    {
        var rt = ts.Rt;
        bool isAsyncGen = (frame.Code.Flags & Vm.Bytecode.CodeFlags.AsyncGenerator) != 0;
        return new PyGenerator(isAsyncGen ? rt.AsyncGeneratorType : rt.CoroutineType, frame, frame.Code.Name,
            frame.Func?.QualName ?? frame.Code.QualName, isAsyncGen ? GeneratorKind.AsyncGenerator : GeneratorKind.Coroutine);
    }

    /// <summary>True for what `await` drives directly: a coroutine, or a generator types.coroutine marked.</summary>
    public static bool IsAwaitableGenerator(PyObject o) =>
        o is PyGenerator g && (g.Kind == GeneratorKind.Coroutine || (g.Kind == GeneratorKind.Generator && g.IterableCoroutine));

    /// <summary>GET_AWAITABLE: the iterator `await o` drives. <paramref name="where"/> picks the
    /// TypeError's text: 0 await, 1 __aenter__'s result, 2 __aexit__'s, 3 __anext__'s.</summary>
    public static PyObject GetAwaitable(PyThreadState ts, PyObject o, int where)
    {
        var rt = ts.Rt;
        if (o is PyAsyncGenAwaitable) return o; // its __await__ returns itself (the type cannot be subclassed): GET_ANEXT's per step
        if (IsAwaitableGenerator(o))
        {
            var g = (PyGenerator)o;
            if (g.Kind == GeneratorKind.Coroutine && Delegate(g) != null)
                throw rt.RuntimeError("coroutine is being awaited already");
            return o;
        }
        var m = Ops<TSync>.LookupSpecial(ts, o, "__await__");
        if (m == null || ReferenceEquals(m, rt.None))
        {
            throw rt.TypeError(where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}",
                3 => $"'async for' received an invalid object from __anext__: {o.Type.Name}",
                _ => $"object {o.Type.Name} can't be used in 'await' expression",
            });
        }
        var it = Ops<TSync>.CallMethodDescr(ts, m, o, []);
        if (IsAwaitableGenerator(it) && it is PyGenerator { Kind: GeneratorKind.Coroutine })
            throw rt.TypeError("__await__() returned a coroutine");
        if (!(it is PyIterBase || it is PyGenerator || it.Type.Lookup(rt.S.__next__) != null))
            throw rt.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>What a suspended generator is delegating to at its YIELD_FROM (gi_yieldfrom, cr_await), or null.</summary>
    public static PyObject? Delegate(PyGenerator g)
    {
        var f = g.Frame;
        if (f.Finished || !g.Started || f.Ip >= f.Code.Code.Length || f.Sp <= f.StackBase) return null;
        return Vm.Bytecode.Instr.Op(f.Code.Code[f.Ip]) == Vm.Bytecode.Opcode.YIELD_FROM ? f.Slots[f.Sp - 1] : null;
    }

    /// <summary>An awaitable step of an async generator (asend/__anext__, athrow, aclose).</summary>
    public static PyAsyncGenAwaitable NewAwaitable(PyThreadState ts, PyGenerator g, Kind op, PyObject? value)
    {
        var rt = ts.Rt;
        if (!g.AsyncHooksInited) InitHooks(ts, g);
        ObjectLifecycle<TSync>.IncRef(ts, g);
        if (value != null) ObjectLifecycle<TSync>.IncRef(ts, value);
        return new PyAsyncGenAwaitable(op == Kind.Send ? rt.AsyncGenASendType : rt.AsyncGenAThrowType, g, op, value);
    }

    /// <summary>
    /// The finalizer hook each async generator took at its first step, beside the generator rather
    /// than in it (only generators stepped while a hook is set have one; CPython's ag_origin_or_finalizer).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyGenerator, PyObject> s_finalizers = new();

    /// <summary>
    /// CPython's async_gen_init_hooks, at an async generator's first asend/__anext__/athrow/aclose: it
    /// keeps the thread's finalizer hook (counted) and calls the firstiter hook with itself; an error
    /// of firstiter propagates from the step that ran it.
    /// </summary>
    private static void InitHooks(PyThreadState ts, PyGenerator g)
    {
        g.AsyncHooksInited = true;
        if (ts.AsyncGenFinalizer is { } finalizer)
        {
            ObjectLifecycle<TSync>.IncRef(ts, finalizer);
            s_finalizers.AddOrUpdate(g, finalizer);
        }
        if (ts.AsyncGenFirstIter is { } firstIter) Ops<TSync>.Call(ts, firstIter, [g], null);
    }

    /// <summary>The finalizer hook g took (removed from g, its count now the caller's), or null.</summary>
    internal static PyObject? TakeFinalizer(PyGenerator g)
    {
        if (!g.AsyncHooksInited || !s_finalizers.TryGetValue(g, out var f)) return null;
        s_finalizers.Remove(g);
        return f;
    }

    /// <summary>
    /// One resume of g with <paramref name="sent"/> (or <paramref name="thrown"/> thrown in): the
    /// value it suspended with, or null when it stopped: <paramref name="error"/> is then its
    /// exception, or null when it returned.
    /// </summary>
    private static PyObject? Step(PyThreadState ts, PyGenerator g, PyObject? sent, PyBaseException? thrown, out PyBaseException? error)
    {
        var rt = ts.Rt;
        error = null;
        if (thrown == null)
        {
            var r = Generators<TSync>.Resume(ts, g, sent ?? rt.None, null, out bool returned);
            if (r == null)
            {
                if (!returned) error = (PyBaseException)ts.CurrentException!;
                ts.CurrentException = null;
                return null;
            }
            if (returned)
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                return null;
            }
            return r;
        }
        try
        {
            return Generators<TSync>.Throw(ts, g, thrown);
        }
        catch (PyException pe)
        {
            // Throw's StopIteration is the generator returning (one raised inside became a RuntimeError).
            if (!pe.Value.Type.IsSubtypeOf(rt.ExceptionTypes["StopIteration"])) error = pe.Value;
            return null;
        }
    }

    /// <summary>CPython's async_gen_unwrap_value: a wrapped value ends the awaitable with
    /// StopIteration(value) (returned with <paramref name="done"/> set); an unwrapped one passes up;
    /// the generator's end is StopAsyncIteration.</summary>
    private static PyObject Unwrap(PyThreadState ts, PyAsyncGenAwaitable a, PyObject? r, PyBaseException? error, out bool done)
    {
        done = false;
        var rt = ts.Rt;
        var g = a.Gen;
        if (r == null)
        {
            error ??= rt.NewException(rt.ExceptionTypes["StopAsyncIteration"], rt.EmptyTuple);
            if (error.Type.IsSubtypeOf(rt.ExceptionTypes["StopAsyncIteration"]) || error.Type.IsSubtypeOf(rt.ExceptionTypes["GeneratorExit"]))
                g.AsyncClosed = true;
            g.AsyncRunning = false;
            a.State = Phase.Closed;
            throw new PyException(error);
        }
        if (r is PyAsyncGenWrapped w)
        {
            g.AsyncRunning = false;
            a.State = Phase.Closed;
            done = true;
            return w.Value;
        }
        return r;
    }

    /// <summary>aclose()'s ending: the generator yielding a value is an error, its GeneratorExit or
    /// StopAsyncIteration (or its return) end the awaitable with StopIteration.</summary>
    private static PyObject CloseResult(PyThreadState ts, PyAsyncGenAwaitable a, PyObject? r, PyBaseException? error, out bool done)
    {
        var rt = ts.Rt;
        var g = a.Gen;
        done = false;
        if (r != null && r is not PyAsyncGenWrapped) return r;
        g.AsyncRunning = false;
        a.State = Phase.Closed;
        if (r != null) throw rt.RuntimeError("async generator ignored GeneratorExit");
        if (error == null || error.Type.IsSubtypeOf(rt.ExceptionTypes["StopAsyncIteration"]) || error.Type.IsSubtypeOf(rt.ExceptionTypes["GeneratorExit"]))
            return Stopped(rt, out done);
        throw new PyException(error);
    }

    /// <summary>The awaitable ends with StopIteration() (its result None).</summary>
    private static PyObject Stopped(PyRuntime rt, out bool done)
    {
        done = true;
        return rt.None;
    }

    /// <summary>send(v) (and __next__, v None) of an asend/athrow/aclose awaitable: what it passes up,
    /// or StopIteration(result) raised.</summary>
    public static PyObject Send(PyThreadState ts, PyAsyncGenAwaitable a, PyObject v)
    {
        var r = SendOrStop(ts, a, v, out bool done);
        return done ? throw Generators<TSync>.MakeStop(ts, r) : r;
    }

    /// <summary>
    /// <see cref="Send"/> without raising StopIteration: the value the awaitable passes up
    /// (<paramref name="done"/> false), or its result (done: what StopIteration would carry, as
    /// uncounted as SendTo leaves that). `yield from`'s send (Generators.SendTo) takes this path: a
    /// thrown-and-caught StopIteration per `async for` step, with the __await__ call GetAwaitable no
    /// longer makes, cost ~1.8 us and 660 bytes (1M steps: 2.37 -> 0.61 s). Other errors raise.
    /// </summary>
    public static PyObject SendOrStop(PyThreadState ts, PyAsyncGenAwaitable a, PyObject v, out bool done)
    {
        var rt = ts.Rt;
        var g = a.Gen;
        if (a.State == Phase.Closed)
            throw rt.RuntimeError(a.Op == Kind.Send ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        if (a.Op == Kind.Send)
        {
            if (a.State == Phase.Init)
            {
                if (g.AsyncRunning)
                {
                    a.State = Phase.Closed;
                    throw rt.RuntimeError("anext(): asynchronous generator is already running");
                }
                if (ReferenceEquals(v, rt.None)) v = a.Value ?? rt.None;
                a.State = Phase.Iter;
            }
            g.AsyncRunning = true;
            var r = Step(ts, g, v, null, out var err);
            return Unwrap(ts, a, r, err, out done);
        }
        if (g.Frame.Finished)
        {
            a.State = Phase.Closed;
            return Stopped(rt, out done);
        }
        if (a.State == Phase.Init)
        {
            if (g.AsyncRunning)
            {
                a.State = Phase.Closed;
                throw rt.RuntimeError(a.Op == Kind.Close ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (g.AsyncClosed)
            {
                a.State = Phase.Closed;
                throw new PyException(rt.NewException(rt.ExceptionTypes["StopAsyncIteration"], rt.EmptyTuple));
            }
            if (!ReferenceEquals(v, rt.None)) throw rt.RuntimeError("can't send non-None value to a just-started coroutine");
            a.State = Phase.Iter;
            g.AsyncRunning = true;
            if (a.Op == Kind.Close)
            {
                g.AsyncClosed = true;
                if (!g.Started)
                {
                    // never started: nothing to run (gen_close marks it finished)
                    Generators<TSync>.Close(ts, g);
                    return CloseResult(ts, a, null, null, out done);
                }
                var exit = rt.NewException(rt.ExceptionTypes["GeneratorExit"], rt.EmptyTuple);
                var rc = Step(ts, g, null, exit, out var errc);
                return CloseResult(ts, a, rc, errc, out done);
            }
            var rt2 = Step(ts, g, null, (PyBaseException)a.Value!, out var errt);
            return Unwrap(ts, a, rt2, errt, out done);
        }
        var rs = Step(ts, g, v, null, out var errs);
        return a.Op == Kind.Close ? CloseResult(ts, a, rs, errs, out done) : Unwrap(ts, a, rs, errs, out done);
    }

    /// <summary>throw(e) of an asend/athrow/aclose awaitable: into the generator (its current await).</summary>
    public static PyObject Throw(PyThreadState ts, PyAsyncGenAwaitable a, PyBaseException e)
    {
        var rt = ts.Rt;
        if (a.State == Phase.Closed)
            throw rt.RuntimeError(a.Op == Kind.Send ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        if (a.State == Phase.Init)
        {
            if (a.Gen.AsyncRunning)
            {
                a.State = Phase.Closed;
                throw rt.RuntimeError("anext(): asynchronous generator is already running");
            }
            a.State = Phase.Iter;
            a.Gen.AsyncRunning = true;
        }
        var r = Step(ts, a.Gen, null, e, out var err);
        bool done;
        r = a.Op == Kind.Close ? CloseResult(ts, a, r, err, out done) : Unwrap(ts, a, r, err, out done);
        return done ? throw Generators<TSync>.MakeStop(ts, r) : r;
    }

    /// <summary>The "coroutine ... was never awaited" RuntimeWarning of a coroutine dropped unstarted
    /// (run by its finaliser; an error the warning raises is reported, not raised).</summary>
    internal static void WarnNeverAwaited(PyThreadState ts, PyGenerator g)
    {
        var savedCur = ts.CurrentException;
        var savedHandled = ts.HandledException;
        ts.CurrentException = null;
        // Kept alive (count 1) while the warning holds it as its source, as Finalization.RunReported does.
        TSync.IncRef(ts, g);
        try
        {
            Warnings<TSync>.Warn(ts, "RuntimeWarning", $"coroutine '{((PyStr)g.QualName).Value}' was never awaited", g);
        }
        catch (PyException e)
        {
            ts.Rt.Stderr.WriteLine($"Exception ignored in: {Ops<TSync>.ReprValue(ts, g)}");
            Tracebacks<TSync>.Print(ts, e.Value, ts.Rt.Stderr);
        }
        finally
        {
            TSync.DecRefNoDealloc(ts, g);
            ts.CurrentException = savedCur;
            ts.HandledException = savedHandled;
        }
    }
}
