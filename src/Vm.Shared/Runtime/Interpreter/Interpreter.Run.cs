// Frame entry/exit, exception unwinding and tracebacks around the eval loop.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// Entering f passed the recursion limit (Run, or an inline call): undoes the frame count and leaves
    /// a RecursionError for the caller, with f's locals released (a generator's stay with it). The
    /// native units of a Run entry are the caller's to undo: an inline call adds none (before session
    /// 19 this took them off anyway, so each RecursionError of an inline recursion left the thread's
    /// C-recursion budget 2 units larger: 3,000 caught ones let recursion through a builtin go 8,000 deep, not 5,000).
    /// </summary>
    private static void FailRecursion(PyThreadState ts, Frame f)
    {
        ts.RecursionDepth--;
        var e = ts.Rt.NewException(ts.Rt.ExceptionTypes["RecursionError"], "maximum recursion depth exceeded");
        SetContext(ts, e);
        ts.CurrentException = e;
        if (f.Generator == null) ReleaseLocals(ts, f);
    }

    /// <summary>Runs a frame to completion (or to a yield). Returns null with ts.CurrentException set on error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a forwarder: no extra .NET frame per entry
    public static PyObject? Run(PyThreadState ts, Frame f, PyBaseException? throwIn = null) => Run(ts, f, throwIn, ref ts.NativeRecursionDepth);

    /// <summary>Run for a call the eval loop would have made inline, made by compiled code
    /// (Compiler/Interpreter.JitEntry.cs, CallSimpleFunction): its .NET nesting counts in
    /// PyThreadState.JitNativeDepth, not in the C-recursion budget the interpreter's call does not spend.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? RunInlineCall(PyThreadState ts, Frame f) => Run(ts, f, null, ref ts.JitNativeDepth);

    private static PyObject? Run(PyThreadState ts, Frame f, PyBaseException? throwIn, ref int native)
    {
        // Each entry of the eval loop also spends C-recursion budget (CPython 3.13's
        // PY_EVAL_C_STACK_UNITS): recursion through a builtin that calls back into Python (a sort
        // key, map) ends in RecursionError near CPython's depth instead of after hundreds of
        // thousands of nested .NET frames, which every .NET GC walks (PyThreadState.EvalEntryUnits).
        native += PyThreadState.EvalEntryUnits;
        if (++ts.RecursionDepth > ts.Rt.RecursionLimit || ts.NativeRecursionDepth > PyThreadState.NativeRecursionLimit || !ts.HasStackRoom())
        {
            native -= PyThreadState.EvalEntryUnits;
            FailRecursion(ts, f);
            return null;
        }
        f.Back = ts.Frame;
        if (f.Generator != null) f.Escaped = false; // a new Back chain, not marked yet (Frame.MarkEscaped)
        ts.Frame = f;
        f.Executing = true;
        try
        {
            if (throwIn != null)
            {
                if (ts.TraceOn) throwIn = TraceThrowIn(ts, f, throwIn); // Tracing/Interpreter.Tracing.cs: 'call', 'exception'
                else AddTraceback(ts, f, throwIn);
                if (!Unwind(ts, f, throwIn))
                {
                    if (ts.TraceOn && !TraceReturn(ts, f, null)) throwIn = (PyBaseException)TakeException(ts).Value;
                    return Fail(ts, f, throwIn);
                }
            }
            var cur = f; // the innermost frame: f, or an inline call's frame above it (InlineCalls.cs)
            // Compiler/Interpreter.JitEntry.cs: a fresh function frame whose code is compiled runs
            // the compiled body once instead of Eval (errors unwind below exactly as Eval's do);
            // so does a generator frame at a resume point (Interpreter.JitGenerators.cs).
            var jit = throwIn == null && f.Func != null && (f.Generator == null ? f.Ip == 0 : JitResumable(f)) ? JitFor(ts, f.Code) : null;
            while (true)
            {
                PyBaseException e;
                try
                {
                    PyObject? r;
                    bool compiled = jit != null;
                    if (compiled)
                    {
                        var j = jit!;
                        jit = null;
                        r = j(ts, cur);
                    }
                    else r = ts.TraceOn ? Eval<Traced>(ts, cur) : Eval<NoTrace>(ts, cur); // Tracing/TraceModes.cs
                    if (!ReferenceEquals(r, ReenterSignal)) return r;
                    cur = ts.Frame!;
                    NoteHotLoop(ts, cur.Code); // JitEntry.cs: 2^13 back edges count towards compiling
                    if (!compiled && ReferenceEquals(cur, f) && ts.Rt.JitMode != 0) jit = JitAtLoopHead(ts, f); // Compiler/Interpreter.JitLoops.cs
                    continue;
                }
                catch (PyException ex)
                {
                    e = ex.Value;
                    SetContext(ts, e);
                }
                catch (InsufficientExecutionStackException)
                {
                    e = ts.Rt.NewException(ts.Rt.ExceptionTypes["RecursionError"], "maximum recursion depth exceeded");
                }
                catch (OutOfMemoryException)
                {
                    e = ts.Rt.NewException(ts.Rt.ExceptionTypes["MemoryError"], ts.Rt.EmptyTuple);
                }
                catch (Exception ex) when (IsInternalFault(ex))
                {
                    // A .NET exception escaping a builtin is a bug in the VM, but it must not take the
                    // host down: it becomes a SystemError (CPython's "internal error" type) that the
                    // script can see, catch and report, with the .NET type and message.
                    e = ts.Rt.NewException(ts.Rt.ExceptionTypes["SystemError"], $"internal error in the VM: {ex.GetType().FullName}: {ex.Message}");
                    SetContext(ts, e);
                }
                // Thrown while the innermost frame of this Eval ran (nested Runs restore ts.Frame).
                cur = ts.Frame!;
                AddTraceback(ts, cur, e);
                if (ts.TraceOn) e = TraceCaught(ts, cur, e); // Tracing/Interpreter.Tracing.cs: the 'exception' event
                if (Unwind(ts, cur, e)) continue;
                Fail(ts, cur, e);
                if ((ts.TraceOn ? TracedUnwindFromFailedFrame(ts, cur) : UnwindFromFailedFrame(ts, cur)) is not { } handler) return null;
                cur = handler;
            }
        }
        catch (Exception) when (MarkAbandoned(ts))
        {
            throw; // never reached: the filter only marks the frames
        }
        finally
        {
            if (!ReferenceEquals(ts.Frame, f)) AbandonInlineFrames(ts, f);
            f.Executing = false;
            f.Rented = false; // a pooled frame may be reused from now on (unless escaped)
            ts.Frame = f.Back;
            ts.RecursionDepth--;
            native -= PyThreadState.EvalEntryUnits;
        }
    }

    /// <summary>A non-Python .NET exception leaves Run (cancellation, an interrupt): the frames it
    /// abandons keep their locals, so none of them may be reused by the frame pool (Frame.Reinit).
    /// An exception filter: it runs before the inner frames' finally blocks, while ts.Frame is
    /// still the innermost frame, and lets the exception go on.</summary>
    private static bool MarkAbandoned(PyThreadState ts)
    {
        Frame.MarkEscaped(ts.Frame);
        return false;
    }

    /// <summary>A .NET exception that is not part of the VM's or a test harness's control flow
    /// (Python exceptions, stack/memory exhaustion handled above, cancellation and thread
    /// interruption used by hosts, and Coyote's exceptions that end a test iteration).</summary>
    private static bool IsInternalFault(Exception ex) =>
        ex is not (PyException or OperationCanceledException or ThreadInterruptedException or Vm.Hosting.LimitExceededException)
        && !(ex.GetType().FullName ?? "").StartsWith("Microsoft.Coyote", StringComparison.Ordinal);

    private static PyObject? Fail(PyThreadState ts, Frame f, PyBaseException e)
    {
        ts.CurrentException = e;
        if (f.Generator != null) f.Finished = true;
        else if (e.Traceback is { OwnsFrameLocals: false } tb && ReferenceEquals(tb.Frame, f) && f.StackBase > 0 && !IsInlinedInCPython(f.Code))
        {
            CountFreeVars(ts, f); // the traceback may outlive the function that lent them
            if (TSync.BorrowsArguments) CountBorrowedParams(ts, f); // and the caller that lent these
            tb.OwnsFrameLocals = true; // the escaped frame's locals now belong to its traceback entry
            if (f.CellArgs != null) Array.Clear(f.CellArgs); // (its cells count what they hold)
        }
        else ReleaseLocals(ts, f);
        return null;
    }

    /// <summary>
    /// A generator frame that failed (Fail marked it finished): its locals go to the traceback entry
    /// of the exception leaving it, as a function frame's do in Fail (CPython keeps them reachable
    /// through tb_frame.f_locals while the traceback lives); else they are released now. Generator
    /// frames never borrow their parameters (CanBorrow). Not for StopIteration, StopAsyncIteration and
    /// GeneratorExit: the runtime swallows those where it drives the generator (loops, yield from,
    /// close(), anext's default) without the exception object ever reaching Python code, and their
    /// tracebacks then die at once in CPython too.
    /// </summary>
    internal static void ReleaseFailedGeneratorLocals(PyThreadState ts, Frame f)
    {
        if (ts.CurrentException is PyBaseException { Traceback: { OwnsFrameLocals: false } tb } e && ReferenceEquals(tb.Frame, f) && f.StackBase > 0
            && !IsGeneratorControlException(ts.Rt, e))
        {
            CountFreeVars(ts, f);
            tb.OwnsFrameLocals = true;
            if (f.CellArgs != null) Array.Clear(f.CellArgs);
            return;
        }
        ReleaseLocals(ts, f);
    }

    private static bool IsGeneratorControlException(PyRuntime rt, PyBaseException e)
    {
        var t = e.Type;
        var x = rt.ExceptionTypes;
        return t.IsSubtypeOf(x["StopIteration"]) || t.IsSubtypeOf(x["StopAsyncIteration"]) || t.IsSubtypeOf(x["GeneratorExit"]);
    }

    /// <summary>True when a borrowed parameter slot of f holds o.</summary>
    private static bool IsBorrowedParam(Frame f, PyObject o)
    {
        ulong b = f.BorrowedParams;
        var slots = f.Slots;
        for (int i = 0; b != 0; i++, b >>= 1)
            if ((b & 1) != 0 && ReferenceEquals(slots[i], o)) return true;
        return false;
    }

    /// <summary>Borrowed parameters (BindArguments) become counted references of the frame.</summary>
    private static void CountBorrowedParams(PyThreadState ts, Frame f)
    {
        ulong b = f.BorrowedParams;
        if (b == 0) return;
        f.BorrowedParams = 0;
        var slots = f.Slots;
        for (int i = 0; b != 0; i++, b >>= 1)
            if ((b & 1) != 0 && slots[i] is { } v) ObjectLifecycle<TSync>.IncRef(ts, v);
    }

    /// <summary>Borrowed free-variable cells (SetupCells) become counted references of the frame.</summary>
    private static void CountFreeVars(PyThreadState ts, Frame f)
    {
        if (!f.FreeVarsBorrowed) return;
        f.FreeVarsBorrowed = false;
        var slots = f.Slots;
        for (int i = f.StackBase - f.Code.NFree; i < f.StackBase; i++)
            if (slots[i] is { } c) ObjectLifecycle<TSync>.IncRef(ts, c);
    }

    /// <summary>List, set and dict comprehensions run inline in CPython 3.13 (PEP 709): no frame
    /// outlives them, so their iteration state is released as the exception leaves them.</summary>
    private static bool IsInlinedInCPython(PyCode code) => code.Name.Value is "<listcomp>" or "<setcomp>" or "<dictcomp>";

    /// <summary>Sets __context__ of a newly raised exception to the exception being handled (once:
    /// an exception propagating from a callee had its context decided where it was raised).</summary>
    internal static void SetContext(PyThreadState ts, PyBaseException e)
    {
        if (e.ContextDecided) return;
        e.ContextDecided = true;
        var handled = ts.HandledException as PyBaseException;
        if (handled == null || ReferenceEquals(handled, e) || e.Context != null) return;
        // Avoid cycles: cut the chain where it would loop back to e.
        PyBaseException? o = handled;
        while (o != null)
        {
            if (ReferenceEquals(o.Context, e))
            {
                ExceptionLinks<TSync>.SetContext(ts, o, null);
                break;
            }
            o = o.Context as PyBaseException;
        }
        ExceptionLinks<TSync>.SetContext(ts, e, handled);
    }

    internal static void AddTraceback(PyThreadState ts, Frame f, PyBaseException e)
    {
        var line = f.Code.Unit.LineAt(f.LastIp);
        if (e.Traceback != null && ReferenceEquals(e.Traceback.Frame, f) && e.Traceback.InstrIndex == f.LastIp) return;
        Frame.MarkEscaped(f); // tb_frame and its f_back chain outlive the calls
        var tb = new PyTraceback(ts.Rt.TracebackType, e.Traceback, f.Code, line, f.LastIp, f);
        if (e.Traceback != null) ObjectLifecycle<TSync>.IncRef(ts, e.Traceback); // tb_next
        ExceptionLinks<TSync>.SetTraceback(ts, e, tb);
    }

    /// <summary>
    /// Finds a handler in f's block stack; sets up the stack and ip and returns true, or returns false.
    /// The exception in flight holds a count while the blocks unwind: leaving a handler that handled it
    /// (the cleanup of `except E as err:` around a bare `raise`, or a `raise X from err`'s cause) drops
    /// the count the handler took, and a floating exception freed there would release its args and
    /// cause while it propagates on. A count of zero afterwards leaves it floating, as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its try region must not be inlined into Eval (EvalLoopInliningTests)
    internal static bool Unwind(PyThreadState ts, Frame f, PyBaseException exc)
    {
        if (exc.IsImmortal) return UnwindBlocks(ts, f, exc);
        TSync.IncRef(ts, exc);
        try
        {
            return UnwindBlocks(ts, f, exc);
        }
        finally
        {
            TSync.DecRefNoDealloc(ts, exc);
        }
    }

    private static bool UnwindBlocks(PyThreadState ts, Frame f, PyBaseException exc)
    {
        var slots = f.Slots;
        while (f.BlockCount > 0)
        {
            var b = f.Blocks[--f.BlockCount];
            if (b.Kind == BlockKind.ExceptHandler)
            {
                var prev = slots[f.StackBase + b.Level];
                // The slot's count passes back to the handled-exception state (LeaveHandler).
                slots[f.StackBase + b.Level] = null;
                ExceptionLinks<TSync>.LeaveHandler(ts, prev);
                PopTo(ts, f, f.StackBase + b.Level);
                continue;
            }
            PopTo(ts, f, f.StackBase + b.Level);
            f.PushBlock(BlockKind.ExceptHandler, -1, b.Level);
            // The previously handled exception moves to the stack with its count (restored by
            // POP_EXCEPT or by unwinding through this handler).
            slots[f.Sp++] = ts.HandledException ?? ts.Rt.None;
            ExceptionLinks<TSync>.EnterHandler(ts, exc);
            slots[f.Sp++] = exc;
            f.Ip = b.Handler;
            return true;
        }
        PopTo(ts, f, f.StackBase);
        return false;
    }

    private static void PopTo(PyThreadState ts, Frame f, int level)
    {
        var slots = f.Slots;
        while (f.Sp > level)
        {
            var v = slots[--f.Sp];
            slots[f.Sp] = null;
            if (v != null && v is not NullMarker) ObjectLifecycle<TSync>.DropBorrowed(ts, v);
        }
    }

    /// <summary>Releases the frame's counted references (locals and cells) at exit.</summary>
    internal static void ReleaseLocals(PyThreadState ts, Frame f)
    {
        if (TryReleaseSimpleLocals(ts, f)) return;
        var slots = f.Slots;
        int n = f.StackBase;
        int i = 0;
        bool deferParams = false;
        if (f.FreeVarsBorrowed)
        {
            // Borrowed from the function's closure (SetupCells): forgotten, not released.
            f.FreeVarsBorrowed = false;
            int nfree = Math.Min(f.Code.NFree, n);
            n -= nfree;
            Array.Clear(slots, n, nfree);
        }
        if (f.Generator == null && f.Func != null)
        {
            // Parameters: the caller's (uncounted) stack reference keeps an argument alive until the
            // call expression is done, as in CPython, so a floating argument is not freed here but
            // when the caller drops it (`A().m()`, `__init__` of a new object).
            int nparams = f.Code.ArgCount + f.Code.KwOnlyArgCount;
            // A parameter the body rebound may hold an object of this call's own: released in full
            // unless it is still the argument (Frame.OriginalParams).
            ulong borrowed = TSync.BorrowsArguments ? f.BorrowedParams : 0;
            if (borrowed != 0) f.BorrowedParams = 0;
            ulong rebound = f.Code.ReboundParams;
            var originals = rebound != 0 ? f.OriginalParams : null;
            // A parameter that still holds its argument gives its count back after the other locals
            // are released (deferred: as in TryReleaseSimpleLocals, a local may be a second reference
            // to a floating argument); it frees nothing, so the deferral changes no __del__ order.
            for (; i < nparams && i < n; i++)
            {
                var p = slots[i];
                if (p == null) continue;
                if (borrowed != 0 && i < 64 && (borrowed & (1UL << i)) != 0) { slots[i] = null; continue; } // the caller's reference (BindArguments)
                if (p.IsImmortal) { slots[i] = null; continue; }
                if (originals != null && i < 64 && (rebound & (1UL << i)) != 0 && !ReferenceEquals(p, originals[i]))
                {
                    slots[i] = null;
                    ObjectLifecycle<TSync>.DecRef(ts, p);
                }
                else deferParams = true; // stays in its slot until the end
            }
            if (originals != null) Array.Clear(originals);
        }
        if (f.CellArgs != null && f.Generator == null)
        {
            // The other locals first (a closure among them may hold the cells), as the slot order has it.
            ReleaseSlots(ts, slots, i, Math.Min(f.Code.NLocals, n));
            ReleaseCellArgs(ts, f);
        }
        ReleaseSlots(ts, slots, i, n);
        if (deferParams)
        {
            for (int j = 0; j < i; j++)
            {
                var p = slots[j];
                if (p == null) continue;
                slots[j] = null;
                TSync.DecRefNoDealloc(ts, p);
            }
        }
    }

    private static void ReleaseSlots(PyThreadState ts, PyObject?[] slots, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var v = slots[i];
            if (v == null) continue;
            slots[i] = null;
            if (!v.IsImmortal) ObjectLifecycle<TSync>.DecRef(ts, v);
        }
    }

    /// <summary>
    /// ReleaseLocals for a frame of a code with PyCode.PlainArgCount (no cell variables; free
    /// variables only when borrowed from the closure; not a generator) whose body rebinds no
    /// parameter and that borrowed none: the borrowed cells are forgotten, the parameters still
    /// hold the caller's arguments (released without deallocation, as ReleaseLocals does), the
    /// other locals are released in full. False, nothing done, for any other frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReleaseSimpleLocals(PyThreadState ts, Frame f)
    {
        var code = f.Code;
        int nparams = code.PlainArgCount;
        if (nparams < 0 || code.ReboundParams != 0 || (TSync.BorrowsArguments && f.BorrowedParams != 0)) return false;
        var slots = f.Slots;
        int n = f.StackBase;
        if (code.NFree != 0)
        {
            if (!f.FreeVarsBorrowed) return false;
            f.FreeVarsBorrowed = false;
            n -= code.NFree;
            Array.Clear(slots, n, code.NFree);
        }
        if (f.Func == null) nparams = 0; // a module or class body (no parameters: its code has none)
        nparams = Math.Min(nparams, n);
        // The other locals first: one may be a second reference to an argument (`o = other`), and its
        // release must not free an argument the caller still holds (floating) before the parameter's
        // count is given back. Giving a parameter's count back frees nothing, so doing it last
        // changes no __del__ order.
        for (int i = nparams; i < n; i++)
        {
            var v = slots[i];
            if (v == null) continue;
            slots[i] = null;
            if (!v.IsImmortal) ObjectLifecycle<TSync>.DecRef(ts, v);
        }
        for (int i = 0; i < nparams; i++)
        {
            var p = slots[i];
            if (p == null) continue;
            slots[i] = null;
            if (!p.IsImmortal) TSync.DecRefNoDealloc(ts, p);
        }
        return true;
    }

    /// <summary>
    /// The cells that hold arguments (ArgsToCells), at a plain call's return: a cell that dies with
    /// the frame and still holds its argument leaves it floating for the caller's stack reference,
    /// as a parameter slot does, instead of freeing it while the caller holds it (a `__hash__`
    /// whose generator expression captures self ran on an object BUILD_SET was about to store).
    /// A cell a closure still holds keeps counting its contents; one rebound inside the call
    /// releases what it holds in full.
    /// </summary>
    private static void ReleaseCellArgs(PyThreadState ts, Frame f)
    {
        var args = f.CellArgs!;
        var slots = f.Slots;
        int nloc = f.Code.NLocals;
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == null) continue;
            args[i] = null;
            if (slots[nloc + i] is not PyCell cell) continue;
            slots[nloc + i] = null;
            if (!TSync.DecRef(ts, cell))
            {
                Vm.Runtime.Gc.GcCandidates.Note(ts, cell);
                continue;
            }
            if (ReferenceEquals(cell.Contents, a))
            {
                cell.Contents = null;
                if (!a.IsImmortal) TSync.DecRefNoDealloc(ts, a);
            }
            ObjectLifecycle<TSync>.Deallocate(ts, cell);
        }
    }

    /// <summary>Releases locals while keeping `result` alive for the caller (it becomes floating).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ReleaseLocalsKeeping(PyThreadState ts, Frame f, PyObject result)
    {
        if (f.StackBase == 0) return;
        if (result.IsImmortal || (TSync.BorrowsArguments && f.BorrowedParams != 0 && IsBorrowedParam(f, result)))
        {
            // (A borrowed parameter's object is held by the caller's local: releasing cannot free it.)
            ReleaseLocals(ts, f);
            return;
        }
        TSync.IncRef(ts, result);
        ReleaseLocals(ts, f);
        TSync.DecRefNoDealloc(ts, result);
    }
}

/// <summary>The NULL marker LOAD_METHOD pushes when the attribute is already bound.</summary>
public sealed class NullMarker : PyObject
{
    public NullMarker(PyType t) : base(t) { MakeImmortal(); }
}
