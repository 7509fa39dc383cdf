// Binary operators of Python classes without leaving the eval loop (issue 9: raytrace's vector
// arithmetic, `a - b`, `v * 2.0`).
//
// BINARY_OP whose left operand is a plain instance (PyInstance) whose class defines the operator's
// dunder as a Python function enters that function as an inline frame (Interpreter.InlineCalls.cs)
// with (a, b), marked Frame.CallBinary. Its return completes the BINARY_OP as the CALL completion
// does (a and b dropped, the result in a's slot); a NotImplemented result raises the TypeError.
//
// Why the slow path (Ops.BinaryOp) is the same program, for the operands taken here:
// - In-place forms: only when the class has no in-place dunder (__iadd__ ...), so BinaryOp goes
//   straight to BinaryOpNoInplace with the base operator.
// - BinaryOpNoInplace first tries the numeric fast path (never for an instance), then looks up
//   a's dunder (slotA) and b's reflected one (slotB; none when b has the same class, or inherits
//   the same reflected dunder). Taken here only when slotB is none or is the reflected dunder of
//   exact int or float: then a.slotA(b) is the first (and, b's class not being a subclass of a's,
//   the only Python-level) call, and when it returns NotImplemented, int's and float's reflected
//   dunders return NotImplemented for an instance too, so BinaryOp raises its TypeError - which
//   the completion raises at the same instruction (Ops.BinaryOpError, same message). Any other
//   b (a subclass of a's class with its own reflected dunder, another class with one) takes the
//   general path.
// - The call binds (a, b) as CallMethodDescr(slotA, a, [b]) does; errors, recursion and tracebacks
//   are an inline call's (InlineCalls.cs), which equal a failed native call at the BINARY_OP.
// Nothing shared is written: the lookups are the type's own caches, the frames the thread's.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// BINARY_OP of a and b (b popped at slots[sp], a at sp - 1, f.Sp past b) that are neither both
    /// numbers nor taken by a Python dunder's inline frame, Eval's case out of line: true with
    /// Ops.BinaryOp's result in a's place and both dropped; false with an arithmetic error in
    /// ts.CurrentException (no .NET throw; a and b left for the unwinding to drop).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool BinaryOpGeneral(PyThreadState ts, PyObject a, PyObject b, int arg, PyObject?[] slots, int sp)
    {
        if (ArithmeticErrorOrNull(ts, a, b, arg) is { } ae) // NumericFast.cs
        {
            ts.CurrentException = ae;
            return false;
        }
        var r = Ops<TSync>.BinaryOp(ts, a, b, (Vm.Bytecode.BinaryOpArg)arg);
        Put(slots, sp - 1, r);
        // An operand that is the result (`t[i:j] += [...]` on a fresh slice, `t + ()`) stays: it is the
        // result the stack now holds, floating or not.
        if (!ReferenceEquals(r, a)) ObjectLifecycle<TSync>.DropBorrowed(ts, a);
        if (!ReferenceEquals(r, b)) ObjectLifecycle<TSync>.DropBorrowed(ts, b);
        return true;
    }

    /// <summary>
    /// COMPARE_OP of a and b past the numeric fast path (b popped at slots[sp], a at sp - 1), Eval's
    /// and compiled code's case out of line: Ops.RichCompare's result in a's place, a dropped and b
    /// too unless a chain's next link holds a copy of it (CompareOpArgs.KeepsRight). An operand
    /// that is the result (an `__eq__` returning self, an `__lt__` returning other) is not dropped:
    /// the stack now holds it as the result, as BINARY_OP's (BinaryOpGeneral). (Not covered: a
    /// chain's link whose result is its fresh right operand, which the next link's uncounted copy
    /// also holds: the link's pop or the chain's cleanup frees it while the other slot holds it.)
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static PyObject CompareOpGeneral(PyThreadState ts, PyObject a, PyObject b, int arg, PyObject?[] slots, int sp)
    {
        int cmpOp = arg & Vm.Bytecode.CompareOpArgs.OperatorMask;
        var r = Ops<TSync>.RichCompare(ts, a, b, (Vm.Bytecode.CompareOpArg)cmpOp);
        Put(slots, sp - 1, r);
        if (!ReferenceEquals(r, a)) ObjectLifecycle<TSync>.DropBorrowed(ts, a);
        if (arg == cmpOp && !ReferenceEquals(r, b)) ObjectLifecycle<TSync>.DropBorrowed(ts, b);
        return r;
    }

    /// <summary>
    /// The inline frame of a OP b's dunder (a at stack index <paramref name="aIndex"/>, b above
    /// it, caller.Sp past b, caller.Ip past the BINARY_OP); the caller when the general path must
    /// run it (nothing done); null with ts.CurrentException set when binding failed or the
    /// recursion limit was reached.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static Frame? PushBinaryFrame(PyThreadState ts, Frame caller, PyObject a, PyObject b, int arg, int aIndex)
    {
        if (PlainBinaryDunder(ts.Rt, a, b, arg) is not { } fn) return caller;
        var args = new ReadOnlySpan<PyObject>(System.Runtime.CompilerServices.Unsafe.As<PyObject[]>(caller.Slots), aIndex, 2);
        var frame = PushFunctionFrame(ts, caller, fn, args, null, aIndex, aIndex);
        if (frame != null) caller.CallBinary = arg + 1;
        return frame;
    }

    /// <summary>The Python function of a OP b's dunder (a a plain instance) when calling it with (a, b)
    /// is what BinaryOp would do (see above), else null (the general path).</summary>
    private static PyFunction? PlainBinaryDunder(PyRuntime rt, PyObject a, PyObject b, int arg)
    {
        var ta = a.Type;
        int baseOp = arg >= 13 ? arg - 13 : arg;
        if ((uint)baseOp >= (uint)rt.S.Binary.Length) return null;
        if (arg >= 13 && ta.Lookup(rt.S.Inplace[baseOp]) != null) return null;
        if (ta.Lookup(rt.S.Binary[baseOp]) is not PyFunction fn || fn.Code.IsGenerator) return null;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb) && !ReferenceEquals(tb, rt.IntType) && !ReferenceEquals(tb, rt.FloatType))
        {
            var rname = rt.S.Reflected[baseOp];
            var slotB = tb.Lookup(rname);
            if (slotB != null && slotB != ta.Lookup(rname)) return null;
        }
        return fn;
    }

    /// <summary>
    /// ReturnInline's answer to a NotImplemented result of a OP b's dunder: BinaryOp's TypeError at
    /// the caller's BINARY_OP (a and b still on its stack). Returns the frame to run next (a
    /// handler), or null when the exception leaves the frame Eval was entered with.
    /// </summary>
    private static Frame? BinaryDeclined(PyThreadState ts, Frame caller, int op)
    {
        var slots = caller.Slots;
        ts.CurrentException = Ops<TSync>.BinaryOpError(ts.Rt, slots[caller.CallDropFrom]!, slots[caller.CallDropFrom + 1]!, op).Value;
        if (RaiseInFrame(ts, caller, newRaise: true)) return caller;
        return UnwindFromFailedFrame(ts, caller);
    }
}
