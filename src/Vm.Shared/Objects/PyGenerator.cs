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
    /// <summary>The exception the generator was handling when it yielded (its gi_exc_state), shown by sys.exc_info() when resumed.</summary>
    public PyObject? ExcState;

    public PyGenerator(PyType type, Vm.Runtime.Frame frame, PyObject name, PyObject qualName) : base(type)
    {
        Frame = frame;
        Name = name;
        QualName = qualName;
    }

    public bool Finished => Frame.Finished;
}
