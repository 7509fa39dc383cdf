using System.Numerics;
using Vm.Bytecode;
using Xunit;
using Assert = Xunit.Assert;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

/// <summary>Binary operators on constants fold as CPython 3.13's AST optimizer folds them, within its limits.</summary>
public sealed class ConstantFoldingTests
{
    private static object? Folded(string expr)
    {
        var code = CompileEval(expr);
        var listing = Listing(code);
        Assert.Equal(["LOAD_CONST 0", "RETURN_VALUE"], listing);
        return code.Consts[0];
    }

    private static void NotFolded(string expr) => Assert.Contains(Listing(CompileEval(expr)), i => i.StartsWith("BINARY_OP"));

    [Theory]
    [InlineData("2 ** 61 - 1", 2305843009213693951L)]
    [InlineData("7 // -2", -4L)]
    [InlineData("-7 % 3", 2L)]
    [InlineData("1 << 10", 1024L)]
    [InlineData("-9 >> 1", -5L)]
    [InlineData("6 & 3 | 8 ^ 1", 11L)]
    [InlineData("True + True", 2L)]
    public void IntArithmeticFoldsWithPythonSemantics(string expr, long expected) => Assert.Equal(expected, Folded(expr));

    [Fact]
    public void BigResultsWithinTheLimitFold() => Assert.Equal(BigInteger.Pow(10, 20), Folded("10 ** 20"));

    [Theory]
    [InlineData("2 ** 200")]        // more than 128 bits
    [InlineData("1 << 200")]
    [InlineData("(1 << 100) * (1 << 100)")]
    [InlineData("1 / 0")]           // raises: left for run time, as in CPython
    [InlineData("1 // 0")]
    [InlineData("1 >> -1")]
    [InlineData("'%s' % 1")]        // % never folds on str
    [InlineData("'ab' * 5000")]     // longer than 4096 characters
    [InlineData("2 ** -1")]         // a float result from ints: computed at run time
    public void OperationsCPythonDoesNotFoldAreCompiled(string expr) => NotFolded(expr);

    [Fact]
    public void FloatsStringsBytesAndTuplesFold()
    {
        Assert.Equal(2.5, Folded("1 + 1.5"));
        Assert.Equal(0.5, Folded("1 / 2"));
        Assert.Equal("abab", Folded("'ab' * 2"));
        Assert.Equal(new byte[] { 97, 98 }, Folded("b'a' + b'b'"));
        Assert.Equal(new object?[] { 1L, 2L, 1L, 2L }, ((ConstTuple)Folded("(1, 2) * 2")!).Items);
        Assert.Equal(true, Folded("True & True"));
    }

    [Fact]
    public void SetDisplayOfFoldedConstantsBecomesAFrozensetConstant()
    {
        var listing = Listing(CompileEval("{-1, -2, 10**20, 2**61 - 1, 2**61}"));
        Assert.Equal(["BUILD_SET 0", "LOAD_CONST 0", "SET_UPDATE 1", "RETURN_VALUE"], listing);
    }
}
