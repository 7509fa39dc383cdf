namespace Vm.Objects;

/// <summary>
/// A native iterator: Next returns the next item or null at exhaustion. Used for every builtin
/// iterator (list, tuple, str, dict views, range, map, zip, enumerate, ...). Shared iterators may
/// skip or repeat items under concurrent use but never crash: their state is one index field.
/// </summary>
public abstract class PyIterBase : PyObject
{
    protected PyIterBase(PyType type) : base(type) { }

    /// <summary>The next item, or null when exhausted. May throw PyException.</summary>
    public abstract PyObject? Next(Vm.Runtime.PyThreadState ts);

    /// <summary>For __length_hint__; -1 if unknown.</summary>
    public virtual int LengthHint => -1;

    /// <summary>
    /// `for a, b in it` (FOR_ITER followed by UNPACK_SEQUENCE 2): the two parts of the next item
    /// without building the 2-tuple that UNPACK_SEQUENCE would take apart at once. Returns 1 with
    /// (a, b) set, 0 when exhausted, or -1 when this iterator has no such path (call Next). The
    /// parts follow Next's convention for the tuple's items: held by the iterated container (or
    /// fresh), never counted for the caller.
    /// </summary>
    public virtual int NextPair(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b)
    {
        a = b = null;
        return -1;
    }
}

/// <summary><see cref="PyIterBase.NextPair"/> as a delegate.</summary>
public delegate int PairStep(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b);

/// <summary>An iterator over a .NET function (and, optionally, its pair path).</summary>
public sealed class PyFuncIter : PyIterBase
{
    private readonly Func<Vm.Runtime.PyThreadState, PyObject?> _next;
    private readonly PyObject[]? _keepAlive;
    private readonly PairStep? _pair;

    public PyFuncIter(PyType type, Func<Vm.Runtime.PyThreadState, PyObject?> next, PyObject[]? keepAlive = null, PairStep? pair = null) : base(type)
    {
        _next = next;
        _keepAlive = keepAlive;
        _pair = pair;
    }

    public override PyObject? Next(Vm.Runtime.PyThreadState ts) => _next(ts);

    public override int NextPair(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b)
    {
        if (_pair is { } pair) return pair(ts, out a, out b);
        a = b = null;
        return -1;
    }

    /// <summary>The keep-alive references are uncounted (.NET keeps them alive), so none are released here.</summary>
    public PyObject[]? KeepAlive => _keepAlive;
}
