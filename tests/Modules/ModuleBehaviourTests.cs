// Single-threaded checks of the native stdlib modules against values CPython 3.13 prints: the
// Mersenne Twister stream for a seed, the Python-to-.NET regex translation (group numbering,
// error positions), struct layouts and math's exact integer functions.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Modules;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Modules;

public sealed class ModuleBehaviourTests
{
    [Fact]
    public void MersenneTwister_MatchesCPythonForIntSeed()
    {
        // random.seed(42); random.random() -> 0.6394267984578837 in CPython.
        var mt = new MersenneTwister();
        mt.SeedBig(42);
        Assert.Equal(0.6394267984578837, mt.NextDouble());
        // random.seed(12345): first three random() values.
        mt.SeedBig(12345);
        Assert.Equal(0.41661987254534116, mt.NextDouble());
        Assert.Equal(0.010169169457068361, mt.NextDouble());
        Assert.Equal(0.8252065092537432, mt.NextDouble());
    }

    [Fact]
    public void MersenneTwister_GetRandBitsWordOrder()
    {
        var a = new MersenneTwister();
        a.SeedBig(7);
        var b = new MersenneTwister();
        b.SeedBig(7);
        // 64 bits are two 32-bit words, least significant first.
        var big = a.GetRandBits(64);
        var lo = (System.Numerics.BigInteger)b.Next();
        var hi = (System.Numerics.BigInteger)b.Next();
        Assert.Equal(lo | (hi << 32), big);
    }

    [Fact]
    public void RegexTranslation_NamedGroupsNumberedLeftToRight()
    {
        var t = ReTranslator.Translate(@"(a)(?P<n>b)(c)", 0, false);
        Assert.Equal(3, t.Groups);
        Assert.Equal(2, t.GroupIndex["n"]);
        Assert.Equal("(a)(b)(c)", t.Net);
        var back = ReTranslator.Translate(@"(?P<q>x)(?P=q)\Z", 0, false);
        Assert.Equal(@"(x)\k<1>\z", back.Net);
    }

    [Theory]
    [InlineData("(unclosed", "missing ), unterminated subpattern", 0)]
    [InlineData("*bad", "nothing to repeat", 0)]
    [InlineData("a)", "unbalanced parenthesis", 1)]
    [InlineData("[a-", "unterminated character set", 0)]
    [InlineData("x**", "multiple repeat", 2)]
    [InlineData(@"\q", @"bad escape \q", 0)]
    public void RegexTranslation_ErrorsMatchCPython(string pattern, string msg, int pos)
    {
        var e = Assert.Throws<RePatternException>(() => ReTranslator.Translate(pattern, 0, false));
        Assert.Equal(msg, e.Msg);
        Assert.Equal(pos, e.Pos);
    }

    [Fact]
    public void RegexTranslation_PossessiveAndAsciiClasses()
    {
        Assert.Equal("(?>a+)b", ReTranslator.Translate("a++b", 0, false).Net);
        Assert.Equal("[0-9]", ReTranslator.Translate(@"\d", ReTranslator.ASCII, false).Net);
        Assert.Equal("a{0,3}", ReTranslator.Translate("a{,3}", 0, false).Net);
    }

    [Fact] public void StructAndMath_Gil() => StructAndMath<GilSync>(Runtimes.Gil());
    [Fact] public void StructAndMath_FreeThreaded() => StructAndMath<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void StructAndMath<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var st = rt.ImportModule(ts, "struct");
        var size = Ops<TSync>.CallMethod(ts, st, "calcsize", [rt.NewStr("@bi")]);
        Assert.Equal(8L, ((PyInt)size).Small);
        var packed = Ops<TSync>.CallMethod(ts, st, "pack", [rt.NewStr(">hI"), rt.NewInt(-2), rt.NewInt(1)]);
        Assert.Equal(new byte[] { 0xff, 0xfe, 0, 0, 0, 1 }, ((PyBytes)packed).Value);
        var math = rt.ImportModule(ts, "math");
        var comb = Ops<TSync>.CallMethod(ts, math, "comb", [rt.NewInt(52), rt.NewInt(5)]);
        Assert.Equal(2598960L, ((PyInt)comb).Small);
        var isqrt = Ops<TSync>.CallMethod(ts, math, "isqrt", [rt.NewInt(System.Numerics.BigInteger.Pow(10, 40) + 5)]);
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 20), ((PyInt)isqrt).Big);
        var fsum = Ops<TSync>.CallMethod(ts, math, "fsum", [Ops<TSync>.NewList(ts, Enumerable.Repeat<PyObject>(rt.NewFloat(0.1), 10).ToArray())]);
        Assert.Equal(1.0, ((PyFloat)fsum).Value);
    }
}
