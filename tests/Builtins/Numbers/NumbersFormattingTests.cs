// Unit tests of the number formatting core (no runtime needed): shortest float repr, the
// PyOS_double_to_string layouts, correctly rounded conversions and int string helpers.
using System.Numerics;
using Vm.Builtins.Formatting;
using Xunit;

namespace Vm.Tests.Builtins.Numbers;

public sealed class NumbersFormattingTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123456789012345680.0, "1.2345678901234568e+17")]
    [InlineData(9007199254740992.0, "9007199254740992.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void ReprIsShortestRoundTrip(double v, string expected) => Assert.Equal(expected, FloatRepr.Repr(v));

    [Theory]
    [InlineData(2.675, 'f', 2, "2.67")]
    [InlineData(0.125, 'f', 2, "0.12")]
    [InlineData(0.375, 'f', 2, "0.38")]
    [InlineData(2.5, 'f', 0, "2")]
    [InlineData(1234.56789, 'e', 2, "1.23e+03")]
    [InlineData(0.1, 'f', 20, "0.10000000000000000555")]
    [InlineData(1e-7, 'f', 3, "0.000")]
    [InlineData(100.0, 'g', 6, "100")]
    [InlineData(1e16, 'g', 6, "1e+16")]
    [InlineData(0.0001234, 'g', 6, "0.0001234")]
    [InlineData(0.00001234, 'g', 6, "1.234e-05")]
    [InlineData(1.5, 'E', 3, "1.500E+00")]
    [InlineData(double.PositiveInfinity, 'F', 2, "INF")]
    public void DoubleToStringMatchesCPython(double v, char code, int precision, string expected) =>
        Assert.Equal(expected, FloatRepr.DoubleToString(v, code, precision, DtsfFlags.None));

    [Fact]
    public void DoubleToStringFlags()
    {
        Assert.Equal("1.e+00", FloatRepr.DoubleToString(1.0, 'e', 0, DtsfFlags.Alt));
        Assert.Equal("1.00000", FloatRepr.DoubleToString(1.0, 'g', 6, DtsfFlags.Alt));
        Assert.Equal("+nan", FloatRepr.DoubleToString(double.NaN, 'r', 0, DtsfFlags.Sign));
        Assert.Equal("0", FloatRepr.DoubleToString(-0.4, 'f', 0, DtsfFlags.NoNeg0));
        Assert.Equal("-0", FloatRepr.DoubleToString(-0.4, 'f', 0, DtsfFlags.None));
        Assert.Equal("1e+00", FloatRepr.DoubleToString(1.0, 'g', 1, DtsfFlags.AddDot0));
    }

    [Fact]
    public void IntToDoubleIsCorrectlyRounded()
    {
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: round half to even.
        Assert.True(IntMath.TryToDouble((BigInteger.One << 53) + 1, out var d));
        Assert.Equal(9007199254740992.0, d);
        Assert.True(IntMath.TryToDouble((BigInteger.One << 80) + (BigInteger.One << 27), out d));
        Assert.Equal(Math.ScaleB(1.0, 80), d);
        Assert.True(IntMath.TryToDouble((BigInteger.One << 80) + (BigInteger.One << 27) + 1, out d));
        Assert.Equal(Math.ScaleB(1.0, 80) + Math.ScaleB(1.0, 28), d);
        Assert.False(IntMath.TryToDouble(BigInteger.One << 1024, out _));
    }

    [Fact]
    public void TrueDivideIsCorrectlyRounded()
    {
        Assert.Equal(1.0842021724855044e-19, IntMath.TrueDivide(1, (BigInteger.One << 63) + 1, out _));
        Assert.Equal(1286742750677284.8, IntMath.TrueDivide((BigInteger.One << 53) + 1, 7, out _));
        Assert.Equal(0.0009765625000000002, IntMath.TrueDivide((BigInteger.One << 53) + 1, long.MaxValue, out _));
        IntMath.TrueDivide(BigInteger.Pow(10, 400), 3, out bool overflow);
        Assert.True(overflow);
    }

    [Fact]
    public void PowerOfTwoBases()
    {
        Assert.Equal("-0x1f", IntMath.ToPrefixedBase(-31, 16));
        Assert.Equal("0o777", IntMath.ToPrefixedBase(511, 8));
        Assert.Equal("0b0", IntMath.ToPrefixedBase(0, 2));
        Assert.Equal("1" + new string('0', 25), IntMath.ToPow2Base(BigInteger.One << 100, 16));
    }

    [Theory]
    [InlineData("  -0x1F ", 0, "-31")]
    [InlineData("0_0", 0, "0")]
    [InlineData("0x_1f", 16, "31")]
    [InlineData("z", 36, "35")]
    [InlineData("1_000_000", 10, "1000000")]
    [InlineData("123456789012345678901234567890", 10, "123456789012345678901234567890")]
    public void ParsesIntLiterals(string text, int radix, string expected)
    {
        Assert.True(NumberParsing.TryParseInt(text, radix, out var v, out _));
        Assert.Equal(expected, v.ToString());
    }

    [Theory]
    [InlineData("010", 0)]
    [InlineData("1__0", 10)]
    [InlineData("_1", 10)]
    [InlineData("1_", 10)]
    [InlineData("0x", 16)]
    [InlineData("+ 1", 10)]
    [InlineData("", 10)]
    public void RejectsBadIntLiterals(string text, int radix) => Assert.False(NumberParsing.TryParseInt(text, radix, out _, out _));

    [Theory]
    [InlineData(" 1_000.5 ", 1000.5)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1e500", double.PositiveInfinity)]
    public void ParsesFloatLiterals(string text, double expected)
    {
        Assert.True(NumberParsing.TryParseFloat(text, out var v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("1__0")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("0x1p1")]
    [InlineData("1_.5")]
    public void RejectsBadFloatLiterals(string text) => Assert.False(NumberParsing.TryParseFloat(text, out _));

    [Fact]
    public void ParsesComplexAndHex()
    {
        Assert.True(NumberParsing.TryParseComplex(" ( 1+2j ) ", out var re, out var im));
        Assert.Equal((1.0, 2.0), (re, im));
        Assert.True(NumberParsing.TryParseComplex("-j", out re, out im));
        Assert.Equal((0.0, -1.0), (re, im));
        Assert.False(NumberParsing.TryParseComplex("1 + 2j", out _, out _));
        Assert.Equal(NumberParsing.HexResult.Ok, NumberParsing.FromHex("0x1.8p1", out var h));
        Assert.Equal(3.0, h);
        Assert.Equal(NumberParsing.HexResult.Overflow, NumberParsing.FromHex("0x1p1024", out _));
        Assert.Equal(NumberParsing.HexResult.Ok, NumberParsing.FromHex("0x1p-1074", out h));
        Assert.Equal(5e-324, h);
    }
}
