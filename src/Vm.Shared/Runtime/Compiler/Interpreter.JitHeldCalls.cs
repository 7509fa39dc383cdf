// Baseline compiler: CALL / CALL_METHOD of up to HeldArgs.Capacity - 1 positional arguments whose
// argument values compiled code passes in registers (JitEmitter.Calls.cs) instead of spilling them
// into the frame and reloading the result.
//
// Design note:
// - What compiled code hands over: the value stack below the arguments is spilled as for any call
//   (the callable, or the LOAD_METHOD pair, on top of it: f.Sp == sp), f.Ip and f.LastIp are set;
//   the arguments are parameters of JitCallHeldN. Nothing is shared: the frame is the calling thread's.
// - The direct path (what JitCall does for the same callee): an exact PyFunction with
//   code.SimpleArgCount arguments (self first for a bound pair), compiled and within budget
//   (CompiledCallee), and no eval-breaker request. CallCompiled binds the arguments into the
//   callee's frame and runs it exactly as JitCall would. Compiled code asks for this helper only
//   when the callable (the method of a bound pair) is a PyFunction; other callables (builtins,
//   classes, bound methods) take JitCall's spilled path directly (JitEmitter.Calls.cs).
// - Why the caller's frame need not hold the arguments during that call: the caller's stack slots are
//   uncounted references that only the cycle collector reads, as roots (CycleCollector.AddFrameRoots).
//   Each argument is in a root for the whole call anyway: BindParam puts it into the callee's
//   parameter slot (the callee's frame is on the thread's frame chain, walked whole), counted or
//   borrowed from a caller's local (itself a root); if the body never rebinds a parameter
//   (ReboundParams 0), that slot keeps it until the callee's exit. At the exit the parameters are
//   released first (ReleaseLocals: no code runs for them) and then the other locals, whose release
//   may run code (__del__, gc.collect()) while an argument is in no root: so the arguments stay in
//   registers only when the callee has no other locals (code.NLocals == the argument count; no
//   cells: SimpleArgCount) or every argument is immortal (never collected), and no rebound
//   parameter; otherwise they are spilled before the call, as JitCall has them.
//   The callable (or the pair) is not covered by the callee, so it stays spilled. A traceback,
//   f_locals and f_lineno read only the caller's locals and LastIp. (gc.get_referrers of an argument
//   does not list the caller's frame during the call; it lists the callee's.)
// - After the call, JitCall's completion drops the callable (or self) and the arguments, in that
//   order, from the stack (DropRangeKeeping). When none of them is floating, that drop releases
//   nothing and runs no code, so it reduces to clearing the slots: done here without spilling. When
//   one is floating (a fresh argument: `f(x * 2.0)`), or the call failed, the arguments go into their
//   slots first and the completion, or the caller's unwinding, is JitCall's own, in JitCall's order.
// - Any other callee, or a pending eval-breaker request: the arguments are spilled and JitCall runs.
// Tests: tests/Runtime/CompiledHeldCallTests.cs (each path against the interpreter, both backends).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>A call's arguments, with room for self in front (element 0).</summary>
[InlineArray(Capacity)]
internal struct HeldArgs
{
    public const int Capacity = 4;
    private PyObject _element0;
}

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld0(PyThreadState ts, Frame f, int sp, bool method)
    {
        HeldArgs held = default;
        return CallHeld(ts, f, sp, method, held, 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld1(PyThreadState ts, Frame f, int sp, bool method, PyObject a0)
    {
        HeldArgs held = default;
        held[1] = a0;
        return CallHeld(ts, f, sp, method, held, 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld2(PyThreadState ts, Frame f, int sp, bool method, PyObject a0, PyObject a1)
    {
        HeldArgs held = default;
        held[1] = a0;
        held[2] = a1;
        return CallHeld(ts, f, sp, method, held, 2);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld3(PyThreadState ts, Frame f, int sp, bool method, PyObject a0, PyObject a1, PyObject a2)
    {
        HeldArgs held = default;
        held[1] = a0;
        held[2] = a1;
        held[3] = a2;
        return CallHeld(ts, f, sp, method, held, 3);
    }

    /// <summary>
    /// CALL (method false: the callable at sp - 1) or CALL_METHOD (the pair at sp - 2, sp - 1) of the
    /// n arguments at held[1..n] (see the design note): the result, also at the call's base slot
    /// (f.Sp past it), or null with the error pending and the arguments spilled (f.Sp past them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CallHeld(PyThreadState ts, Frame f, int sp, bool method, Span<PyObject> held, int n)
    {
        var slots = f.Slots;
        if (ts.EvalBreaker == 0)
        {
            int baseIndex, first = 1;
            PyObject callable;
            if (method)
            {
                baseIndex = sp - 2;
                var meth = slots[baseIndex]!;
                if (meth is NullMarker) callable = slots[sp - 1]!;
                else
                {
                    callable = meth;
                    held[0] = slots[sp - 1]!;
                    first = 0;
                }
            }
            else
            {
                baseIndex = sp - 1;
                callable = slots[baseIndex]!;
            }
            var args = held[first..(n + 1)];
            if (callable.GetType() == typeof(PyFunction) && Unsafe.As<PyFunction>(callable).Code is var code
                && code.SimpleArgCount == args.Length && CompiledCallee(ts, code) is { } body)
            {
                // The arguments must stay roots during the call unless the callee's own slots keep
                // them to its exit (see the design note): else spilled now, as JitCall has them.
                bool spilled = code.ReboundParams != 0 || code.NLocals != args.Length && !AllImmortal(args);
                if (spilled)
                {
                    SpillHeld(slots, sp, held, n);
                    f.Sp = sp + n;
                }
                var r = CallCompiled(ts, Unsafe.As<PyFunction>(callable), code, body, args); // JitCalls.cs
                if (!spilled)
                {
                    if (r != null && !HeldDropsRelease(ts, slots, method ? sp - 1 : baseIndex, sp, held, n))
                    {
                        for (int i = baseIndex + 1; i < sp; i++) Put(slots, i, null); // self, as DropRange clears it
                        Put(slots, baseIndex, r);
                        f.Sp = baseIndex + 1;
                        return r;
                    }
                    SpillHeld(slots, sp, held, n);
                    f.Sp = sp + n;
                }
                if (r == null) return null;
                DropRangeKeeping(ts, slots, method ? sp - 1 : baseIndex, sp + n, r); // JitCall's completion
                Put(slots, baseIndex, r);
                f.Sp = baseIndex + 1;
                return r;
            }
        }
        SpillHeld(slots, sp, held, n);
        f.Sp = sp + n;
        int top = JitCall(ts, f, sp + n, n, kw: false, method);
        return top < 0 ? null : slots[top - 1];
    }

    /// <summary>Whether JitCall's completion would release anything: a floating value among the stack
    /// slots [from, to) it drops and the arguments held[1..n].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HeldDropsRelease(PyThreadState ts, PyObject?[] slots, int from, int to, Span<PyObject> held, int n)
    {
        for (int i = from; i < to; i++)
        {
            var v = slots[i]!;
            if (!v.IsImmortal && TSync.IsFloating(ts, v)) return true;
        }
        for (int k = 1; k <= n; k++)
        {
            var v = held[k];
            if (!v.IsImmortal && TSync.IsFloating(ts, v)) return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllImmortal(Span<PyObject> args)
    {
        foreach (var a in args)
            if (!a.IsImmortal) return false;
        return true;
    }

    /// <summary>The arguments held[1..n] into their stack slots from <paramref name="sp"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SpillHeld(PyObject?[] slots, int sp, Span<PyObject> held, int n)
    {
        for (int k = 0; k < n; k++) Put(slots, sp + k, held[k + 1]);
    }
}
