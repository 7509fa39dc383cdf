// Baseline compiler: the out-of-line steps compiled code calls (JitEmitter.cs emits the calls).
//
// Each is the eval loop's case for one instruction (Interpreter.Eval.cs), run on the frame's own
// value stack: compiled code first stores its live IL-local stack values into f.Slots (the "spill")
// so that f.Slots[StackBase..sp) is exactly the interpreter's stack at that instruction, then calls
// the step with that sp; the step leaves its result on that stack, as the case does, and compiled
// code reloads what it needs. So anything that may run Python code, release an object, raise, or
// let the cycle collector look at the frame sees the same frame state as under Eval, and the work is
// done by the same helpers the case calls (the int/float fast paths, the attribute caches, the
// builtin-call path, Ops). What differs is only how a Python callee is entered: through Run (a .NET
// call) instead of an inline frame of Eval, the slow path Eval itself takes for non-plain callables.
// A step returns null (or a negative sp, or false) where the case jumps to its error exit with
// ts.CurrentException set; compiled code then calls JitRaise, the case's `pyerror`.
// The steps are NoInlining: the .NET JIT would otherwise inline these slow paths into every
// compiled body (fib's grew to ~100 inlinees); the fast parts (JitStoreFast, JitSubscrFast,
// JitIsNeedsDrop) and Eval's own fast helpers stay inlinable.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>Eval's pyerror exit for compiled code (f.Sp saved): the exception leaves the frame
    /// (traceback entry, locals released) and the result is null, or a handler block takes it and the
    /// result is ReenterSignal (Interpreter.JitHandlers.cs); compiled code returns the result.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitRaise(PyThreadState ts, Frame f) => JitRaiseIn(ts, f, newRaise: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitThrowUnboundLocal(PyThreadState ts, Frame f, int local) => throw UnboundLocal(ts, f.Code, local);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitHandleBreaker(PyThreadState ts) => HandleBreaker(ts);

    /// <summary>STORE_FAST (StoreFast) without the stack scan: returns the old value when its count
    /// reached zero (compiled code then spills its stack and calls JitReleaseOverwritten), else null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitStoreFast(PyThreadState ts, Frame f, PyObject?[] slots, int local, PyObject v)
    {
        if (!v.IsImmortal) TSync.IncRef(ts, v);
        var old = slots[local];
        Put(slots, local, v);
        if (old != null && !old.IsImmortal)
        {
            if (TSync.BorrowsArguments && f.BorrowedParams != 0 && ForgetBorrowed(f, local)) return null;
            if (TSync.DecRef(ts, old)) return old;
            Vm.Runtime.Gc.GcCandidates.Note(ts, old);
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitReleaseOverwritten(PyThreadState ts, Frame f, int sp, PyObject old) => ReleaseOverwritten(ts, f, f.Slots, sp, old);

    /// <summary>POP_TOP of a mortal value (its stack slot at sp, popped).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitPopTop(PyThreadState ts, Frame f, int sp)
    {
        var slots = f.Slots;
        var v = slots[sp]!;
        Put(slots, sp, null);
        f.Sp = sp;
        if (TSync.IsFloating(ts, v)) ObjectLifecycle<TSync>.Deallocate(ts, v);
        else Vm.Runtime.Gc.GcCandidates.Note(ts, v);
    }

    // Eval's aggressively inlined fast helpers, each behind one out-of-line call from compiled code
    // (inlined at every site, they made the .NET JIT spend 40-250 ms on a 40-line function).

    /// <summary>LOAD_GLOBAL past its inline cache hit (LoadGlobalHit): the fill, LoadGlobalCached's miss.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitLoadGlobal(Frame f, PyCode code, int arg) => LoadGlobalFill(f, code, arg);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitCompareFast(PyRuntime rt, PyObject a, PyObject b, int op) => TryCompareNumeric(rt, a, b, op);

    /// <summary>FOR_ITER over a range, list or tuple iterator: the item, else null; <paramref name="done"/>
    /// false when the iterator is another kind (then JitForIterNext).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitNextFast(PyThreadState ts, PyObject it, out bool done)
    {
        done = TryNextRangeOrList(ts, it, out var v);
        return v;
    }

    /// <summary>BINARY_OP's fast paths, Eval's order (float, then int), from compiled code's locals: the
    /// boxed result, or null for JitBinaryOp. One out-of-line call: inlined into every BINARY_OP of a
    /// compiled body, the two paths made the .NET JIT take over a second on a 100-instruction function.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitNumeric(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        if (TryFloatValue(rt, a, b, op, out double d)) return rt.NewFloat(d);
        if (TryIntValue(rt, a, b, op, out long n)) return rt.NewInt(n);
        return null;
    }

    /// <summary>BINARY_OP past the int and float fast paths: the result at sp - 2, or null (error, operands kept).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitBinaryOp(PyThreadState ts, Frame f, int sp, int op)
    {
        var slots = f.Slots;
        var b = slots[--sp]!;
        var a = slots[sp - 1]!;
        f.Sp = sp + 1;
        var r = TryBinaryNumeric(ts, a, b, op);
        if (r == null)
        {
            if (a.GetType() == typeof(PyInstance) && TryCallCompiledBinary(ts, a, b, op, slots, sp - 1, out var dr)) // JitCalls.cs
            {
                if (dr == null) return null;
                DropRangeKeeping(ts, slots, sp - 1, sp + 1, dr); // a and b, as the eval loop's completion drops them
                Put(slots, sp - 1, dr);
                f.Sp = sp;
                return dr;
            }
            if (ArithmeticErrorOrNull(ts, a, b, op) is { } ae)
            {
                ts.CurrentException = ae;
                return null;
            }
            r = Ops<TSync>.BinaryOp(ts, a, b, (BinaryOpArg)op);
            Put(slots, sp - 1, r);
            // An operand that is the result (`t[i:j] += [...]` on a fresh slice, `t + ()`) stays: it is the
            // result the stack now holds, floating or not.
            if (!ReferenceEquals(r, a)) ObjectLifecycle<TSync>.DropBorrowed(ts, a);
            if (!ReferenceEquals(r, b)) ObjectLifecycle<TSync>.DropBorrowed(ts, b);
        }
        else Put(slots, sp - 1, r);
        f.Sp = sp;
        return r;
    }

    /// <summary>COMPARE_OP past the numeric fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitCompareOp(PyThreadState ts, Frame f, int sp, int arg)
    {
        var slots = f.Slots;
        var b = slots[--sp]!;
        var a = slots[sp - 1]!;
        int cmpOp = arg & CompareOpArgs.OperatorMask;
        f.Sp = sp + 1;
        var r = CompareOpGeneral(ts, a, b, arg, slots, sp); // BinaryCalls.cs
        f.Sp = sp;
        return r;
    }

    /// <summary>POP_JUMP_IF_FALSE/TRUE of a value that is not a bool: its truth, the value popped and released.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool JitPopTruth(PyThreadState ts, Frame f, int sp)
    {
        var v = f.Slots[sp - 1]!;
        f.Sp = sp;
        bool t = Ops<TSync>.IsTrue(ts, v);
        f.Sp = sp - 1;
        ObjectLifecycle<TSync>.DropBorrowed(ts, v);
        return t;
    }

    /// <summary>JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP: true to jump (the value stays), else it is popped and released.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool JitJumpOrPop(PyThreadState ts, Frame f, int sp, bool jumpIfTrue)
    {
        var slots = f.Slots;
        f.Sp = sp;
        if (Ops<TSync>.IsTrue(ts, slots[sp - 1]!) == jumpIfTrue) return true;
        ObjectLifecycle<TSync>.DropBorrowed(ts, slots[sp - 1]!);
        return false;
    }

    /// <summary>CALL_EX on [callable args kwargs?] below sp (Eval's case, f.Ip set): the new sp with
    /// the result on top, or -1 with the error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitCallEx(PyThreadState ts, Frame f, int sp, int arg)
    {
        if (ts.EvalBreaker != 0) HandleBreaker(ts);
        var slots = f.Slots;
        if (CallExOp(ts, f, slots, sp, arg) is not { } r) return -1; // Calls.cs
        sp -= 2 + (arg & 1); // [callable args kwargs?] dropped
        Put(slots, sp++, r);
        f.Sp = sp;
        return sp;
    }

    /// <summary>
    /// CALL / CALL_KW (kw: the names tuple on top) and CALL_METHOD / CALL_METHOD_KW (method: the
    /// LOAD_METHOD pair below the arguments) with f.Sp and f.Ip saved: the new sp, the result at sp - 1,
    /// or -1 with the error pending. Eval's cases, with a Python callee called through Run.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitCall(PyThreadState ts, Frame f, int sp, int arg, bool kw, bool method)
    {
        if (ts.EvalBreaker != 0) HandleBreaker(ts);
        var slots = f.Slots;
        PyTuple? kwnames = kw ? (PyTuple)slots[--sp]! : null;
        int baseIndex, dropFrom, argsFrom;
        PyObject callable;
        if (method)
        {
            baseIndex = sp - arg - 2;
            var meth = slots[baseIndex]!;
            bool unbound = meth is NullMarker;
            callable = unbound ? slots[baseIndex + 1]! : meth;
            dropFrom = baseIndex + 1;
            argsFrom = unbound ? baseIndex + 2 : baseIndex + 1;
        }
        else
        {
            baseIndex = dropFrom = sp - arg - 1;
            callable = slots[baseIndex]!;
            argsFrom = baseIndex + 1;
        }
        if (callable.GetType() == typeof(PyBuiltinFunction))
            return CallBuiltinOnStack(ts, Unsafe.As<PyBuiltinFunction>(callable), slots, baseIndex, dropFrom, argsFrom, sp, kwnames);
        var args = StackArgs(slots, argsFrom, sp - argsFrom);
        PyObject? r;
        if (callable.GetType() == typeof(PyFunction) && kwnames == null && Unsafe.As<PyFunction>(callable).Code is var fcode && fcode.SimpleArgCount == args.Length)
        {
            r = CompiledCallee(ts, fcode) is { } body
                ? CallCompiled(ts, Unsafe.As<PyFunction>(callable), fcode, body, args) // JitCalls.cs: compiled to compiled, without Run
                : CallSimpleFunction(ts, Unsafe.As<PyFunction>(callable), fcode, args); // JitEntry.cs
        }
        // the other calls of a Python function: Eval's CALL would push the frame inline (PushFrame), so
        // the .NET nesting of this Run is not C-recursion budget (RunInlineCall, Interpreter.Run.cs)
        else if (callable is PyFunction pf) r = CallFunctionOrNull(ts, pf, args, kwnames, inlineCall: true);
        else if (callable is PyMethod { Func: PyFunction mf } bm) r = CallFunctionWithSelfOrNull(ts, mf, bm.Self, args, kwnames, inlineCall: true);
        else if (kwnames != null || callable is not PyType cls || !TryCallCompiledInit(ts, cls, args, out r)) // JitCalls.cs
            r = CallFromStack(ts, callable, args, kwnames);
        if (r == null) return -1;
        DropRangeKeeping(ts, slots, dropFrom, sp, r); // clears those slots
        Put(slots, baseIndex, r);
        f.Sp = baseIndex + 1;
        return baseIndex + 1;
    }

    /// <summary>LOAD_ATTR (site: its instruction index): the attribute, or null with the error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitLoadAttr(PyThreadState ts, Frame f, int sp, int arg, int site)
    {
        var slots = f.Slots;
        var code = f.Code;
        var o = slots[sp - 1]!;
        f.Sp = sp;
        PyObject? v = null;
        if (o.GetType() == typeof(PyInstance))
        {
            v = LoadInstanceAttr(ts, code, site, Unsafe.As<PyInstance>(o), code.Names[arg], out var getter);
            if (getter != null)
            {
                v = CallGetter(ts, getter, slots, sp - 1); // JitAccessors.cs
                if (v == null) return null;
            }
        }
        else v = LoadNoDictAttr(ts, code, site, o, code.Names[arg]);
        if (v == null && (v = LoadAttrGeneric(ts, o, code.Names[arg])) == null) return null;
        Put(slots, sp - 1, v);
        if (!o.IsImmortal) DropKeeping(ts, o, v, slots, sp - 2);
        return v;
    }

    /// <summary>STORE_ATTR: false with the error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool JitStoreAttr(PyThreadState ts, Frame f, int sp, int arg, int site)
    {
        var slots = f.Slots;
        var code = f.Code;
        var o = slots[--sp]!;
        var v = slots[--sp]!;
        f.Sp = sp;
        if (o.GetType() == typeof(PyInstance) && !o.Type.CustomSetAttr)
        {
            var entry = StoreEntry(ts.Rt, code, site, o.Type, code.Names[arg]);
            if (TryReplaceInlineValue(ts, Unsafe.As<PyInstance>(o), entry, v) || TryStoreSlotInPlace(ts, Unsafe.As<PyInstance>(o), entry, v)) { }
            else if (entry.Kind == AttrKind.StoreProperty && Unsafe.As<PyProperty>(entry.Descr!).Setter is PyFunction setter)
            {
                var r = CallSetter(ts, setter, o, slots, sp); // JitAccessors.cs
                if (r == null) return false; // Eval's pyerror_call with o and v popped
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
            }
            else if (!TryStoreInstanceAttr(ts, Unsafe.As<PyInstance>(o), code.Names[arg], v, entry)) Ops<TSync>.SetAttr(ts, o, code.Names[arg], v);
        }
        else Ops<TSync>.SetAttr(ts, o, code.Names[arg], v);
        if (code.NLocals == 0 || !ReferenceEquals(slots[0], o)) ObjectLifecycle<TSync>.DropBorrowed(ts, o);
        return true;
    }

    /// <summary>LOAD_METHOD: the pair at sp - 1 and sp (the new sp is sp + 1).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitLoadMethod(PyThreadState ts, Frame f, int sp, int arg, int site)
    {
        var slots = f.Slots;
        var code = f.Code;
        var o = slots[sp - 1]!;
        f.Sp = sp;
        PyObject? self;
        var m = o.GetType() == typeof(PyInstance)
            ? LoadInstanceMethod(ts, code, site, Unsafe.As<PyInstance>(o), code.Names[arg], out self)
            : LoadNoDictMethod(ts, code, site, o, code.Names[arg], out self);
        if (self != null)
        {
            Put(slots, sp - 1, m);
            Put(slots, sp++, self);
        }
        else
        {
            Put(slots, sp - 1, ts.Rt.Null);
            Put(slots, sp++, m);
        }
        if (!ReferenceEquals(self, o) && !o.IsImmortal) { f.Sp = sp; DropKeeping(ts, o, self ?? m, slots, sp - 3); }
        f.Sp = sp;
    }
}
