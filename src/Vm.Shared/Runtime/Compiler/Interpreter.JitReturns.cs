// Baseline compiler: RETURN_VALUE of a function whose only locals are its parameters (fib(k),
// a getter(self), dot(self, other)): the frame's release done inline in the compiled body.
//
// Which code (JitEmitter.cs decides when it compiles, from the code object alone): a plain function
// (SimpleArgCount > 0: no cells, no *args/**kwargs, no keyword-only parameters, not a generator)
// with NLocals == SimpleArgCount and ReboundParams 0. For such a frame ReleaseLocals takes
// TryReleaseSimpleLocals (PlainArgCount == SimpleArgCount, NFree 0, a function's frame) unless the
// frame borrowed a parameter, and that releases slots 0..n without deallocation: exactly the loop
// below. A frame that borrowed one, or one without a function (the code run by exec: its
// parameters are released in full), takes ReleaseLocalsKeeping itself. The result is kept around the
// release as ReleaseLocalsKeeping keeps it (f.StackBase is n > 0). Nothing is shared: the frame is
// the returning thread's.
// Tests: tests/Runtime/CompiledReturnTests.cs (against the interpreter, both backends).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>ReleaseLocalsKeeping(ts, f, result) for a frame of such code with n parameters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void JitReleaseParamsKeeping(PyThreadState ts, Frame f, PyObject result, int n)
    {
        if (TSync.BorrowsArguments && f.BorrowedParams != 0 || f.Func == null)
        {
            JitReleaseLocalsKeeping(ts, f, result);
            return;
        }
        bool keep = !result.IsImmortal;
        if (keep) TSync.IncRef(ts, result);
        var slots = f.Slots;
        for (int i = 0; i < n; i++)
        {
            var p = slots[i];
            if (p == null) continue;
            slots[i] = null;
            if (!p.IsImmortal) TSync.DecRefNoDealloc(ts, p);
        }
        if (keep) TSync.DecRefNoDealloc(ts, result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void JitReleaseLocalsKeeping(PyThreadState ts, Frame f, PyObject result) => ReleaseLocalsKeeping(ts, f, result);
}
