// The numeric types through a real runtime: constructors, operators via Ops, format() and the
// error messages of CPython 3.13.
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Bytecode;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Numbers;

public sealed class NumbersRuntimeTests
{
    private static (PyRuntime Rt, PyThreadState Ts) Runtime()
    {
        var rt = GilEngine.Create();
        return (rt, rt.MainThread);
    }

    private static string Repr(PyThreadState ts, PyObject o) => Ops<GilSync>.ReprValue(ts, o);

    private static PyObject Bin(PyThreadState ts, PyObject a, PyObject b, BinaryOpArg op) => Ops<GilSync>.BinaryOp(ts, a, b, op);

    private static string ErrorOf(PyThreadState ts, Func<PyObject> f)
    {
        var e = Assert.Throws<PyException>(() => f());
        return e.Value.Type.Name + ": " + Ops<GilSync>.StrValue(ts, e.Value.Args.Items[0]);
    }

    [Fact]
    public void ConstructorsAndRepr()
    {
        var (rt, ts) = Runtime();
        Assert.Equal("-31", Repr(ts, Ops<GilSync>.Call(ts, rt.IntType, [rt.NewStr("  -0x1F "), rt.NewInt(0)], null)));
        Assert.Equal("3", Repr(ts, Ops<GilSync>.Call(ts, rt.IntType, [rt.NewFloat(3.99)], null)));
        Assert.Equal("1000.5", Repr(ts, Ops<GilSync>.Call(ts, rt.FloatType, [rt.NewStr(" 1_000.5 ")], null)));
        Assert.Equal("(1+2j)", Repr(ts, Ops<GilSync>.Call(ts, rt.ComplexType, [rt.NewStr("1+2j")], null)));
        Assert.Equal("(-0-1j)", Repr(ts, rt.NewComplex(new Complex(-0.0, -1.0))));
        Assert.Equal("True", Repr(ts, Ops<GilSync>.Call(ts, rt.BoolType, [rt.NewInt(5)], null)));
    }

    [Fact]
    public void ArithmeticFollowsPython()
    {
        var (rt, ts) = Runtime();
        Assert.Equal("2", Repr(ts, Bin(ts, rt.True, rt.NewInt(1), BinaryOpArg.Add)));
        Assert.Equal("-4", Repr(ts, Bin(ts, rt.NewInt(-7), rt.NewInt(2), BinaryOpArg.FloorDivide)));
        Assert.Equal("1", Repr(ts, Bin(ts, rt.NewInt(-7), rt.NewInt(2), BinaryOpArg.Remainder)));
        Assert.Equal("1267650600228229401496703205376", Repr(ts, Bin(ts, rt.NewInt(2), rt.NewInt(100), BinaryOpArg.Power)));
        Assert.Equal("0.01", Repr(ts, Bin(ts, rt.NewInt(10), rt.NewInt(-2), BinaryOpArg.Power)));
        Assert.Equal("True", Repr(ts, Ops<GilSync>.RichCompare(ts, rt.NewInt(1), rt.NewFloat(1.0), CompareOpArg.Eq)));
        Assert.Equal(Ops<GilSync>.Hash(ts, rt.NewInt(1)), Ops<GilSync>.Hash(ts, rt.NewFloat(1.0)));
        Assert.Equal(Ops<GilSync>.Hash(ts, rt.True), Ops<GilSync>.Hash(ts, rt.NewFloat(1.0)));
        Assert.Equal("False", Repr(ts, Bin(ts, rt.True, rt.True, BinaryOpArg.Xor)));
        Assert.Equal("(1.7319121124709868e-16+2.8284271247461903j)", Repr(ts, Bin(ts, rt.NewInt(-8), rt.NewFloat(0.5), BinaryOpArg.Power)));
    }

    [Fact]
    public void ErrorMessagesMatchCPython()
    {
        var (rt, ts) = Runtime();
        Assert.Equal("ZeroDivisionError: division by zero", ErrorOf(ts, () => Bin(ts, rt.NewInt(1), rt.NewInt(0), BinaryOpArg.TrueDivide)));
        Assert.Equal("ZeroDivisionError: integer modulo by zero", ErrorOf(ts, () => Bin(ts, rt.NewInt(1), rt.NewInt(0), BinaryOpArg.Remainder)));
        Assert.Equal("ZeroDivisionError: float floor division by zero", ErrorOf(ts, () => Bin(ts, rt.NewFloat(1), rt.NewInt(0), BinaryOpArg.FloorDivide)));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", ErrorOf(ts, () => Bin(ts, rt.NewInt(0), rt.NewInt(-1), BinaryOpArg.Power)));
        Assert.Equal("ValueError: negative shift count", ErrorOf(ts, () => Bin(ts, rt.NewInt(1), rt.NewInt(-1), BinaryOpArg.LShift)));
        Assert.Equal("ValueError: invalid literal for int() with base 10: 'x'", ErrorOf(ts, () => Ops<GilSync>.Call(ts, rt.IntType, [rt.NewStr("x")], null)));
        Assert.Equal("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
            ErrorOf(ts, () => Ops<GilSync>.Call(ts, rt.IntType, [Ops<GilSync>.NewList(ts)], null)));
        Assert.Equal("OverflowError: cannot convert float infinity to integer",
            ErrorOf(ts, () => Ops<GilSync>.Call(ts, rt.IntType, [rt.NewFloat(double.PositiveInfinity)], null)));
        Assert.Equal("ValueError: could not convert string to float: 'x'", ErrorOf(ts, () => Ops<GilSync>.Call(ts, rt.FloatType, [rt.NewStr("x")], null)));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            ErrorOf(ts, () => Ops<GilSync>.Repr(ts, rt.NewInt(BigInteger.Pow(10, 5000)))));
    }

    [Fact]
    public void FormatSpecs()
    {
        var (rt, ts) = Runtime();
        string F(PyObject v, string spec) => Ops<GilSync>.Format(ts, v, rt.NewStr(spec)).Value;
        Assert.Equal("1,234,567", F(rt.NewInt(1234567), ","));
        Assert.Equal("0x3039", F(rt.NewInt(12345), "#_x"));
        Assert.Equal("-0x00_3039", F(rt.NewInt(-12345), "#010_x"));
        Assert.Equal("0,001,234", F(rt.NewInt(1234), "08,"));
        Assert.Equal("3.14", F(rt.NewFloat(3.14159), ".2f"));
        Assert.Equal("1e+00", F(rt.NewFloat(1.0), ".0"));
        Assert.Equal("0000000inf", F(rt.NewFloat(double.PositiveInfinity), "010"));
        Assert.Equal("    1.500+2.000j    ", F(rt.NewComplex(new Complex(1.5, 2)), "^20.3f"));
        Assert.Equal("**ab**", F(rt.NewStr("ab"), "*^6"));
        Assert.Equal("ab000", F(rt.NewStr("ab"), "05"));
        Assert.Equal("ValueError: Unknown format code 'd' for object of type 'float'", ErrorOf(ts, () => Ops<GilSync>.Format(ts, rt.NewFloat(1), rt.NewStr("d"))));
        Assert.Equal("ValueError: Cannot specify ',' with 's'.", ErrorOf(ts, () => Ops<GilSync>.Format(ts, rt.NewStr("a"), rt.NewStr(",s"))));
        Assert.Equal("ValueError: Invalid format specifier 'x,' for object of type 'int'", ErrorOf(ts, () => Ops<GilSync>.Format(ts, rt.NewInt(1), rt.NewStr("x,"))));
        Assert.Equal("1,234.50", FormatSpec.FormatFloat(ts, 1234.5, ",.2f"));
        Assert.Equal("+42", FormatSpec.FormatInt(ts, 42, "+"));
        Assert.Equal("py", FormatSpec.FormatStr(ts, "python", ".2"));
    }
}
