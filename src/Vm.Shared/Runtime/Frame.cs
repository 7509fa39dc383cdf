using Vm.Objects;

namespace Vm.Runtime;

public enum BlockKind : byte
{
    /// <summary>SETUP_FINALLY / SETUP_WITH: on exception, jump to Handler.</summary>
    Finally,
    /// <summary>Pushed when a handler is entered; stack[Level] holds the previously handled exception.</summary>
    ExceptHandler,
}

public struct Block
{
    public int Handler;
    public int Level;
    public BlockKind Kind;
}

/// <summary>An executing Python frame: fast locals, cells and the value stack in one array.</summary>
/// <remarks>
/// Frames of plain (non-generator) functions are reused per thread and call depth, four per depth
/// (<see cref="PyThreadState.RentFrame"/>): a call then allocates nothing for its frame. A frame
/// that anything may keep after it returns - a traceback, sys._getframe, a generator's f_back -
/// is marked <see cref="Escaped"/> first, together with every caller frame reachable through
/// <see cref="Back"/>, and is never reused.
/// </remarks>
public sealed class Frame
{
    public PyCode Code;
    /// <summary>Code.Code, the executable instructions: the eval loop reads them from here when it
    /// enters or returns to the frame (one dependent load less before the next dispatch).
    /// Assigned with Code, and only there.</summary>
    internal int[] Instrs;
    public PyFunction? Func;
    /// <summary>[0, NLocals): fast locals; [NLocals, NLocals+NCells): cells; then the value stack.</summary>
    public PyObject?[] Slots;
    public int StackBase;
    public int Sp;
    public int Ip;
    /// <summary>Index of the instruction being executed (for line numbers).</summary>
    public int LastIp;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The locals mapping for *_NAME instructions (module and class bodies, exec).</summary>
    public PyObject? Locals;
    public Frame? Back;
    public Block[] Blocks = [];
    public int BlockCount;
    public PyObject? Generator;
    /// <summary>True while the frame runs (generators: re-entrancy check).</summary>
    public bool Executing;
    /// <summary>A generator frame that has returned or raised.</summary>
    public bool Finished;
    /// <summary>Set by YIELD_VALUE / YIELD_FROM when Eval returns a yielded value.</summary>
    public bool Yielded;
    /// <summary>Something may hold this frame after it returns: never reuse it.</summary>
    public bool Escaped;
    /// <summary>Rented from the thread's frame pool and not yet finished.</summary>
    internal bool Rented;
    /// <summary>The index of the thread's frame-pool entry that holds this frame, or -1 (not pooled,
    /// or no longer: PyThreadState.Frame relies on it).</summary>
    internal int PoolSlot = -1;
    /// <summary>The free-variable cells (the last Code.NFree cell slots) are borrowed from the
    /// function's closure, not counted by this frame (Interpreter.Calls.cs, SetupCells).</summary>
    internal bool FreeVarsBorrowed;
    /// <summary>Bit i set: parameter slot i (i &lt; 64) holds an uncounted reference borrowed from
    /// a local of the calling frame (Interpreter.Calls.cs, BindArguments; free-threaded only).</summary>
    internal ulong BorrowedParams;
    /// <summary>The arguments bound to the parameters the body rebinds (Code.ReboundParams), by
    /// parameter index: at return a slot still holding its argument is the caller's, any other
    /// object the call's own (Interpreter.Run.cs, ReleaseLocals).</summary>
    internal PyObject?[]? OriginalParams;
    /// <summary>The arguments moved into cells at binding (Code.Unit.Cell2Arg), by cell-variable
    /// index, uncounted; null when the code has no cell parameter or the frame is a generator's.
    /// At return a dying cell still holding its argument leaves it to the caller (ReleaseLocals).</summary>
    internal PyObject?[]? CellArgs;
    /// <summary>Entered by the eval loop's inline call (Interpreter.InlineCalls.cs): its return
    /// or failure resumes <see cref="Back"/> in the same Eval instead of leaving Eval.</summary>
    internal bool ReturnsInline;
    /// <summary>While this frame waits on an inline call: the stack index its result goes to, and
    /// the first stack slot that the call's completion drops (the callable or the arguments).</summary>
    internal int CallBase, CallDropFrom;
    /// <summary>The inline call this frame waits on is a class's __init__ (Interpreter.InitCalls.cs):
    /// its result must be None, and the call's result is the instance at CallDropFrom.</summary>
    internal bool CallInit;
    /// <summary>The inline call this frame waits on is a binary operator's dunder (Interpreter.BinaryCalls.cs):
    /// the BINARY_OP argument plus one (0: not such a call); a NotImplemented result raises the TypeError.</summary>
    internal int CallBinary;
    /// <summary>A generator frame resumed inline (Interpreter.InlineResume.cs): the caller's
    /// handled exception, restored when the generator yields, returns or fails.</summary>
    internal PyObject? ResumeSavedHandled;
    /// <summary>A generator frame drained by a builtin: its YIELD_VALUE offers values here first
    /// (Interpreter/YieldSinks.cs). Set and cleared by Generators.Resume while it holds the claim.</summary>
    internal YieldSink? Sink;
    /// <summary>frame.f_trace: the local trace function (Tracing/Interpreter.Tracing.cs), or null.</summary>
    internal PyObject? FTrace;
    /// <summary>The traced loop reported this frame's 'call' (or it ran when tracing began): cleared at its 'return'.</summary>
    internal bool TraceCalled;
    /// <summary>frame.f_trace_lines (default true) and f_trace_opcodes (kept, no 'opcode' events).</summary>
    internal bool TraceLines = true, TraceOpcodes;
    /// <summary>While the trace function sees this frame's 'call' event: f_lineno is the def line.</summary>
    internal bool TraceInCall;
    /// <summary>The line of the last 'line' event, and the instruction the traced loop ran last in this frame.</summary>
    internal int TraceLastLine, TracePrevIp;
    /// <summary>The Python frame object for this frame, made once (PyRuntime.EscapingFrameObject): sys._getframe(),
    /// f_back, tb_frame, gi_frame and trace functions see the same object. Set only on an escaped frame,
    /// which is never reused.</summary>
    internal PyObject? FrameObject;
    /// <summary>Names a function frame's f_locals proxy stored that are not its variables (PEP 667's extra
    /// locals; Builtins/FrameLocalsProxy.cs), or null. Only an escaped frame has a proxy.</summary>
    internal PyDict? ExtraLocals;

    public Frame(PyCode code, PyFunction? func, PyDict globals, PyDict builtins, PyObject? locals)
    {
        Code = code;
        Instrs = code.Code;
        Func = func;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        StackBase = code.NLocals + code.NCells;
        Slots = new PyObject?[StackBase + code.StackSize + 1];
        Sp = StackBase;
    }

    /// <summary>Prepares a returned, unescaped frame for a new call of <paramref name="func"/> running
    /// <paramref name="code"/> (read once by the caller: `__code__` may be reassigned meanwhile).</summary>
    /// <remarks>
    /// Its locals and cells (below its StackBase) are clear: a frame is pooled again only after it returned or
    /// failed with its locals released (ReleaseLocals clears every slot below StackBase) or
    /// passed to a traceback (which marks it escaped); a frame abandoned by a non-Python .NET
    /// exception is marked escaped (Interpreter.Run). A frame reused for the same function (a
    /// recursion reuses the same frame at each depth) keeps its code, function and namespaces; for
    /// another function the slots that become locals and were the last one's value stack are
    /// cleared (they may hold stale stack values; the last one's locals are clear).
    /// Frames here are never generator frames and never have a locals mapping.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reinit(PyFunction func, PyCode code)
    {
        if (!ReferenceEquals(Func, func) || !ReferenceEquals(Code, code)) Retarget(func, code);
        Sp = StackBase;
        Ip = 0;
        LastIp = 0;
        BlockCount = 0;
        Finished = false;
        Yielded = false;
        TraceCalled = false; // (a frame that ran when tracing began may return untraced: Tracing/Interpreter.Tracing.cs)
        FreeVarsBorrowed = false;
        BorrowedParams = 0;
    }

    /// <summary>Reinit for a function other than the last one run in this frame (a recursion
    /// reuses the frame of its depth for the same function: it skips this).</summary>
    private void Retarget(PyFunction func, PyCode code)
    {
        Code = code;
        Instrs = code.Code;
        Func = func;
        // (Reference stores pay the GC's write barrier: skip the ones that change nothing.)
        if (!ReferenceEquals(Globals, func.Globals)) Globals = func.Globals;
        if (!ReferenceEquals(Builtins, func.Builtins)) Builtins = func.Builtins;
        int stackBase = code.NLocals + code.NCells;
        int size = stackBase + code.StackSize + 1;
        if (Slots.Length < size) Slots = new PyObject?[size];
        else if (stackBase > StackBase) Array.Clear(Slots, StackBase, stackBase - StackBase); // the last function's value stack
        StackBase = stackBase;
    }

    /// <summary>Marks f and its callers as escaped (they may be read after they return).</summary>
    /// <remarks>
    /// The walk stops at the first frame already marked: its callers were marked with it. That
    /// holds for a plain frame (it runs once, its Back chain is fixed) and for a generator frame
    /// marked since it was last resumed, because a generator frame gets a new Back at every
    /// resumption and <see cref="Interpreter{TSync}.Run"/> clears its mark then (a generator
    /// frame is never pooled, so the mark means only "callers marked"). Walking through marked
    /// generator frames instead made an exception unwinding an n-deep `yield from` chain mark
    /// O(n^2) frames (100,000 deep: minutes).
    /// </remarks>
    public static void MarkEscaped(Frame? f)
    {
        for (; f != null && !f.Escaped; f = f.Back) f.Escaped = true;
    }

    public int Line => Code.Unit.LineAt(LastIp);

    public void PushBlock(BlockKind kind, int handler, int level)
    {
        if (BlockCount == Blocks.Length) Array.Resize(ref Blocks, Math.Max(4, Blocks.Length * 2));
        Blocks[BlockCount++] = new Block { Kind = kind, Handler = handler, Level = level };
    }
}
