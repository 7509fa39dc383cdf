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

    /// <summary>True when <see cref="NextPair"/> is implemented (items are always 2-tuples). A virtual
    /// property, not a field: a bool field made every iterator 8 bytes larger (a range_iterator 80
    /// bytes instead of 72, a list_iterator 64 instead of 56), one per `for` loop.</summary>
    public virtual bool HasPairs => false;

    /// <summary>True for a native iterator over a container's storage or a range (list, tuple, dict, set,
    /// str, bytes, range, deque): its Next runs no Python code and frees nothing, so a consumer may hold
    /// the items it produced uncounted until it stores them (Ops.ToArray).</summary>
    public virtual bool RunsNoPythonCode => false;

    /// <summary>
    /// `for a, b in it` (FOR_ITER followed by UNPACK_SEQUENCE 2), only where <see cref="HasPairs"/>:
    /// the two parts of the next item without building the 2-tuple that UNPACK_SEQUENCE would take
    /// apart at once; false when exhausted. The parts follow Next's convention for the tuple's
    /// items: held by the iterated container (or fresh), never counted for the caller.
    /// </summary>
    public virtual bool NextPair(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b) =>
        throw new InvalidOperationException("NextPair on an iterator without pairs");
}

/// <summary><see cref="PyIterBase.NextPair"/> as a delegate.</summary>
public delegate bool PairStep(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b);

/// <summary>An iterator over a .NET function (and, optionally, its pair path).</summary>
/// <remarks>
/// It owns counted references to the objects it holds (<see cref="Create{TSync}"/> counts them and
/// deallocation releases them): zip, map, filter and enumerate hold the iterators of their
/// arguments, and an uncounted hold never released those, so `list(zip(data, data[1:]))` kept
/// data's count above zero forever and the cycle collector's candidate buffer kept data and
/// everything in it reachable (sort_comp's working set grew to 240 MB).
/// </remarks>
public sealed class PyFuncIter : PyIterBase
{
    private readonly Func<Vm.Runtime.PyThreadState, PyObject?> _next;
    private readonly PyObject[]? _holds;
    private readonly PairStep? _pair;

    private PyFuncIter(PyType type, Func<Vm.Runtime.PyThreadState, PyObject?> next, PyObject[]? holds, PairStep? pair) : base(type)
    {
        _next = next;
        _holds = holds;
        _pair = pair;
    }

    public override bool HasPairs => _pair != null;

    /// <summary>An iterator calling <paramref name="next"/>, holding counted references to
    /// <paramref name="holds"/> (what the closures use) until it is deallocated.</summary>
    public static PyFuncIter Create<TSync>(Vm.Runtime.PyThreadState ts, PyType type, Func<Vm.Runtime.PyThreadState, PyObject?> next,
        PyObject[]? holds = null, PairStep? pair = null) where TSync : struct, Vm.Concurrency.ISyncPolicy
    {
        if (holds != null)
            foreach (var o in holds) Vm.Runtime.ObjectLifecycle<TSync>.IncRef(ts, o);
        return new PyFuncIter(type, next, holds, pair);
    }

    public override PyObject? Next(Vm.Runtime.PyThreadState ts) => _next(ts);

    public override bool NextPair(Vm.Runtime.PyThreadState ts, out PyObject? a, out PyObject? b) => _pair!(ts, out a, out b);

    public override void CollectChildren(List<PyObject> sink)
    {
        if (_holds != null) sink.AddRange(_holds);
    }
}
