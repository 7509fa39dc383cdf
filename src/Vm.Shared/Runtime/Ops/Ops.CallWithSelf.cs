// Calls that prepend one argument (self, cls) to the caller's arguments. The combined argument
// list lives in a stack buffer for up to ArgBuffer.Capacity arguments, so binding a method,
// calling __init__ or a dunder does not allocate an array per call (DESIGN.md, "Allocation and the
// .NET GC decide scaling"). Callees only ever see a ReadOnlySpan, which cannot outlive the call.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Stack storage for a short argument list.</summary>
[InlineArray(Capacity)]
internal struct ArgBuffer
{
    public const int Capacity = 8;
    private PyObject _element0;

    /// <summary>self followed by args (at most Capacity - 1 of them) in <paramref name="buf"/>.</summary>
    /// <remarks>Copied element by element: Span.CopyTo of references is a bulk move with write
    /// barriers and a GC poll, several times the cost of a few stores for these short lists.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<PyObject> WithSelf(ref ArgBuffer buf, PyObject self, ReadOnlySpan<PyObject> args)
    {
        Span<PyObject> full = buf;
        full = full[..(args.Length + 1)];
        full[0] = self;
        for (int i = 0; i < args.Length; i++) full[i + 1] = args[i];
        return full;
    }
}

public static partial class Ops<TSync>
{
    /// <summary>callable(self, *args) (throws PyException on error).</summary>
    public static PyObject CallWithSelf(PyThreadState ts, PyObject callable, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int n = args.Length + 1;
        if (n <= ArgBuffer.Capacity)
        {
            ArgBuffer buf = default;
            var full = ArgBuffer.WithSelf(ref buf, self, args);
            return Call(ts, callable, full, kwnames);
        }
        var arr = new PyObject[n];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return Call(ts, callable, arr, kwnames);
    }

    /// <summary>A bound builtin: its native function with self first.</summary>
    private static PyObject CallBuiltinWithSelf(PyThreadState ts, PyBuiltinFunction bf, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int n = args.Length + 1;
        if (n <= ArgBuffer.Capacity)
        {
            ArgBuffer buf = default;
            var full = ArgBuffer.WithSelf(ref buf, self, args);
            return bf.Fn(ts, full, kwnames) ?? throw Interpreter<TSync>.TakeException(ts);
        }
        var arr = new PyObject[n];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return bf.Fn(ts, arr, kwnames) ?? throw Interpreter<TSync>.TakeException(ts);
    }
}
