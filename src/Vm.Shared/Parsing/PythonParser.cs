using Vm.Ast;

namespace Vm.Parsing;

/// <summary>
/// The front-end's entry points: Python 3.13 source to an AST (see Vm.Ast.Nodes).
/// Errors are thrown as <see cref="Vm.Text.SyntaxErrorException"/> with CPython's kind
/// (SyntaxError, IndentationError, TabError), message, line, caret offset and source line.
///
/// PEP 695 type parameter lists and `type` statements are lowered to ordinary nodes (see
/// Parser.TypeParams.cs), so the tree has no TypeVar/TypeAlias nodes.
///
/// Columns count UTF-16 code units of the source (CPython counts UTF-8 bytes in AST nodes).
///
/// A few checks CPython makes later, in its compiler, are made here with the same messages and
/// locations: a lone `*x` where a value is needed ("can't use starred expression here"),
/// "keyword argument repeated", "default 'except:' must be last". Left to the compiler: starred
/// assignment targets ("starred assignment target must be in a list or tuple", "multiple starred
/// expressions in assignment"), duplicate parameters, `return`/`yield`/`await` placement,
/// `__future__` imports, global/nonlocal rules, assignment to `__debug__`.
///
/// Left-associative chains (`a + b + ...`, `x.a.b...`, `f()()...`) are parsed without recursion
/// and may produce very deep trees; code that walks the tree recursively must bound its depth
/// (CPython raises RecursionError in its compiler for those).
///
/// Thread-safe: every call works on its own state.
/// </summary>
public static class PythonParser
{
    /// <summary>A whole module (`exec` mode).</summary>
    public static Module ParseModule(string source, string fileName)
        => new Parser(source, fileName).ParseFile();

    /// <summary>A single expression, as for eval() (`eval` mode). Leading whitespace is the caller's to strip, as CPython's eval() does.</summary>
    public static Expr ParseExpression(string source, string fileName)
        => new Parser(source, fileName).ParseEval();

    /// <summary>
    /// One interactive statement (`single` mode); simple statements may be joined by ';'. Empty or
    /// comment-only input gives an empty module (CPython's compile() raises there; a REPL wants this).
    /// </summary>
    public static Module ParseInteractive(string source, string fileName)
        => new Parser(source, fileName).ParseInteractive();

    /// <summary>`single` mode as compile() flags ask: with <paramref name="dontImplyDedent"/>
    /// (PyCF_DONT_IMPLY_DEDENT), input that ends inside an indented block without a final newline
    /// is an "incomplete input" error (SyntaxErrorException.AtEndOfInput); CPython applies the flag
    /// to `single` mode only.</summary>
    public static Module ParseInteractive(string source, string fileName, bool dontImplyDedent)
        => new Parser(source, fileName) { DontImplyDedent = dontImplyDedent }.ParseInteractive();
}
