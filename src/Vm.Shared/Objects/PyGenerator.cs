namespace Vm.Objects;

/// <summary>A generator: a suspended frame. Resuming a running generator raises ValueError.</summary>
public sealed class PyGenerator : PyObject
{
    public readonly Vm.Runtime.Frame Frame;
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

    public PyGenerator(PyType type, Vm.Runtime.Frame frame, PyObject name, PyObject qualName) : base(type)
    {
        Frame = frame;
        Name = name;
        QualName = qualName;
    }

    public bool Finished => Frame.Finished;
}
