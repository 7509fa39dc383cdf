// Python-to-Python calls without leaving the eval loop (what CPython 3.11+ does).
//
// CALL and CALL_METHOD of a plain Python function (or a bound method of one) do not call Run and
// Eval again: PushFrame binds the arguments into a new frame, links it above the caller exactly as
// Run does (Back, ts.Frame, Executing, the recursion depth) and marks it ReturnsInline, and Eval
// carries on with the new frame. Its RETURN_VALUE pops it (ReturnInline) and finishes the caller's
// CALL the way the case itself does after CallFromStack returns (drop the callable and arguments,
// push the result). Generator functions are not inlined (calling one only builds the generator).
//
// Why the slow path is the same program:
// - The frame is built by the same NewFrame/BindArguments/SaveOriginalParams, before the depth is
//   counted (the frame pool is indexed by depth, as in CallFunctionOrNull then Run).
// - Recursion: the depth is counted and checked against the limit as Run does; past it the
//   RecursionError is raised in the caller at its CALL, as a failed Run would make it. The .NET
//   stack does not grow with inline calls, so Run's execution-stack check is not needed for them.
// - Errors: an exception no handler of an inline frame takes fails that frame (Fail: locals
//   released or passed to the traceback) and continues in its caller as a call returning null
//   does: __context__ (already set) and a traceback entry at the caller's CALL, then the
//   caller's handlers (UnwindFromFailedFrame). An exception a native throws while an inline frame
//   runs reaches Run's catch, which finds that frame as ts.Frame (the innermost frame of this
//   Eval: nested Runs restore ts.Frame when they exit) and unwinds from there the same way.
// - Re-entry (Eval's ReenterSignal) saves the innermost frame; Run resumes ts.Frame.
// - A .NET exception that is not Python's (cancellation, thread interrupt) leaves Run through its
//   finally, which pops the inline frames above Run's own (AbandonInlineFrames), as each nested
//   Run's finally did.
// Every structure touched is the thread's own (ts, its frames and frame pool): nothing is shared.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// The frame Eval runs next for a CALL of <paramref name="callable"/> with args (a view of
    /// caller's stack): a new inline frame; the caller itself when the callable is not a plain
    /// Python function or a bound method of one (nothing done: call it the ordinary way); null
    /// with ts.CurrentException set when binding failed or the recursion limit was reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static Frame? PushFrame(PyThreadState ts, Frame caller, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int callBase, int dropFrom)
    {
        if (callable is PyFunction func)
        {
            if (func.Code.IsGenerator || JitFor(ts, func.Code) != null) return caller; // a compiled one runs through Run (JitEntry.cs)
            return PushFunctionFrame(ts, caller, func, args, kwnames, callBase, dropFrom);
        }
        if (callable is PyMethod { Func: PyFunction mf } m) return PushFrameWithSelf(ts, caller, mf, m.Self, args, kwnames, callBase, dropFrom);
        if (callable is PyType cls) return PushInitFrame(ts, caller, cls, args, kwnames, callBase, dropFrom); // InitCalls.cs
        return caller;
    }

    /// <summary>PushFrame for func(self, *args). A <paramref name="callBase"/> of -1 discards the
    /// result (STORE_ATTR's property setter): the completion then drops the result and the object
    /// at stack index <paramref name="dropFrom"/> (above the caller's Sp), and pushes nothing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static Frame? PushFrameWithSelf(PyThreadState ts, Frame caller, PyFunction func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int callBase, int dropFrom)
    {
        if (func.Code.IsGenerator || args.Length + 1 > ArgBuffer.Capacity || JitFor(ts, func.Code) != null) return caller;
        ArgBuffer buf = default;
        return PushFunctionFrame(ts, caller, func, ArgBuffer.WithSelf(ref buf, self, args), kwnames, callBase, dropFrom);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? PushFunctionFrame(PyThreadState ts, Frame caller, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int callBase, int dropFrom)
    {
        var code = func.Code;
        if (kwnames == null && args.Length == code.SimpleArgCount) return PushSimpleFrame(ts, caller, func, code, args, callBase, dropFrom);
        if (code.PlainArgCount >= 0 && TryPushPlainFrame(ts, caller, func, code, args, kwnames, callBase, dropFrom) is var pf && pf != caller) return pf; // CallBinding.cs
        var frame = NewFrame(ts, func);
        try
        {
            BindArguments(ts, func, frame, args, kwnames);
        }
        catch (PyException e)
        {
            AbandonUnboundFrame(ts, frame);
            ts.CurrentException = e.Value;
            return null;
        }
        return EnterFrame(ts, caller, frame, callBase, dropFrom);
    }

    /// <summary>
    /// PushFunctionFrame for a call with exactly code.SimpleArgCount positional arguments and
    /// no keywords. The eval loop's CALL and CALL_METHOD call it directly for an exact PyFunction
    /// (no PushFrame dispatch); PushFunctionFrame takes the same path, so both are one program.
    /// What NewFrame and BindArguments do for this code (PyCode.SimpleArgCount): no cells, no
    /// generator, exactly the positional parameters; binding cannot fail.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into its two callers, both out of Eval
    private static Frame? PushSimpleFrame(PyThreadState ts, Frame caller, PyFunction func, PyCode code, ReadOnlySpan<PyObject> args, int callBase, int dropFrom)
    {
        var frame = ts.RentFrame(func, code);
        BindPositional(ts, code, frame, args);
        return EnterFrame(ts, caller, frame, callBase, dropFrom);
    }

    /// <summary>PushSimpleFrame with the code.SimpleArgCount arguments at slots[argsFrom..] of the
    /// caller's stack: Eval passes the stack, not a span (whose construction was a call there, Slots.cs).</summary>
    /// <remarks>Out of line: Eval's CALL with it inlined was slower (measured in session 14).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushSimpleFrameOnStack(PyThreadState ts, Frame caller, PyFunction func, PyCode code, PyObject?[] slots, int argsFrom, int callBase, int dropFrom)
    {
        if (JitFor(ts, code) != null) return CallCompiledOnStack(ts, caller, func, code, slots, argsFrom, callBase, dropFrom); // JitEntry.cs
        return PushSimpleFrame(ts, caller, func, code, StackArgs(slots, argsFrom, code.SimpleArgCount), callBase, dropFrom);
    }

    /// <summary>The bound <paramref name="frame"/> becomes the running one, above
    /// <paramref name="caller"/>, which waits for its result (null past the recursion limit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? EnterFrame(PyThreadState ts, Frame caller, Frame frame, int callBase, int dropFrom)
    {
        if (frame.Code.ReboundParams != 0) SaveOriginalParams(frame);
        if (++ts.RecursionDepth > ts.Rt.RecursionLimit)
        {
            FailRecursion(ts, frame); // never a generator frame here: its locals are released
            frame.Rented = false;
            return null;
        }
        caller.CallBase = callBase;
        caller.CallDropFrom = dropFrom;
        caller.CallInit = false; // PushInitFrame sets it after
        caller.CallBinary = 0; // PushBinaryFrame sets it after
        if (!ReferenceEquals(frame.Back, caller)) frame.Back = caller; // a recursion's pooled frame: already linked
        frame.ReturnsInline = true;
        frame.Executing = true;
        ts.EnterCurrentFrame(frame);
        return frame;
    }

    /// <summary>Unlinks an inline frame that returned or failed (Run's exit); returns its caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame PopInline(PyThreadState ts, Frame f)
    {
        f.Executing = false;
        f.Rented = false; // a pooled frame may be reused from now on (unless escaped)
        f.ReturnsInline = false;
        var caller = f.Back!;
        ts.EnterCurrentFrame(caller);
        ts.RecursionDepth--;
        return caller;
    }

    /// <summary>
    /// RETURN_VALUE of an inline frame: releases its locals, pops it and completes the caller's
    /// call with <paramref name="result"/>. What ReleaseLocalsKeeping then ReturnInline do, with
    /// one hold on the result across both (its locals' release and the drop of the call's
    /// arguments must not free it) instead of one each, and without a call for a frame whose
    /// locals TryReleaseSimpleLocals releases and whose caller waits on a plain call.
    /// </summary>
    private static Frame? ReturnFromInline(PyThreadState ts, Frame f, PyObject result)
    {
        // (A borrowed parameter's object is held by the caller's local: nothing here can free it.)
        bool hold = !result.IsImmortal && !(TSync.BorrowsArguments && f.BorrowedParams != 0 && IsBorrowedParam(f, result));
        if (hold) TSync.IncRef(ts, result);
        if (f.StackBase != 0 && !TryReleaseSimpleLocals(ts, f)) ReleaseLocals(ts, f);
        var caller = f.Back!;
        if (caller.CallInit || caller.CallBinary != 0 || caller.CallBase < 0)
        {
            if (hold) TSync.DecRefNoDealloc(ts, result);
            return ReturnInline(ts, f, result);
        }
        PopInline(ts, f);
        var slots = caller.Slots;
        int callBase = caller.CallBase, dropFrom = caller.CallDropFrom;
        DropRange(ts, slots, dropFrom, caller.Sp); // clears those slots
        if (hold) TSync.DecRefNoDealloc(ts, result);
        for (int i = callBase + 1; i < dropFrom; i++) Put(slots, i, null);
        Put(slots, callBase, result);
        caller.Sp = callBase + 1;
        return caller;
    }

    /// <summary>
    /// RETURN_VALUE of an inline frame (its locals already released): pops it and completes the
    /// caller's call with <paramref name="result"/>, as the CALL case does after a call returns.
    /// Returns the caller, its Sp past the result; for an __init__ (InitCalls.cs) that returned
    /// something other than None, the frame that handles the TypeError, or null when it leaves Eval.
    /// </summary>
    private static Frame? ReturnInline(PyThreadState ts, Frame f, PyObject result)
    {
        var caller = PopInline(ts, f);
        var slots = caller.Slots;
        if (caller.CallInit)
        {
            // type.__call__'s completion: the result is the new instance (at CallDropFrom, which
            // held the class), once __init__ returned None.
            caller.CallInit = false;
            if (!ReferenceEquals(result, ts.Rt.None)) return InitReturnedNotNone(ts, caller, result);
            result = slots[caller.CallDropFrom]!;
        }
        if (caller.CallBinary != 0)
        {
            // a OP b's dunder returned (BinaryCalls.cs): NotImplemented leaves nothing else to try.
            int op = caller.CallBinary - 1;
            caller.CallBinary = 0;
            if (ReferenceEquals(result, ts.Rt.NotImplemented)) return BinaryDeclined(ts, caller, op);
        }
        if (caller.CallBase < 0)
        {
            // A property setter (STORE_ATTR): what the case does after CallFunctionWithSelfOrNull.
            ObjectLifecycle<TSync>.DropBorrowed(ts, result);
            ObjectLifecycle<TSync>.DropBorrowed(ts, slots[caller.CallDropFrom]!);
            return caller;
        }
        int sp = caller.Sp;
        DropRangeKeeping(ts, slots, caller.CallDropFrom, sp, result); // clears those slots
        for (int i = caller.CallBase; i < caller.CallDropFrom; i++) Put(slots, i, null);
        sp = caller.CallBase;
        Put(slots, sp++, result);
        caller.Sp = sp;
        return caller;
    }

    /// <summary>
    /// Inline frame <paramref name="f"/> failed (Fail done, ts.CurrentException set): the
    /// exception continues in its callers as a failed call - a traceback entry at each caller's
    /// call, then its handlers - up to the first inline caller whose handler takes it (returned,
    /// ready to run) or the frame Eval was entered with, which fails too (null).
    /// </summary>
    private static Frame? UnwindFromFailedFrame(PyThreadState ts, Frame f)
    {
        while (f.ReturnsInline)
        {
            f = f.Generator == null ? PopInline(ts, f) : GeneratorFailedInline(ts, f); // InlineResume.cs
            if (RaiseInFrame(ts, f, newRaise: true)) return f;
        }
        return null;
    }

    /// <summary>
    /// A frame whose argument binding failed: releases what was bound so far (the arguments'
    /// counts, a *args tuple or **kwargs dict it made) and returns it to the pool. Without this a
    /// failed call kept a count on its arguments, so `C()` with wrong arguments never freed the
    /// new instance (CPython runs its __del__ at once).
    /// </summary>
    internal static void AbandonUnboundFrame(PyThreadState ts, Frame frame)
    {
        // Every bound parameter still holds its argument (ReleaseLocals must not free it).
        if (frame.Code.ReboundParams != 0) SaveOriginalParams(frame);
        ReleaseLocals(ts, frame);
        frame.Rented = false;
    }

    /// <summary>Run's exit with inline frames still above its own (a non-Python .NET exception).</summary>
    private static void AbandonInlineFrames(PyThreadState ts, Frame runFrame)
    {
        for (var c = ts.Frame; c != null && c != runFrame && c.ReturnsInline; c = ts.Frame) AbandonInlineFrame(ts, c); // InlineResume.cs
    }
}
