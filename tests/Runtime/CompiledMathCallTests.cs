// Math calls inside float and int chains in compiled code (src/Vm.Shared/Runtime/Compiler/
// JitEmitter.MathCalls.cs, Interpreter.JitMathCalls.cs): `math.sqrt(x * x)`, `math.floor(i * 0.5)`,
// `abs(a - b)`, `-b - math.sqrt(d)` with the argument and the result unboxed. For ints, floats, bools,
// float and int subclasses, negative arguments (ValueError), inf/nan, huge ints (OverflowError), both
// call forms (`math.f(x)`, `from math import f`), the result feeding a float operator, an int
// operator, a compare and another math call, compiled code must give what the interpreter gives; a
// rebinding of `math.sqrt`, of `math` or of an imported `sqrt` must be seen at the very next call;
// and float_math's loop must not allocate its intermediates.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;
using static Vm.Tests.Runtime.CompiledIntChainTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledMathCallTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Shapes = """
        import math
        from math import sqrt, floor

        class F(float):
            pass

        class I(int):
            pass

        def s0(x, n): return math.sqrt(x * x) + 0.5            # float argument unboxed, float result unboxed
        def s1(x, n): return x * 2.0 - math.sqrt(x * 1.0)      # the call between a producer and its consumer
        def s2(x, n): return math.exp(n * 1) * 1.0             # an unboxed int argument
        def s3(x, n): return math.fabs(x) - 1.0                # a boxed argument, the result unboxed
        def s4(x, n): return math.sin(math.cos(x + 0.0)) + 0   # a call feeding a call
        def s5(x, n): return sqrt(x + 1.0) * 2.0               # CALL 1 of a global
        def s6(x, n): return math.floor(x * 0.5) + 1           # an int result into an int operator
        def s7(x, n): return math.ceil(x - 0.25) * 3
        def s8(x, n): return math.trunc(x + 0.0) - n
        def s9(x, n): return math.floor(n + 1) + 0             # floor of an unboxed int
        def s10(x, n): return floor(x * 1.0) // 2
        def s11(x, n): return -x - math.sqrt(x * x)            # a float negation, a float result
        def s12(x, n): return -(x * 2.0) * 1.0
        def s13(x, n): return abs(x - 10.0) * 1.0
        def s14(x, n): return abs(n - 5) + 0                   # abs of an unboxed int
        def s15(x, n): return math.sqrt(x * x) < 3.0
        def s16(x, n): return math.floor(x * 1.0) < n
        def s17(x, n): return math.sqrt(x * x)                 # not a producer: boxed
        def s18(x, n): return math.floor(x + 0.0)
        def s19(x, n): return math.log(x * 1.0) + math.atan(n - 1) - math.tan(-x)
        def s20(x, n): return (math.sqrt(n) + x) * (math.floor(n) - x)  # boxed int arguments
        def s21(x, n): return 1 if x * 2.0 < n else (2 if x - 1.0 == n else 3)  # a float compare and branch
        def s22(x, n): return (x * 1.0 != x * 1.0, x + 0.0 >= n - 1, abs(x - 1.0) <= 0.5, n * 1 > -x)

        SHAPES = [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22]

        def each(x, n):
            out = []
            for f in SHAPES:
                try:
                    r = f(x, n)
                    out.append((r, type(r).__name__))
                except Exception as e:
                    out.append(type(e).__name__ + ": " + str(e))
            return out

        report = [each(x, n) for x in (0.5, -2.0, 3.0, 0.0, -0.0, 1e300, float("inf"), float("-inf"), float("nan"),
                                       -1e-300, 2.5, -2.5, 4.5e18, 9.3e18, -9.3e18, True, False, F(2.0), I(3), 7, -7, 10 ** 400)
                  for n in (0, 1, -1, 7, 2 ** 53 + 1, -2 ** 62, 2 ** 63 - 1, 10 ** 20, True, I(4), 800)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void MathCallsInChainsAreTheInterpreters(string backend)
    {
        var expected = SameReport(backend, Shapes, ["s0", "s2", "s6", "s9", "s11", "s14", "s19", "s20"]);
        Assert.Contains("ValueError: math domain error", expected);
        Assert.Contains("OverflowError: math range error", expected);
        Assert.Contains("OverflowError: int too large to convert to float", expected);
        Assert.Contains("ValueError: cannot convert float NaN to integer", expected);
        Assert.Contains("OverflowError: cannot convert float infinity to integer", expected);
    }

    private const string Rebinding = """
        import math
        from math import sqrt

        real_sqrt = math.sqrt
        real_math = math

        class FakeMath:
            @staticmethod
            def sqrt(x):
                return "fake " + repr(x)

        def py_sqrt(x):
            return -1.0

        def attr_form(n):
            out = []
            for i in range(n):
                if i == 3:
                    math.sqrt = py_sqrt              # the module attribute rebound mid-loop
                if i == 5:
                    math.sqrt = abs                  # another builtin
                if i == 7:
                    math.sqrt = real_sqrt
                out.append(math.sqrt(i * 4.0) + 0.5)
            return out

        def global_form(n):
            global math
            out = []
            for i in range(n):
                if i == 2:
                    math = FakeMath                  # the `math` global rebound
                if i == 4:
                    math = real_math
                out.append(math.sqrt(i * 1.0) * 1 if i != 2 and i != 3 else math.sqrt(i * 1.0))
            return out

        def imported_form(n):
            global sqrt
            out = []
            for i in range(n):
                if i == 1:
                    sqrt = py_sqrt
                if i == 2:
                    sqrt = math.exp
                if i == 4:
                    sqrt = real_sqrt
                out.append(sqrt(i * 9.0) - 0.0)
            return out

        report = [attr_form(10), global_form(6), imported_form(6)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ARebindingIsSeenAtTheNextCall(string backend)
    {
        var expected = SameReport(backend, Rebinding, ["attr_form", "global_form", "imported_form"]);
        // CPython 3.13's output
        Assert.Equal("[[0.5, 2.5, 3.3284271247461903, -0.5, -0.5, 20.5, 24.5, 5.791502622129181, 6.156854249492381, 6.5], "
            + "[0.0, 1.0, 'fake 2.0', 'fake 3.0', 2.0, 2.23606797749979], [0.0, -1.0, 65659969.13733051, 532048240601.79865, 6.0, 6.708203932499369]]", expected);
    }

    private const string Kernel = """
        import math

        def work(n):
            total = 0.0
            for i in range(n):
                x = i * 0.5
                total += x * x - math.sqrt(x * x) + 0.25
            return total

        def floors(n):
            acc = 0
            for i in range(n):
                acc += math.floor(i * 0.5)
            return acc

        work(2000)
        floors(2000)
        """;

    /// <summary>Bytes the current thread allocates per iteration of <paramref name="call"/> (n iterations).</summary>
    private static long BytesPerIteration(Vm.Hosting.PythonEngine engine, string call, int n)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        engine.Execute(call);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / n;
    }

    [Theory, MemberData(nameof(Backends))]
    public void FloatMathsLoopAllocatesOnlyItsLocals(string backend)
    {
        using var engine = Engine(backend, 2);
        engine.Execute(Kernel);
        Assert.Equal(2, JitState(engine, "work"));
        const int n = 100_000;
        // i (an int), x and total (floats) are stored: three boxes; x * x twice and the sqrt would be three more
        long work = BytesPerIteration(engine, $"r = work({n})", n);
        Assert.True(work < 4 * 48, $"{work} bytes allocated per iteration of work");
        // i and acc are stored; i * 0.5 and the floor's int would be two more
        long floors = BytesPerIteration(engine, $"q = floors({n})", n);
        Assert.True(floors < 3 * 48, $"{floors} bytes allocated per iteration of floors");
        using var interpreted = Engine(backend, 0);
        interpreted.Execute(Kernel);
        interpreted.Execute($"r = work({n})");
        interpreted.Execute($"q = floors({n})");
        Assert.Equal(interpreted.Evaluate("r"), engine.Evaluate("r"));
        Assert.Equal(interpreted.Evaluate("q"), engine.Evaluate("q"));
    }
}
