namespace Vm.Bytecode;

/// <summary>Code-object flags (CPython's CO_* values).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    /// <summary>`async def` without `yield`: calling it makes a coroutine.</summary>
    Coroutine = 0x80,
    /// <summary>A generator usable in `await` (types.coroutine).</summary>
    IterableCoroutine = 0x100,
    /// <summary>`async def` with `yield` (or an async generator expression).</summary>
    AsyncGenerator = 0x200,
    /// <summary>Compiled under `from __future__ import annotations` (or compile()'s flag): annotations
    /// are kept as their source text. compile(), exec() and eval() of a string pass it on.</summary>
    FutureAnnotations = 0x1000000,
}

/// <summary>
/// The compiler's output for one code block (module, class body, function, lambda,
/// comprehension): pure data, independent of any interpreter. A runtime materialises it into
/// its own code object (turning constants into Python objects of that runtime).
/// </summary>
/// <remarks>
/// Constants are: null (None), bool, long, System.Numerics.BigInteger, double,
/// System.Numerics.Complex, string, byte[], Vm.Ast.EllipsisValue, <see cref="ConstTuple"/>
/// (tuples of constants, e.g. default values and kwnames), <see cref="ConstFrozenSet"/>, and nested <see cref="CodeUnit"/>s.
/// </remarks>
public sealed class CodeUnit
{
    public string Name = "";
    public string QualName = "";
    /// <summary>SyntaxWarnings of a top-level unit, issued before it runs (Compiling/CompileWarnings.cs); null when none.</summary>
    public IReadOnlyList<Vm.Compiling.CompileWarning>? Warnings;
    public string FileName = "";
    public int FirstLineNo;
    public int ArgCount;          // positional params including positional-only
    public int PosOnlyArgCount;
    public int KwOnlyArgCount;
    public CodeFlags Flags;
    /// <summary>Local variable names; parameters first (positional, keyword-only, *args, **kwargs).</summary>
    public string[] VarNames = [];
    /// <summary>Names of local variables captured by inner scopes (they live in cells).</summary>
    public string[] CellVars = [];
    /// <summary>Names of variables captured from enclosing scopes.</summary>
    public string[] FreeVars = [];
    /// <summary>Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* instructions.</summary>
    public string[] Names = [];
    public object?[] Consts = [];
    /// <summary>Instructions (see <see cref="Instr"/>).</summary>
    public int[] Code = [];
    /// <summary>Per instruction: line, column, end line, end column (4 ints each; 0 if unknown).</summary>
    public int[] Positions = [];
    public int StackSize;
    /// <summary>The docstring, or null.</summary>
    public string? DocString;
    /// <summary>
    /// For each cell variable that is also an argument, the index of that argument in VarNames
    /// (-1 otherwise). The interpreter copies those arguments into their cells at frame entry.
    /// </summary>
    public int[] Cell2Arg = [];

    /// <summary>A shallow copy (code.replace(): the arrays are shared, never written after compiling).</summary>
    public CodeUnit Copy() => (CodeUnit)MemberwiseClone();

    public int LineAt(int instrIndex) =>
        instrIndex >= 0 && instrIndex * 4 < Positions.Length ? Math.Abs(Positions[instrIndex * 4]) : FirstLineNo;

    /// <summary>An instruction the source does not spell (Compiling/CodeBuilder.cs, SrcLoc.None): its line is
    /// the instruction's before it, stored negated; tracing reports no 'line' event for it.</summary>
    public bool IsArtificial(int instrIndex) =>
        instrIndex >= 0 && instrIndex * 4 < Positions.Length && Positions[instrIndex * 4] < 0;
}

/// <summary>A tuple constant.</summary>
public sealed class ConstTuple(object?[] items)
{
    public readonly object?[] Items = items;
}

/// <summary>A frozenset constant (from `x in {1, 2, 3}`).</summary>
public sealed class ConstFrozenSet(object?[] items)
{
    public readonly object?[] Items = items;
}
