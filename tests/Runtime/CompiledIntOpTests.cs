// BINARY_OP + and - and COMPARE_OP of two machine ints inline in compiled code
// (src/Vm.Shared/Runtime/Compiler/JitEmitter.Ints.cs, Interpreter.JitInts.cs): every pair of a set of
// operands (small, cached and uncached ints, the long range's edges where + and - overflow, big ints,
// bools, a float, an int subclass with its own dunders) through compiled functions must give what
// the interpreter gives, results and exceptions.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledIntOpTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Ints = """
        class I(int):
            def __add__(self, o):
                return "I.__add__"
            def __lt__(self, o):
                return "I.__lt__"

        def add(a, b):
            return a + b

        def sub(a, b):
            return a - b

        def iadd(a, b):
            a += b
            return a

        def isub(a, b):
            a -= b
            return a

        def cmps(a, b):
            return (a < b, a <= b, a == b, a != b, a > b, a >= b)

        def chain(a, b, c):
            return a < b < c, a <= b == c

        M = 2 ** 63 - 1
        vals = [0, 1, -1, 5, 255, 256, 257, -5, -6, M, -M - 1, M - 1, 2 ** 64, -(2 ** 64), True, False, 1.5, I(3)]
        report = []
        for a in vals:
            for b in vals:
                for f in (add, sub, iadd, isub, cmps):
                    try:
                        report.append(f(a, b))
                    except Exception as e:
                        report.append(type(e).__name__)
        report.append([chain(a, b, c) for a in (1, 2, M) for b in (1, 2, M) for c in (2, M)])
        report.append((add(M, 1), sub(-M - 1, 1), iadd(M, 1), isub(-M - 1, 1), type(add(True, True)), add(1, 2) is add(2, 1)))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void IntAddSubAndCompareInCompiledCodeAreTheInterpreters(string backend)
    {
        var (interpreted, compiled) = RunBoth(backend, Ints);
        using var _i = interpreted;
        using var _c = compiled;
        foreach (var f in new[] { "add", "sub", "iadd", "isub", "cmps", "chain" })
            Assert.Equal(2, JitState(compiled, f));
        var expected = (string)interpreted.Evaluate("repr(report)")!;
        Assert.Equal(expected, compiled.Evaluate("repr(report)"));
        Assert.Contains("(9223372036854775808, -9223372036854775809, 9223372036854775808, -9223372036854775809, <class 'int'>, True)", expected);
        Assert.Contains("'I.__add__'", expected);
    }
}
