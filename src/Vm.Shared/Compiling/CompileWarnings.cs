// SyntaxWarnings found while tokenizing and compiling (CPython 3.13: invalid escape sequences, `is`
// with a literal, "perhaps you missed a comma?", an assert on a tuple). The tokenizer and the
// compiler collect them (once per line and message: a speculative parse may decode a string
// twice); the compiled top-level CodeUnit carries them, and whoever runs the code with a thread
// state issues them through the warnings module before running it (Runtime/Warnings.cs,
// IssueCompileWarnings), so filters apply and "error" turns one into a SyntaxError, as in CPython.
using System.Runtime.CompilerServices;
using Vm.Ast;

namespace Vm.Compiling;

public sealed record CompileWarning(int Line, string Message);

/// <summary>The warnings of one parse or compile, in the order found, without repeats.</summary>
public sealed class CompileWarnings
{
    private readonly List<CompileWarning> _items = [];

    public IReadOnlyList<CompileWarning> Items => _items;

    public void Add(int line, string message)
    {
        var w = new CompileWarning(line, message);
        if (!_items.Contains(w)) _items.Add(w);
    }

    private static readonly ConditionalWeakTable<Node, CompileWarnings> s_parsed = new();

    /// <summary>Remembers the parser's warnings with the tree it returned (for the compiler to take over).</summary>
    public static void AttachTo(Node root, CompileWarnings w)
    {
        if (w._items.Count > 0) s_parsed.AddOrUpdate(root, w);
    }

    /// <summary>The parser's warnings for a tree (empty when it had none).</summary>
    public static CompileWarnings Of(Node root)
    {
        var w = new CompileWarnings();
        if (s_parsed.TryGetValue(root, out var parsed)) w._items.AddRange(parsed._items);
        return w;
    }
}
