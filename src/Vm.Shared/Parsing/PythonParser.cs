using Vm.Ast;

namespace Vm.Parsing;

/// <summary>
/// The front-end's entry points: Python 3.13 source to an AST (see Vm.Ast.Nodes).
/// Errors are thrown as <see cref="Vm.Text.SyntaxErrorException"/> with CPython's kind
/// (SyntaxError, IndentationError, TabError), message, line, caret offset and source line.
///
/// Not supported yet (each gives a SyntaxError saying so): `match`, `async def` / `async for` /
/// `async with` / `await` / async comprehensions, and type parameters (`def f[T]`,
/// `class C[T]`, `type X = ...`).
///
/// Columns count UTF-16 code units of the source (CPython counts UTF-8 bytes in AST nodes).
/// </summary>
public static class PythonParser
{
    /// <summary>A whole module (`exec` mode).</summary>
    public static Module ParseModule(string source, string fileName)
        => new Parser(source, fileName).ParseFile();

    /// <summary>A single expression, as for eval() (`eval` mode). Leading whitespace is the caller's to strip, as CPython's eval() does.</summary>
    public static Expr ParseExpression(string source, string fileName)
        => new Parser(source, fileName).ParseEval();

    /// <summary>One interactive statement (`single` mode); simple statements may be joined by ';'.</summary>
    public static Module ParseInteractive(string source, string fileName)
        => new Parser(source, fileName).ParseInteractive();
}
