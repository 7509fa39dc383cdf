// Baseline compiler: CALL of a Python function with up to HeldArgs.Capacity positional arguments
// whose values compiled code passes in registers (JitEmitter.Calls.cs) instead of spilling them
// into the frame and reloading the result.
//
// Design note:
// - What compiled code hands over: the value stack below the arguments is spilled as for any call
//   (the callable on top of it: f.Sp == sp), f.Ip and f.LastIp are set;
//   the arguments are parameters of JitCallHeldN. Nothing is shared: the frame is the calling thread's.
// - The direct path (what JitCall does for the same callee): an exact PyFunction with
//   code.SimpleArgCount arguments, compiled and within budget
//   (CompiledCallee), and no eval-breaker request. CallCompiled binds the arguments into the
//   callee's frame and runs it exactly as JitCall would. Compiled code asks for this helper only
//   for CALL when the callable is a PyFunction; other callables (builtins, classes, bound methods)
//   and CALL_METHOD take JitCall's spilled path directly (JitEmitter.Calls.cs: measured, sending
//   CALL_METHOD's bound pairs here too made richards and raytrace 5-9% slower, thread CPU time).
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
//   parameter; otherwise they are spilled and JitCall makes the call. The callable is not covered
//   by the callee (a frame's Func is no root), so it stays spilled. A traceback, f_locals and
//   f_lineno read only the caller's locals and LastIp. (gc.get_referrers of an argument
//   does not list the caller's frame during the call; it lists the callee's.)
// - After the call, JitCall's completion drops the callable and the arguments, in that
//   order, from the stack (DropRangeKeeping). When none of them is floating, that drop releases
//   nothing and runs no code, so it reduces to clearing the slots: done here without spilling. The
//   result is not put in the callable's slot either (f.Sp stays below it): compiled code keeps it in
//   its stack local, and no one reads the frame's value stack before compiled code's next spill stores
//   it there (the cycle collector, Unwind, a traceback: all come after a spill, f.Sp set). When
//   one is floating (a fresh argument: `f([x])`), or the call failed, the arguments go into their
//   slots first and the completion, or the caller's unwinding, is JitCall's own, in JitCall's order.
// - Any other callee, or a pending eval-breaker request: the arguments are spilled and JitCall runs.
// Tests: tests/Runtime/CompiledHeldCallTests.cs (each path against the interpreter, both backends).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>A call's arguments, held on the .NET stack.</summary>
[InlineArray(Capacity)]
internal struct HeldArgs
{
    public const int Capacity = 3;
    private PyObject _element0;
}

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld0(PyThreadState ts, Frame f, int sp)
    {
        HeldArgs held = default;
        return CallHeld(ts, f, sp, held, 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld1(PyThreadState ts, Frame f, int sp, PyObject a0)
    {
        HeldArgs held = default;
        held[0] = a0;
        return CallHeld(ts, f, sp, held, 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld2(PyThreadState ts, Frame f, int sp, PyObject a0, PyObject a1)
    {
        HeldArgs held = default;
        held[0] = a0;
        held[1] = a1;
        return CallHeld(ts, f, sp, held, 2);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCallHeld3(PyThreadState ts, Frame f, int sp, PyObject a0, PyObject a1, PyObject a2)
    {
        HeldArgs held = default;
        held[0] = a0;
        held[1] = a1;
        held[2] = a2;
        return CallHeld(ts, f, sp, held, 3);
    }

    /// <summary>
    /// CALL of the callable at sp - 1 with the n arguments held[0..n) (see the design note): the
    /// result, at the callable's slot (f.Sp past it) after JitCall's completion, or only returned
    /// with the slot cleared (f.Sp at it) after the direct path's; or null with the error pending
    /// and the arguments spilled (f.Sp past them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CallHeld(PyThreadState ts, Frame f, int sp, Span<PyObject> held, int n)
    {
        var slots = f.Slots;
        int baseIndex = sp - 1;
        var args = held[..n];
        // The arguments must stay roots during the call unless the callee's own slots keep them to
        // its exit (see the design note): else JitCall's path, with them spilled.
        if (ts.EvalBreaker == 0 && slots[baseIndex] is PyFunction func && func.Code is { ReboundParams: 0 } code
            && code.SimpleArgCount == n && (code.NLocals == n || AllImmortal(args)) && CompiledCallee(ts, code) is { } body)
        {
            var r = CallCompiled(ts, func, code, body, args); // JitCalls.cs
            if (r != null && !HeldDropsRelease(ts, slots[baseIndex]!, args))
            {
                // The result lives in compiled code's stack local, which the next spill stores (and
                // nothing reads the frame's stack before one): the call's slot is only cleared.
                slots[baseIndex] = null;
                f.Sp = baseIndex;
                return r;
            }
            SpillHeld(slots, sp, args);
            f.Sp = sp + n;
            if (r == null) return null;
            DropRangeKeeping(ts, slots, baseIndex, sp + n, r); // JitCall's completion
            Put(slots, baseIndex, r);
            f.Sp = sp;
            return r;
        }
        SpillHeld(slots, sp, args);
        f.Sp = sp + n;
        int top = JitCall(ts, f, sp + n, n, kw: false, method: false);
        return top < 0 ? null : slots[top - 1];
    }

    /// <summary>Whether JitCall's completion would release anything: the callable or an argument floating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HeldDropsRelease(PyThreadState ts, PyObject callable, Span<PyObject> args)
    {
        if (!callable.IsImmortal && TSync.IsFloating(ts, callable)) return true;
        foreach (var a in args)
            if (!a.IsImmortal && TSync.IsFloating(ts, a)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllImmortal(Span<PyObject> args)
    {
        foreach (var a in args)
            if (!a.IsImmortal) return false;
        return true;
    }

    /// <summary>The arguments into their stack slots from <paramref name="sp"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SpillHeld(PyObject?[] slots, int sp, Span<PyObject> args)
    {
        for (int k = 0; k < args.Length; k++) Put(slots, sp + k, args[k]);
    }
}
