using Vm.Bytecode;

namespace Vm.Objects;

/// <summary>A code object: a compiled CodeUnit with its constants materialised for one runtime.</summary>
public sealed class PyCode : PyObject
{
    public readonly CodeUnit Unit;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly PyStr[] VarNames;
    /// <summary>The instructions the eval loop runs: unit.Code with superinstructions fused (Bytecode/Superinstructions.cs).</summary>
    public readonly int[] Code;
    public readonly int NLocals;
    public readonly int NCells;   // cellvars + freevars
    public readonly int NFree;
    public readonly PyStr Name;
    public readonly PyStr QualName;
    /// <summary>LOAD_GLOBAL's per-name cache (Runtime/Interpreter/Interpreter.GlobalCache.cs); allocated on first use.</summary>
    internal object?[]? GlobalCache;
    /// <summary>LOAD_ATTR/LOAD_METHOD/STORE_ATTR per-instruction caches (Runtime/Interpreter/Interpreter.AttrCache.cs); allocated on first use.</summary>
    internal object?[]? AttrCache;
    /// <summary>The baseline compiler's state (Runtime/Compiler/Interpreter.JitEntry.cs): the compiled
    /// delegate once published (an Interpreter&lt;TSync&gt;.JitCode), the calls counted towards compiling
    /// it, and JitState (0 counting, 1 compiling, 2 compiled, 3 not compilable).</summary>
    internal object? Jit;
    /// <summary>The loop heads the compiled body can be entered at (sorted; JitEmitter.Loops.cs), written
    /// before <see cref="Jit"/> is published: a loop in a handler block's code is not among them.</summary>
    internal int[]? JitLoopHeads;
    internal int JitCalls;
    internal int JitState;

    public PyCode(PyType type, CodeUnit unit, PyObject[] consts, PyStr[] names, PyStr[] varNames, PyStr name, PyStr qualName)
        : base(type)
    {
        Unit = unit;
        Consts = consts;
        Names = names;
        VarNames = varNames;
        Code = Superinstructions.Apply(unit.Code); // the executable copy: unit.Code stays as compiled
        NLocals = unit.VarNames.Length;
        NCells = unit.CellVars.Length + unit.FreeVars.Length;
        NFree = unit.FreeVars.Length;
        Name = name;
        QualName = qualName;
        ReboundParams = FindReboundParams(unit);
        HasHandlerBlocks = Array.Exists(unit.Code, static w => Vm.Bytecode.Instr.Op(w) is Vm.Bytecode.Opcode.SETUP_FINALLY or Vm.Bytecode.Opcode.SETUP_WITH or Vm.Bytecode.Opcode.SETUP_ASYNC_WITH);
        SimpleArgCount = (unit.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) == 0
            && unit.KwOnlyArgCount == 0 && NCells == 0 ? unit.ArgCount : -1;
        PlainArgCount = (unit.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) == 0
            && unit.KwOnlyArgCount == 0 && unit.CellVars.Length == 0 && unit.ArgCount <= 64 ? unit.ArgCount : -1;
        MakeImmortal(); // deferred: shared by every thread, no observable finalisation
    }

    /// <summary>The code sets up exception handler blocks (try, with): compiled, it is entered only
    /// through Run, which continues it in Eval at a handler (Runtime/Compiler/JitEmitter.Handlers.cs).</summary>
    public readonly bool HasHandlerBlocks;

    /// <summary>Bit i set: the body assigns or deletes parameter i (i &lt; 64), so at return its
    /// slot may hold an object of the call's own rather than the caller's argument.</summary>
    public readonly ulong ReboundParams;

    /// <summary>The parameter count when a call with exactly that many positional arguments binds
    /// them to the first slots and nothing else (no *args, **kwargs, keyword-only parameters,
    /// cells or free variables; not a generator): the inline call's fast path
    /// (Interpreter.InlineCalls.cs). -1 otherwise.</summary>
    public readonly int SimpleArgCount;

    /// <summary>The parameter count (at most 64) when every parameter is positional-or-keyword (or
    /// positional-only) and binding fills only them, from positional arguments, keywords and defaults:
    /// no *args, **kwargs, keyword-only parameters or cell variables (free variables allowed: the
    /// call borrows the closure's cells); not a generator. The inline call's binding fast path
    /// (Interpreter.CallBinding.cs). -1 otherwise. SimpleArgCount &gt;= 0 implies it equals it.</summary>
    public readonly int PlainArgCount;

    private static ulong FindReboundParams(CodeUnit unit)
    {
        int nparams = Math.Min(64, unit.ArgCount + unit.KwOnlyArgCount);
        ulong mask = 0;
        foreach (int instr in unit.Code)
        {
            var op = Vm.Bytecode.Instr.Op(instr);
            if (op is not (Vm.Bytecode.Opcode.STORE_FAST or Vm.Bytecode.Opcode.DELETE_FAST)) continue;
            int arg = Vm.Bytecode.Instr.Arg(instr);
            if (arg < nparams) mask |= 1UL << arg;
        }
        return mask;
    }

    public CodeFlags Flags => Unit.Flags;
    /// <summary>Calling it makes a suspended frame object: a generator, coroutine or async generator.</summary>
    public bool IsGenerator => (Unit.Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;
    public int ArgCount => Unit.ArgCount;
    public int KwOnlyArgCount => Unit.KwOnlyArgCount;
    public int PosOnlyArgCount => Unit.PosOnlyArgCount;
    public int StackSize => Unit.StackSize;
    public string FileName => Unit.FileName;
}

/// <summary>A closure cell.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Contents;

    public PyCell(PyType type, PyObject? contents) : base(type)
    {
        Contents = contents;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Contents != null) sink.Add(Contents);
    }
}
