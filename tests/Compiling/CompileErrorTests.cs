using Vm.Text;
using Xunit;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

/// <summary>Compile errors: messages and positions as CPython 3.13 reports them (checked against python3.13).</summary>
public sealed class CompileErrorTests
{
    public static TheoryData<string, string, int, int, int, int> Cases => new()
    {
        // async (CPython 3.13's messages and positions)
        { "await x\n", "'await' outside function", 1, 1, 1, 8 },
        { "def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12 },
        { "async def f():\n    lambda: await x\n", "'await' outside async function", 2, 13, 2, 20 },
        { "async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5, 2, 17 },
        { "async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5, 3, 13 },
        { "def f():\n    async with x: pass\n", "'async with' outside async function", 2, 5, 2, 23 },
        { "def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 5, 2, 27 },
        { "def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32 },
        { "def f():\n    return [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32 },
        // source, message, line, offset, end line, end offset
        { "def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13 },
        { "nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11 },
        { "def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15 },
        { "def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13 },
        { "def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13 },
        { "def f():\n    for x in y: pass\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13 },
        { "def f():\n    x += 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13 },
        { "def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5, 2, 15 },
        { "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19 },
        { "def f():\n    nonlocal x\n    global x\n", "name 'x' is nonlocal and global", 2, 5, 2, 15 },
        { "def f():\n    class C:\n        nonlocal y\n", "no binding for nonlocal 'y' found", 3, 9, 3, 19 },
        { "def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13 },
        { "def f():\n    global x\n    x: int\n", "annotated name 'x' can't be global", 3, 5, 3, 11 },
        { "return 1\n", "'return' outside function", 1, 1, 1, 9 },
        { "class C:\n    return 1\n", "'return' outside function", 2, 5, 2, 13 },
        { "yield 1\n", "'yield' outside function", 1, 1, 1, 8 },
        { "class C:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12 },
        { "break\n", "'break' outside loop", 1, 1, 1, 6 },
        { "if 1:\n    continue\n", "'continue' not properly in loop", 2, 5, 2, 13 },
        { "for x in y:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5, 4, 10 },
        { "while 1:\n    def f():\n        break\n", "'break' outside loop", 3, 9, 3, 14 },
        { "try:\n    pass\nfinally:\n    continue\n", "'continue' not properly in loop", 4, 5, 4, 13 },
        { "def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10, 1, 11 },
        { "def f(a, *, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14 },
        { "def f(a, **a): pass\n", "duplicate argument 'a' in function definition", 1, 12, 1, 13 },
        { "lambda a, a: 0\n", "duplicate argument 'a' in function definition", 1, 11, 1, 12 },
        { "[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22 },
        { "def f():\n    [x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 2, 18, 2, 26 },
        { "[x for i in range(3) for x in (j := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 32, 1, 40 },
        { "class C:\n    [(y := 1) for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8 },
        { "[i := 0 for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2, 1, 3 },
        { "[(yield x) for x in y]\n", "'yield' inside list comprehension", 1, 3, 1, 10 },
        { "def g():\n    [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 7, 2, 14 },
        { "def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21 },
        { "x = *a\n", "can't use starred expression here", 1, 5, 1, 7 },
        { "*a\n", "can't use starred expression here", 1, 1, 1, 3 },
        { "a, *b, c = *d\n", "can't use starred expression here", 1, 12, 1, 14 },
        { "a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 1, 10 },
        { "f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11 },
        { "x = 1\nf(x, y=2, y=3)\n", "keyword argument repeated: y", 2, 11, 2, 14 },
        { "x=1\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 32 },
        { "__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10 },
        { "del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14 },
        { "f(__debug__=1)\n", "cannot assign to __debug__", 1, 3, 1, 14 },
        { "def f(__debug__): pass\n", "cannot assign to __debug__", 1, 7, 1, 16 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorMessageAndPosition(string source, string message, int line, int offset, int endLine, int endOffset)
    {
        var ex = CompileError(source);
        Assert.Equal("SyntaxError", ex.Kind);
        Assert.Equal(message, ex.Msg);
        Assert.Equal(FileName, ex.FileName);
        Assert.Equal((line, offset, endLine, endOffset), (ex.Line, ex.Offset, ex.EndLine, ex.EndOffset));
        Assert.Equal(source.Split('\n')[line - 1], ex.SourceLine);
    }

    [Theory]
    [InlineData("def f():\n    await x\n", "'await' outside async function")]
    [InlineData("def f():\n    yield\n    return\nclass C:\n    def m(self):\n        nonlocal __class__\n", null)]
    [InlineData("def f():\n    y=1\n    class C:\n        nonlocal y\n", null)]
    [InlineData("import x\nglobal x\n", null)]
    [InlineData("print(*a)\n", null)]
    [InlineData("print(a=1, *b)\n", null)]
    [InlineData("*a, = *b, c = d\n", null)]
    [InlineData("[*a] = 1\n", null)]
    public void MoreCases(string source, string? message)
    {
        if (message == null)
        {
            Compile(source);
            return;
        }
        SyntaxErrorException? ex = null;
        try
        {
            Compile(source);
        }
        catch (SyntaxErrorException e)
        {
            ex = e;
        }
        // Constructs the parser may already reject with its own wording are fine too.
        Assert.NotNull(ex);
        if (!ex!.Msg.Contains("not supported", StringComparison.Ordinal)) Assert.Equal(message, ex.Msg);
    }

    [Fact]
    public void TooManyStaticallyNestedBlocks()
    {
        static string Nest(int n)
        {
            var s = "";
            for (var i = 0; i < n; i++) s += new string(' ', 4 * i) + $"for x{i} in y:\n";
            return s + new string(' ', 4 * n) + "pass\n";
        }
        Compile(Nest(21));
        var ex = CompileError(Nest(22));
        Assert.Equal("too many statically nested blocks", ex.Msg);
        Assert.Equal(22, ex.Line);
        Assert.Equal(85, ex.Offset);
    }

    [Fact]
    public void TooManyExpressionsInStarUnpacking()
    {
        var targets = string.Join(", ", Enumerable.Range(0, 300).Select(i => "a" + i));
        var ex = CompileError(targets + ", *rest = x\n");
        Assert.Equal("too many expressions in star-unpacking assignment", ex.Msg);
        Compile(string.Join(", ", Enumerable.Range(0, 255).Select(i => "a" + i)) + ", *rest = x\n");
    }

    [Theory]
    [InlineData(false, "positional argument follows keyword argument")]
    [InlineData(true, "positional argument follows keyword argument unpacking")]
    public void PositionalArgumentAfterKeywordFromPositions(bool doubleStar, string message)
    {
        // The AST keeps positional and keyword arguments apart; the order is checked from positions
        // in case the parser has not rejected it already: f(a=1, b) / f(**k, b).
        var src = doubleStar ? "f(**k, b)\n" : "f(a=1, b)\n";
        var kw = new Vm.Ast.Keyword(doubleStar ? null : "a", doubleStar ? new Vm.Ast.Name("k", Vm.Ast.ExprContext.Load) : new Vm.Ast.Constant(1L))
            { Line = 1, Col = 2, EndLine = 1, EndCol = 5 };
        var b = new Vm.Ast.Name("b", Vm.Ast.ExprContext.Load) { Line = 1, Col = 7, EndLine = 1, EndCol = 8 };
        var call = new Vm.Ast.Call(new Vm.Ast.Name("f", Vm.Ast.ExprContext.Load) { Line = 1, EndLine = 1, EndCol = 1 }, [b], [kw])
            { Line = 1, Col = 0, EndLine = 1, EndCol = 9 };
        var module = new Vm.Ast.Module([new Vm.Ast.ExprStmt(call) { Line = 1, EndLine = 1, EndCol = 9 }]);
        var ex = Assert.Throws<SyntaxErrorException>(() => Vm.Compiling.Compiler.CompileModule(module, FileName, src));
        Assert.Equal(message, ex.Msg);
        Assert.Equal((1, 8), (ex.Line, ex.Offset));

        // Keywords after positional arguments and `*x` after keywords are fine.
        var star = new Vm.Ast.Starred(new Vm.Ast.Name("c", Vm.Ast.ExprContext.Load), Vm.Ast.ExprContext.Load)
            { Line = 1, Col = 7, EndLine = 1, EndCol = 9 };
        var ok = new Vm.Ast.Call(new Vm.Ast.Name("f", Vm.Ast.ExprContext.Load) { Line = 1 }, [star],
            [new Vm.Ast.Keyword("a", new Vm.Ast.Constant(1L)) { Line = 1, Col = 2, EndLine = 1, EndCol = 5 }]) { Line = 1 };
        Vm.Compiling.Compiler.CompileModule(new Vm.Ast.Module([new Vm.Ast.ExprStmt(ok) { Line = 1 }]), FileName, "f(a=1, *c)");
    }

    [Fact]
    public void SymbolTableErrorsComeFromTheSymbolTableToo()
    {
        var src = "def f():\n    nonlocal q\n";
        var ex = Assert.Throws<SyntaxErrorException>(() =>
            Vm.Compiling.SymbolTable.Build(Vm.Parsing.PythonParser.ParseModule(src, FileName), FileName, src));
        Assert.Equal("no binding for nonlocal 'q' found", ex.Msg);
        Assert.Equal(2, ex.Line);
    }
}
