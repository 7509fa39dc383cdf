// Counted stores of an exception's links (__cause__, __context__, __traceback__): the exception
// keeps what they refer to alive, and releases it when it is freed (PyBaseException.CollectChildren),
// so a chained exception lives exactly as long as the exception that carries it, as in CPython.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class ExceptionLinks<TSync> where TSync : struct, ISyncPolicy
{
    public static void SetCause(PyThreadState ts, PyBaseException e, PyObject? cause) => Ops<TSync>.Store(ts, ref e.Cause, cause);

    public static void SetContext(PyThreadState ts, PyBaseException e, PyObject? context) => Ops<TSync>.Store(ts, ref e.Context, context);

    public static void SetTraceback(PyThreadState ts, PyBaseException e, PyTraceback? tb)
    {
        if (tb != null) ObjectLifecycle<TSync>.IncRef(ts, tb);
        var old = e.Traceback;
        e.Traceback = tb;
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>A counted store of e.args: the exception keeps its args tuple (and so the arguments)
    /// alive until it is freed, and releases a tuple it replaces.</summary>
    public static void SetArgs(PyThreadState ts, PyBaseException e, PyTuple args)
    {
        if (!args.IsImmortal) ObjectLifecycle<TSync>.IncRef(ts, args);
        var old = e.Args;
        bool oldCounted = e.ArgsCounted;
        e.Args = args;
        e.ArgsCounted = !args.IsImmortal;
        if (oldCounted) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>A new exception of <paramref name="type"/> owning a counted args tuple of <paramref name="items"/>.</summary>
    public static PyBaseException New(PyThreadState ts, PyType type, PyObject[] items)
    {
        var e = ts.Rt.NewException(type, ts.Rt.EmptyTuple);
        SetArgs(ts, e, Ops<TSync>.NewTuple(ts, items));
        return e;
    }

    /// <summary>The thread starts handling <paramref name="exc"/> (sys.exc_info()): the handled
    /// exception is a counted reference, so it lives until its handler ends.</summary>
    public static void EnterHandler(PyThreadState ts, PyBaseException exc)
    {
        ObjectLifecycle<TSync>.IncRef(ts, exc);
        ts.HandledException = exc;
    }

    /// <summary>A handler ends: <paramref name="prev"/> (the value saved when it began, whose count
    /// the stack slot carried) is handled again and the ended handler's exception is released.</summary>
    public static void LeaveHandler(PyThreadState ts, PyObject? prev)
    {
        var cur = ts.HandledException;
        ts.HandledException = prev as PyBaseException;
        if (cur != null) ObjectLifecycle<TSync>.DecRef(ts, cur);
    }
}
