using Vm.Ast;
using Vm.Parsing;
using Vm.Text;
using Xunit;
using Assert = Xunit.Assert;

namespace Vm.Tests.Parsing;

public sealed class PythonParserApiTests
{
    [Fact]
    public void ParseExpression_returns_the_expression_for_eval()
    {
        var e = Assert.IsType<BinOp>(PythonParser.ParseExpression("1 + 2", "<string>"));
        Assert.Equal(BinOpKind.Add, e.Op);
        Assert.IsType<TupleExpr>(PythonParser.ParseExpression("a, b\n\n", "<string>"));
    }

    [Theory]
    [InlineData("x = 1")]
    [InlineData("1\n2")]
    [InlineData("*a")]
    public void ParseExpression_rejects_anything_but_one_expression(string source)
        => Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseExpression(source, "<string>"));

    [Fact]
    public void ParseExpression_does_not_strip_leading_whitespace()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseExpression(" 1", "<string>"));
        Assert.Equal("IndentationError", e.Kind);
    }

    [Fact]
    public void ParseInteractive_accepts_one_statement()
    {
        Assert.Equal(2, PythonParser.ParseInteractive("x = 1; y = 2\n", "<stdin>").Body.Count);
        Assert.IsType<If>(Assert.Single(PythonParser.ParseInteractive("if x:\n    y\n\n", "<stdin>").Body));
        Assert.Empty(PythonParser.ParseInteractive("", "<stdin>").Body);
    }

    [Fact]
    public void ParseInteractive_rejects_several_statements()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseInteractive("x = 1\ny = 2\n", "<stdin>"));
        Assert.Equal("multiple statements found while compiling a single statement", e.Msg);
    }

    [Fact]
    public void ParseModule_handles_empty_and_comment_only_sources()
    {
        Assert.Empty(PythonParser.ParseModule("", "m.py").Body);
        Assert.Empty(PythonParser.ParseModule("# nothing\n\n   \n", "m.py").Body);
        Assert.Single(PythonParser.ParseModule("\ufeffx = 1", "m.py").Body);
    }

    [Fact]
    public void The_file_name_is_in_the_error()
        => Assert.Equal("dir/m.py", Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule("(", "dir/m.py")).FileName);

    [Fact]
    public void Null_bytes_are_rejected()
        => Assert.Equal("source code string cannot contain null bytes",
            Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule("x = 1\0", "m.py")).Msg);

    [Fact]
    public void AstDump_prints_CPythons_format()
    {
        var m = PythonParser.ParseModule("x = f(1, 'a', None)\n", "m.py");
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), " +
            "args=[Constant(value=1), Constant(value='a'), Constant(value=None)]))])", AstDump.Dump(m));
        Assert.Equal("1e+16", AstDump.FloatRepr(1e16, false));
        Assert.Equal("1000000000000000.0", AstDump.FloatRepr(1e15, false));
        Assert.Equal("1e-05", AstDump.FloatRepr(0.00001, false));
        Assert.Equal("0.0001", AstDump.FloatRepr(0.0001, false));
    }
}
