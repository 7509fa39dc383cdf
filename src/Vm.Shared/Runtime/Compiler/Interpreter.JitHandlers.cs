// Baseline compiler: raising from compiled code into a frame that may handle the exception
// (the scheme is in JitEmitter.Handlers.cs).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>Eval's pyerror / pyerror_reraise for compiled code (f.Sp saved, the error pending):
    /// ReenterSignal when a handler block of f takes the exception (Run continues f in Eval from the
    /// handler), else null with the frame failed.</summary>
    private static PyObject? JitRaiseIn(PyThreadState ts, Frame f, bool newRaise) =>
        RaiseInFrame(ts, f, newRaise) ? ReenterSignal : null;

    /// <summary>RAISE_VARARGS (arg operands at sp - arg..sp): Eval's case, then JitRaiseIn.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitRaiseVarargs(PyThreadState ts, Frame f, int sp, int arg)
    {
        var slots = f.Slots;
        f.Sp = sp -= arg; // [exc cause?] popped
        ts.CurrentException = MakeRaise(ts, arg >= 1 ? slots[sp] : null, arg == 2 ? slots[sp + 1] : null, arg == 2);
        return JitRaiseIn(ts, f, newRaise: arg != 0);
    }
}
