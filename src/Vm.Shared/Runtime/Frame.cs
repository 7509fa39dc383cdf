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
public sealed class Frame
{
    public readonly PyCode Code;
    public readonly PyFunction? Func;
    /// <summary>[0, NLocals): fast locals; [NLocals, NLocals+NCells): cells; then the value stack.</summary>
    public readonly PyObject?[] Slots;
    public readonly int StackBase;
    public int Sp;
    public int Ip;
    /// <summary>Index of the instruction being executed (for line numbers).</summary>
    public int LastIp;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
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

    public Frame(PyCode code, PyFunction? func, PyDict globals, PyDict builtins, PyObject? locals)
    {
        Code = code;
        Func = func;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        StackBase = code.NLocals + code.NCells;
        Slots = new PyObject?[StackBase + code.StackSize + 1];
        Sp = StackBase;
    }

    public int Line => Code.Unit.LineAt(LastIp);

    public void PushBlock(BlockKind kind, int handler, int level)
    {
        if (BlockCount == Blocks.Length) Array.Resize(ref Blocks, Math.Max(4, Blocks.Length * 2));
        Blocks[BlockCount++] = new Block { Kind = kind, Handler = handler, Level = level };
    }
}
