// Baseline compiler, entry side: when a code object is compiled, and how compiled code is entered.
//
// Design note (the whole of Runtime/Compiler/):
// - What is compiled: a function's, generator's, coroutine's or class body's code (no async generator; only the
//   opcodes JitEmitter supports) becomes a DynamicMethod `PyObject? (PyCode, PyThreadState ts, Frame f)`,
//   called through a delegate closed over the code (no shuffle thunk), that runs the frame from its first instruction to its return, as Eval would (JitEmitter.cs), or from
//   a generator's resume point, or from a loop head when Eval hands it a running frame
//   (Interpreter.JitLoops.cs: the only way module code runs compiled).
// - When: on by default (PyRuntime.JitMode 1; PYVM_JIT=0 or -X nojit turn it off; PYVM_JIT=always
//   or -X jit=always compile at the first call).
//   Each entry of the code (Run, or the eval loop's inline-call paths, which then call through Run)
//   counts a call; every 2^13 back edges of a long loop count as HotLoopWeight calls (Eval's re-entry
//   into Run). At JitThreshold the calling thread compiles it. A code object that cannot be compiled
//   (unsupported opcode, no dynamic code under NativeAOT, an emission failure) is marked so once and
//   keeps running in Eval: never a crash, never a different behaviour.
// - Publication (free-threaded backend: threads call the same code concurrently): one thread wins
//   JitState 0 -> 1 with a compare-exchange and compiles; the others keep interpreting. The delegate
//   is published with a release store (Volatile.Write) before JitState becomes 2; a reader that sees
//   the delegate sees a fully built one (its type check `is JitCode` reads the object it loaded).
// - Depth: compiled calls nest on the .NET stack (through Run), so beyond JitNativeDepthBudget frames
//   run in Eval, whose inline calls do not; the RecursionError depth is the interpreter's.
// - Frames: a compiled function runs in its own Frame exactly as Eval does (Run links it, counts the
//   recursion depth and the .NET stack, and unwinds it on error); locals stay in f.Slots; only the
//   value stack lives in IL locals between the points where the interpreter would call out.
// - Calls out of compiled code go through Run (Interpreter.JitOps.cs), except a plain positional call
//   of a compiled function, from compiled code or from the eval loop (PushFrame and friends decline to
//   inline it), which enters the compiled body directly with Run's accounting (Interpreter.JitCalls.cs).
//   A property's compiled getter or setter is entered the same way, from compiled code and from the
//   eval loop (Interpreter.JitAccessors.cs).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>A compiled code object's body (JitEmitter): runs fresh frame f to its return value, or
    /// returns null with the frame failed (RaiseInFrame done), or ReenterSignal when a handler block of
    /// f took an exception (Run continues f in Eval: JitEmitter.Handlers.cs), or throws PyException like Eval.</summary>
    internal delegate PyObject? JitCode(PyThreadState ts, Frame f);

    /// <summary>Calls counted before a code object is compiled (PyRuntime.JitMode 1).</summary>
    internal const int JitThreshold = 64;
    /// <summary>
    /// Compiled code is entered only while the thread's native recursion (PyThreadState.NativeRecursionDepth
    /// plus JitNativeDepth, two units per Run or compiled call) is below this: every compiled call is a .NET call through Run, while the
    /// interpreter runs Python-to-Python calls inline without growing the .NET stack. Deeper, frames
    /// run in Eval, so a program that raises the recursion limit (sys.setrecursionlimit(60000)) recurses
    /// as deep as interpreted, and reaches RecursionError at the same depth.
    /// </summary>
    private const int JitNativeDepthBudget = 1500;
    /// <summary>Whether compiled code may be entered at this .NET depth (JitNativeDepthBudget): the
    /// C-recursion units of Run's entries and those of compiled code's calls the eval loop would make inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WithinJitBudget(PyThreadState ts) => ts.NativeRecursionDepth + ts.JitNativeDepth <= JitNativeDepthBudget;

    /// <summary>What one re-entry of Eval (2^13 back edges, Eval.cs ReentryBackEdges) counts.</summary>
    private const int HotLoopWeight = 16;

    /// <summary>The compiled body of <paramref name="code"/>, or null (not compiled, or the compiler is
    /// off). Counts the call, and compiles when the count reaches the threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JitCode? JitFor(PyThreadState ts, PyCode code)
    {
        if (code.Jit is JitCode j) return WithinJitBudget(ts) ? j : null;
        if (ts.Rt.JitMode == 0 || code.JitState != 0) return null;
        return CountJitCall(ts, code, 1);
    }

    /// <summary>Eval re-entered Run for a frame of <paramref name="code"/> (a long-running loop).</summary>
    private static void NoteHotLoop(PyThreadState ts, PyCode code)
    {
        if (ts.Rt.JitMode != 0 && code.JitState == 0) CountJitCall(ts, code, HotLoopWeight);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JitCode? CountJitCall(PyThreadState ts, PyCode code, int weight)
    {
        // A racy count is fine: it only decides when, and the compare-exchange below decides who.
        if (ts.Rt.JitMode == 1 && (code.JitCalls += weight) < JitThreshold) return null;
        if (Interlocked.CompareExchange(ref code.JitState, 1, 0) != 0) return null;
        JitCode? compiled = null;
        string? declined = null;
        try
        {
            compiled = JitEmitter<TSync>.TryCompile(code);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ThreadInterruptedException or OperationCanceledException))
        {
            compiled = null; // an emission failure only means "keep interpreting"
            declined = "emission failed: " + ex.GetType().Name + ": " + ex.Message;
        }
        if (compiled == null)
        {
            if (JitLog.Enabled) JitLog.Declined(code, declined ?? JitEmitter<TSync>.Ineligible(code) ?? "no dynamic code");
            Volatile.Write(ref code.JitState, 3);
            return null;
        }
        if (JitLog.Enabled) JitLog.Compiled(code);
        Volatile.Write(ref code.Jit, compiled);
        Volatile.Write(ref code.JitState, 2);
        return WithinJitBudget(ts) ? compiled : null; // (not past the budget: a traced thread's JitNativeDepth is)
    }

    /// <summary>func(*args) for code with code.SimpleArgCount == args.Length: what CallFunctionOrNull does
    /// for such code (NewFrame, BindArguments: see PushSimpleFrame), then Run; null with the error pending.</summary>
    private static PyObject? CallSimpleFunction(PyThreadState ts, PyFunction func, PyCode code, ReadOnlySpan<PyObject> args)
    {
        var frame = ts.RentFrame(func, code);
        BindPositional(ts, code, frame, args);
        if (code.ReboundParams != 0) SaveOriginalParams(frame);
        return RunInlineCall(ts, frame); // Run, counting its .NET nesting as a compiled call's (Interpreter.Run.cs)
    }

    /// <summary>
    /// The eval loop's CALL of compiled <paramref name="func"/> with code.SimpleArgCount positional
    /// arguments at slots[argsFrom..caller.Sp): the call through Run, then what ReturnFromInline does
    /// for the caller (drop the arguments from <paramref name="dropFrom"/> on, the result at
    /// <paramref name="callBase"/>). Returns the caller to continue, or null with the error pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? CallCompiledOnStack(PyThreadState ts, Frame caller, PyFunction func, PyCode code, PyObject?[] slots, int argsFrom, int callBase, int dropFrom)
    {
        var args = StackArgs(slots, argsFrom, code.SimpleArgCount);
        var r = CompiledCallee(ts, code) is { } body ? CallCompiled(ts, func, code, body, args) : CallSimpleFunction(ts, func, code, args); // JitCalls.cs
        if (r == null) return null;
        DropRangeKeeping(ts, slots, dropFrom, caller.Sp, r); // clears those slots
        for (int i = callBase + 1; i < dropFrom; i++) Put(slots, i, null);
        Put(slots, callBase, r);
        caller.Sp = callBase + 1;
        return caller;
    }
}
