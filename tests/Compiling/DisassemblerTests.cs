using System.Numerics;
using Vm.Ast;
using Vm.Bytecode;
using Vm.Compiling;
using Xunit;
using Assert = Xunit.Assert;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

public sealed class DisassemblerTests
{
    [Fact]
    public void LineFormatMatchesCPythonDis()
    {
        var text = Disassembler.Disassemble(Compile("x = 1\nwhile x:\n    x = x - 1\n"));
        var lines = text.Split('\n');
        Assert.Equal("  1           0 LOAD_CONST               0 (1)", lines[0]);
        Assert.Equal("              2 STORE_NAME               0 (x)", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("  2     >>    4 LOAD_NAME                0 (x)", lines[3]);
        Assert.Contains("              6 POP_JUMP_IF_FALSE        9 (to 18)", lines);
        Assert.Contains("  2          16 JUMP_ABSOLUTE            2 (to 4)", lines);
        Assert.Contains("             12 BINARY_OP               10 (-)", lines);
        Assert.EndsWith("RETURN_VALUE\n", text);
    }

    [Fact]
    public void NestedCodeObjectsFollow()
    {
        var text = Disassembler.Disassemble(Compile("def f():\n    return lambda: 1\n"));
        Assert.Contains("\nDisassembly of <code object f, file \"<test>\", line 1>:\n", text);
        Assert.Contains("\nDisassembly of <code object <lambda>, file \"<test>\", line 2>:\n", text);
        Assert.True(text.IndexOf("code object f,", StringComparison.Ordinal) < text.IndexOf("Disassembly of <code object <lambda>", StringComparison.Ordinal));
        Assert.DoesNotContain("Disassembly", Disassembler.DisassembleOne(Compile("def f(): pass\n")));
    }

    [Fact]
    public void ArgumentDescriptions()
    {
        var text = Disassembler.Disassemble(Compile("def f(a):\n    b = 1\n    def g():\n        return b\n    return f'{a!r:>3}' < a\n"));
        Assert.Contains("LOAD_FAST                0 (a)", text);
        Assert.Contains("STORE_DEREF              0 (b)", text);
        Assert.Contains("LOAD_CLOSURE             0 (b)", text);
        Assert.Contains("MAKE_FUNCTION            8 (closure)", text);
        Assert.Contains("FORMAT_VALUE             6 (repr, with format)", text);
        Assert.Contains("COMPARE_OP               0 (<)", text);
        Assert.Contains("LOAD_GLOBAL", Disassembler.Disassemble(Compile("def f():\n    return len\n")));
    }

    [Fact]
    public void WideLineNumbersAndOffsets()
    {
        var code = Compile(string.Concat(Enumerable.Repeat("\n", 1200)) + "x = 1\n");
        var text = Disassembler.Disassemble(code);
        Assert.StartsWith("1201           0 LOAD_CONST", text);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e22, "1e+22")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatRepr(double value, string expected) => Assert.Equal(expected, PyRepr.Float(value));

    [Fact]
    public void ConstantReprs()
    {
        Assert.Equal("None", PyRepr.Of(null));
        Assert.Equal("True", PyRepr.Of(true));
        Assert.Equal("12345678901234567890123", PyRepr.Of(BigInteger.Parse("12345678901234567890123")));
        Assert.Equal("'a\\'b\"c'", PyRepr.Of("a'b\"c"));
        Assert.Equal("\"it's\"", PyRepr.Of("it's"));
        Assert.Equal("'tab\\tnl\\n\\x00é\\u200b😀'", PyRepr.Of("tab\tnl\n\0é\u200b😀"));
        Assert.Equal("b'a\\x00\\xff\"'", PyRepr.Of(new byte[] { (byte)'a', 0, 255, (byte)'"' }));
        Assert.Equal("1j", PyRepr.Of(new Complex(0, 1)));
        Assert.Equal("(1+2j)", PyRepr.Of(new Complex(1, 2)));
        Assert.Equal("(1-2.5j)", PyRepr.Of(new Complex(1, -2.5)));
        Assert.Equal("Ellipsis", PyRepr.Of(EllipsisValue.Instance));
        Assert.Equal("(1,)", PyRepr.Of(new ConstTuple([1L])));
        Assert.Equal("((), 'a')", PyRepr.Of(new ConstTuple([new ConstTuple([]), "a"])));
        Assert.Equal("frozenset({1, 2})", PyRepr.Of(new ConstFrozenSet([1L, 2L])));
    }
}
