namespace Vm.Objects;

/// <summary>Instances of BaseException and its subclasses (builtin and user-defined).</summary>
public class PyBaseException : PyObject, IHasDict, IHasSlots
{
    /// <summary>Set through ExceptionLinks.SetArgs, which counts it (ArgsCounted); a tuple given to
    /// the constructor is the creator's to keep alive (immortal, or held elsewhere).</summary>
    public PyTuple Args;
    public bool ArgsCounted;
    public PyObject? Cause;
    public PyObject? Context;
    /// <summary>__context__ was decided where this exception was raised: propagating it into a caller
    /// that handles another exception leaves it alone (CPython sets it only at the raise). An
    /// explicit `raise e` decides it again (Interpreter.MakeRaise).</summary>
    public bool ContextDecided;
    public bool SuppressContext;
    public PyTraceback? Traceback;
    public PyDict? Dict { get; set; }
    public PyObject?[]? Slots;
    public ref PyObject?[]? SlotStorage => ref Slots;

    public PyBaseException(PyType type, PyTuple args) : base(type)
    {
        Args = args;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        // Popped last-first: released in CPython's BaseException_clear order.
        if (Traceback != null) sink.Add(Traceback);
        if (Cause != null) sink.Add(Cause);
        if (Context != null) sink.Add(Context);
        if (ArgsCounted) sink.Add(Args);
        SlotStorageOps.CollectSlots(Slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>A traceback entry (a linked list from the outermost frame to where it was raised).</summary>
public sealed class PyTraceback : PyObject
{
    public readonly PyTraceback? Next;
    public readonly PyCode Code;
    public readonly int Line;
    public readonly int InstrIndex;
    public readonly Vm.Runtime.Frame? Frame;
    /// <summary>The frame's locals and cells were left to this entry when the exception escaped
    /// the frame: they live as long as the traceback (CPython's tb_frame keeps them).</summary>
    public bool OwnsFrameLocals;

    public PyTraceback(PyType type, PyTraceback? next, PyCode code, int line, int instrIndex, Vm.Runtime.Frame? frame) : base(type)
    {
        Next = next;
        Code = code;
        Line = line;
        InstrIndex = instrIndex;
        Frame = frame;
    }

    // Popped last-first: tb_next is released first, then the frame's locals in slot order.
    public override void CollectChildren(List<PyObject> sink)
    {
        if (OwnsFrameLocals && Frame != null)
        {
            var slots = Frame.Slots;
            for (int i = Math.Min(Frame.StackBase, slots.Length) - 1; i >= 0; i--)
                if (slots[i] is { } v) sink.Add(v);
        }
        if (Next != null) sink.Add(Next);
    }
}

/// <summary>The .NET exception that carries a Python exception through native code.</summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;

    public PyException(PyBaseException value) : base(null)
    {
        Value = value;
    }

    public override string Message => Value.Type.Name + ": " + (Value.Args.Count == 1 ? Value.Args.Items[0].ToString() : "");
}

/// <summary>Instances of BaseExceptionGroup and its subclasses: the message and the tuple of
/// sub-exceptions fixed at creation (args may be reassigned; these are not). Both are counted.</summary>
public sealed class PyExceptionGroup : PyBaseException
{
    public PyObject? Message;
    public PyObject? Exceptions;

    public PyExceptionGroup(PyType type, PyTuple args) : base(type, args)
    {
    }

    public PyTuple ExceptionTuple => (PyTuple)Exceptions!;

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        if (Exceptions != null) sink.Add(Exceptions);
        if (Message != null) sink.Add(Message);
    }
}
