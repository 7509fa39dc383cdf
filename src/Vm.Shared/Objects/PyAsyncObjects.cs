namespace Vm.Objects;

/// <summary>An async generator's `yield v` (ASYNC_GEN_WRAP): tells the value apart from what an
/// `await` inside the generator passes up to the event loop. Lives only between the generator's
/// YIELD_VALUE and the asend/athrow that unwraps it; holds v uncounted, as the stack did.</summary>
public sealed class PyAsyncGenWrapped(PyType type, PyObject value) : PyObject(type)
{
    public readonly PyObject Value = value;
}

/// <summary>The async iterator of a running `async for` as the loop's stack slot holds it (GET_AITER 1):
/// the value stack counts nothing, and the iterator may have no other holder than this slot (a fresh
/// `Cls()` or `agen()`), so the slot holds this floating box, which counts the iterator. Every exit
/// from the loop pops the box like any stack value (the loop's end and break/continue/return by
/// POP_TOP, an exception or a generator's close by unwinding): the box is freed and its count on the
/// iterator given back, as CPython's counted stack reference is at END_ASYNC_FOR or unwinding.
/// Without it an `__anext__` coroutine's frame, counting `self` while it runs, freed a floating
/// iterator when it returned, under the loop, and the awaitable of an async generator could not be
/// dropped when finished. Never seen by Python code: GET_ANEXT unwraps it.</summary>
public sealed class PyAsyncForIter(PyType type, PyObject iter) : PyObject(type)
{
    /// <summary>Counted.</summary>
    public readonly PyObject Iter = iter;

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Iter);
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
