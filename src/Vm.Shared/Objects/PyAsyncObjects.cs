namespace Vm.Objects;

/// <summary>An async generator's `yield v` (ASYNC_GEN_WRAP): tells the value apart from what an
/// `await` inside the generator passes up to the event loop. Lives only between the generator's
/// YIELD_VALUE and the asend/athrow that unwraps it; holds v uncounted, as the stack did.</summary>
public sealed class PyAsyncGenWrapped(PyType type, PyObject value) : PyObject(type)
{
    public readonly PyObject Value = value;
}

/// <summary>What an async generator's asend(v) / __anext__() (Op = Send), athrow(e) (Op = Throw) or
/// aclose() (Op = Close) returns: an awaitable that runs the generator until its next `yield`.</summary>
public sealed class PyAsyncGenAwaitable : PyObject
{
    public enum Kind : byte { Send, Throw, Close }
    public enum Phase : byte { Init, Iter, Closed }

    /// <summary>Counted.</summary>
    public readonly PyGenerator Gen;
    public readonly Kind Op;
    /// <summary>asend's value or athrow's exception; counted (null for aclose).</summary>
    public PyObject? Value;
    public Phase State;

    public PyAsyncGenAwaitable(PyType type, PyGenerator gen, Kind op, PyObject? value) : base(type)
    {
        Gen = gen;
        Op = op;
        Value = value;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        sink.Add(Gen);
        if (Value != null) sink.Add(Value);
    }
}

/// <summary>coroutine.__await__()'s iterator (CPython's coroutine_wrapper): next/send/throw/close go
/// to the coroutine.</summary>
public sealed class PyCoroutineWrapper(PyType type, PyGenerator coro) : PyObject(type)
{
    /// <summary>Counted.</summary>
    public readonly PyGenerator Coro = coro;

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Coro);
}

/// <summary>anext(ai, default)'s awaitable: drives <see cref="Inner"/> (ai.__anext__()'s iterator)
/// and turns its StopAsyncIteration into StopIteration(default).</summary>
public sealed class PyAnextAwaitable(PyType type, PyObject inner, PyObject dflt) : PyObject(type)
{
    /// <summary>Counted, as is <see cref="Default"/>.</summary>
    public readonly PyObject Inner = inner;
    public readonly PyObject Default = dflt;

    public override void CollectChildren(List<PyObject> sink)
    {
        sink.Add(Inner);
        sink.Add(Default);
    }
}
