// Baseline compiler: a call of a compiled function, from compiled code (JitCall) or from the eval
// loop (CallCompiledOnStack), that enters the compiled body directly instead of through Run.
//
// Design note:
// - Which calls: an exact PyFunction whose code is compiled (PyCode.Jit), called with exactly
//   code.SimpleArgCount positional arguments and no keywords (what PushSimpleFrame inlines in Eval),
//   while the thread's native recursion is within JitNativeDepthBudget (JitFor's condition). From
//   compiled code also the two calls the eval loop makes inline besides: a class's compiled plain
//   __init__ (PushInitFrame's conditions; TypeCallDefault's program around it) and an instance's
//   compiled operator dunder (PushBinaryFrame's conditions, PlainBinaryDunder).
// - What Run does for such a frame reduces to this: the frame is a fresh plain function frame (no
//   generator, no exception thrown in, Ip 0) and its body is compiled, so Run's loop runs it once
//   (a compiled body never pushes inline frames, and returns Eval's re-entry signal only for code with
//   handler blocks, which CompiledCallee leaves to Run: JitEmitter.Handlers.cs).
// - Kept exactly as in Run: the recursion accounting and its checks in Run's order (RecursionDepth
//   against the limit, the native depth by EvalEntryUnits (within budget by CompiledCallee), the .NET stack: asked at every eighth depth only, StackCheckMask), so RecursionError comes
//   at the same depth (the units go to PyThreadState.JitNativeDepth, not NativeRecursionDepth: the
//   interpreter makes such a call inline, without spending C-recursion budget); the frame's link (Back, ts.Frame, Executing) and unlink (Executing, Rented,
//   ts.Frame, both depths) on every exit; the handlers (a Python exception gets its context, a
//   traceback entry at the callee's LastIp, and leaves the callee failed as Fail leaves it; .NET
//   faults become RecursionError/MemoryError/SystemError as in Run; any other .NET exception marks the
//   frames abandoned and passes).
// - Cheaper than Run: the current frame is switched with EnterCurrentFrame (an int store for a pooled
//   frame) instead of reference stores with the GC's write barrier, and Back is stored only when it
//   changes (a recursion's pooled frame is already linked to its caller), as Eval's inline call does.
// - Nothing here is shared: ts, its frames and its frame pool are the calling thread's.
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>The compiled body of <paramref name="code"/> when a call of it may enter that body
    /// directly (compiled, and the native recursion within budget), else null. Counts nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JitCode? CompiledCallee(PyThreadState ts, PyCode code) =>
        code.Jit is JitCode j && WithinJitBudget(ts) && !code.HasHandlerBlocks ? j : null;

    /// <summary>func(*args) for compiled <paramref name="body"/> of code with code.SimpleArgCount ==
    /// args.Length: CallSimpleFunction's frame, then the body entered as Run would enter it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CallCompiled(PyThreadState ts, PyFunction func, PyCode code, JitCode body, ReadOnlySpan<PyObject> args)
    {
        var frame = ts.RentFrame(func, code);
        BindPositional(ts, code, frame, args);
        if (code.ReboundParams != 0) SaveOriginalParams(frame);
        return RunCompiled(ts, frame, body);
    }

    /// <summary>
    /// cls(*args) from compiled code (JitCall) when type.__call__ would allocate with object.__new__
    /// and run a compiled plain __init__ that takes exactly the instance and the arguments
    /// (TypeOps.PlainInit, PushInitFrame's conditions): TypeCallDefault's program for such a class with
    /// __init__ entered directly. False, nothing done, for any other class. True with the instance, or
    /// with null and the error pending: __init__ failed or returned something other than None (the
    /// instance released first, as TypeCallDefault releases it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryCallCompiledInit(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, out PyObject? result)
    {
        result = null;
        if ((cls.Flags & TypeFlags.HeapType) == 0 || !ReferenceEquals(cls.Type, ts.Rt.TypeType) || args.Length + 1 > ArgBuffer.Capacity) return false;
        if (TypeOps<TSync>.PlainInit(ts, cls) is not { } init || init.Code is not { } code || code.SimpleArgCount != args.Length + 1 || CompiledCallee(ts, code) is not { } body) return false;
        var obj = TypeOps<TSync>.AllocForInit(ts, cls, args, null);
        ArgBuffer buf = default;
        var r = CallCompiled(ts, init, code, body, ArgBuffer.WithSelf(ref buf, obj, args));
        if (r == null)
        {
            ObjectLifecycle<TSync>.DropBorrowed(ts, obj);
            return true;
        }
        if (!ReferenceEquals(r, ts.Rt.None))
        {
            var e = TypeOps<TSync>.InitReturnedError(ts, r);
            ObjectLifecycle<TSync>.DropBorrowed(ts, obj);
            ts.CurrentException = e.Value;
            return true;
        }
        result = obj;
        return true;
    }

    /// <summary>
    /// a OP b from compiled code (JitBinaryOp; a a plain instance, a and b at slots[aIndex..aIndex+2))
    /// when the eval loop would enter the dunder inline (BinaryCalls.cs, PlainBinaryDunder) and it is
    /// compiled: the dunder entered directly with (a, b). False, nothing done, otherwise. True with
    /// the result, or with null and the error pending (the dunder failed, or returned NotImplemented:
    /// BinaryOp's TypeError, as the eval loop's completion raises it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryCallCompiledBinary(PyThreadState ts, PyObject a, PyObject b, int op, PyObject?[] slots, int aIndex, out PyObject? result)
    {
        result = null;
        if (PlainBinaryDunder(ts.Rt, a, b, op) is not { } fn || fn.Code is not { SimpleArgCount: 2 } code || CompiledCallee(ts, code) is not { } body) return false;
        var r = CallCompiled(ts, fn, code, body, StackArgs(slots, aIndex, 2));
        if (r != null && ReferenceEquals(r, ts.Rt.NotImplemented))
        {
            ts.CurrentException = Ops<TSync>.BinaryOpError(ts.Rt, a, b, op).Value;
            return true;
        }
        result = r;
        return true;
    }

    /// <summary>RunCompiled asks HasStackRoom at the depths that are a multiple of 8 (StackCheckMask + 1) only
    /// (its thread check reads a thread-static: ~3.5% of fib's compiled call). Sound: every entry of
    /// Python code on a thread starts in Run, which checks at every depth, and the at most 7 compiled
    /// frames between two checks (JitCall, CallCompiled, RunCompiled and the body: well under 2 KB
    /// each) fit many times in the 64 KB at least that a passed check leaves below it.</summary>
    private const int StackCheckMask = 7;

    /// <summary>Run(ts, f) for a fresh plain function frame whose code's compiled body is
    /// <paramref name="body"/> (see the design note): the result, or null with ts.CurrentException set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? RunCompiled(PyThreadState ts, Frame f, JitCode body)
    {
        ts.JitNativeDepth += PyThreadState.EvalEntryUnits; // the eval loop's call would be inline: not C-recursion budget
        int depth = ++ts.RecursionDepth;
        // (Run's NativeRecursionDepth > NativeRecursionLimit cannot hold here: body came from CompiledCallee,
        // whose WithinJitBudget bounds NativeRecursionDepth by JitNativeDepthBudget, far below that limit.)
        if (depth > ts.Rt.RecursionLimit || (depth & StackCheckMask) == 0 && !ts.HasStackRoom())
        {
            ts.JitNativeDepth -= PyThreadState.EvalEntryUnits;
            FailRecursion(ts, f);
            return null;
        }
        var link = f.Back;
        if (link == null || !ts.IsCurrentFrame(link)) f.Back = ts.Frame; // (compared by pool slot: no load of the pooled frame)
        ts.EnterCurrentFrame(f);
        f.Executing = true;
        try
        {
            try
            {
                return body(ts, f);
            }
            catch (Exception ex) when (ex is PyException || IsInternalFault(ex))
            {
                return CompiledFrameFailed(ts, ex);
            }
        }
        catch (Exception) when (MarkAbandoned(ts))
        {
            throw; // never reached: the filter only marks the frames
        }
        finally
        {
            // Run's exit: the frame unlinked (a pooled frame may be reused from now on, unless escaped)
            if (!ts.IsCurrentFrame(f)) AbandonInlineFrames(ts, f);
            f.Executing = f.Rented = false;
            ts.EnterCurrentFrame(f.Back!);
            ts.RecursionDepth--;
            ts.JitNativeDepth -= PyThreadState.EvalEntryUnits;
        }
    }

    /// <summary>Run's handlers for an exception thrown while a compiled frame ran (ts.Frame, as in Run:
    /// nested Runs restore it): the Python exception, or the one Run makes of a .NET fault, gets its
    /// traceback entry and leaves the frame (a compiled body has no handler blocks), which fails.
    /// Null for the caller, with ts.CurrentException set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? CompiledFrameFailed(PyThreadState ts, Exception ex)
    {
        var rt = ts.Rt;
        PyBaseException e;
        switch (ex)
        {
            case PyException pe:
                e = pe.Value;
                SetContext(ts, e);
                break;
            case InsufficientExecutionStackException:
                e = rt.NewException(rt.ExceptionTypes["RecursionError"], "maximum recursion depth exceeded");
                break;
            case OutOfMemoryException:
                e = rt.NewException(rt.ExceptionTypes["MemoryError"], rt.EmptyTuple);
                break;
            default:
                e = rt.NewException(rt.ExceptionTypes["SystemError"], $"internal error in the VM: {ex.GetType().FullName}: {ex.Message}");
                SetContext(ts, e);
                break;
        }
        var cur = ts.Frame!;
        AddTraceback(ts, cur, e);
        bool handled = Unwind(ts, cur, e); // drops the spilled value stack
        Debug.Assert(!handled, "a compiled frame has no handler blocks");
        Fail(ts, cur, e);
        return null;
    }
}
