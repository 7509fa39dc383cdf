namespace Vm.Objects;

/// <summary>What a <see cref="PyGenerator"/> is to Python (its code's CO_* flag).</summary>
public enum GeneratorKind : byte
{
    Generator,
    /// <summary>`async def` without `yield`: awaited, never iterated.</summary>
    Coroutine,
    /// <summary>`async def` with `yield`: driven by its asend/athrow awaitables (Runtime/AsyncGenerators.cs).</summary>
    AsyncGenerator,
}

/// <summary>A generator, coroutine or async generator: a suspended frame. Resuming a running generator raises ValueError.</summary>
public sealed class PyGenerator : PyObject
{
    public readonly Vm.Runtime.Frame Frame;
    public readonly GeneratorKind Kind;
    /// <summary>A plain generator that `await` accepts (types.coroutine marked it).</summary>
    public bool IterableCoroutine;
    /// <summary>An async generator: one of its asend/athrow awaitables is running it (ag_running).</summary>
    public bool AsyncRunning;
    /// <summary>An async generator: aclose() finished it, or it returned.</summary>
    public bool AsyncClosed;
    /// <summary>An async generator: its first asend/athrow/aclose ran the thread's sys.set_asyncgen_hooks
    /// hooks (ag_hooks_inited; AsyncGenerators.InitHooks).</summary>
    public bool AsyncHooksInited;
    public PyObject Name;
    public PyObject QualName;
    public bool Started;
    /// <summary>0 idle, 1 running (set with Interlocked: two threads may race to resume).</summary>
    public int Running;
    /// <summary>The exception this generator was handling when it suspended inside an except
    /// block (its own sys.exc_info(); the count the handler holds travels with it).</summary>
    public PyObject? HandledException;
    /// <summary>A counted hold on the delegate gi_yieldfrom handed out (the suspended frame's stack
    /// holds it uncounted, so a consumer releasing the value could otherwise free it mid-delegation);
    /// released when the generator is finalised, or replaced by a later delegate's.</summary>
    public PyObject? YieldFromHold;

    public PyGenerator(PyType type, Vm.Runtime.Frame frame, PyObject name, PyObject qualName, GeneratorKind kind = GeneratorKind.Generator) : base(type)
    {
        Frame = frame;
        Kind = kind;
        Name = name;
        QualName = qualName;
    }

    public bool Finished => Frame.Finished;
}
