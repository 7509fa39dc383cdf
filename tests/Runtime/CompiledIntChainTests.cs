// Machine-int chains in compiled code (src/Vm.Shared/Runtime/Compiler/JitEmitter.Ints.cs,
// Interpreter.JitInts.cs): int intermediates kept as unboxed longs between int operators, unary
// minus/invert and compares (which branch without making a bool). Every operator, alone and with its
// result consumed unboxed on the left, on the right, on both sides, in place, by a compare and by
// the unary operators, over operands at the long range's edges, negative divisors, shift counts
// past 63 and below 0, big ints, bools, floats and int subclasses, must give in compiled code what
// the interpreter gives (values, types and exceptions), also where an unboxed int meets a float; a spill inside a chain (a property getter
// that collects cycles, a failing subscript, an unbound global) must see the boxed values; and a
// compiled loop of such arithmetic must not allocate its intermediates.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledIntChainTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Operators = """
        class I(int):
            def __add__(self, o): return "I.__add__"
            def __radd__(self, o): return "I.__radd__"
            def __mul__(self, o): return "I.__mul__"
            def __floordiv__(self, o): return "I.__floordiv__"
            def __and__(self, o): return "I.__and__"
            def __rlshift__(self, o): return "I.__rlshift__"
            def __neg__(self): return "I.__neg__"
            def __invert__(self): return "I.__invert__"
            def __lt__(self, o): return "I.__lt__"

        class J(int):
            pass

        M = 2 ** 63 - 1
        OPS = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"]
        TEMPLATE = '''
        def plain(a, b):
            return a OP b
        def left(a, b):
            return (a OP b) OP b
        def right(a, b):
            return a OP (b OP 3)
        def both(a, b):
            return (a OP b) OP (b OP 3)
        def inplace(a, b):
            x = a
            x OP= (a OP b)
            return x
        def mixed(a, b):
            return ((a OP b) + 1) * 3 - (a OP b) % 5
        def unary(a, b):
            return -(a OP b), ~(a OP b), -(-(a OP b)) + 0, ~(~(a OP b)) + 0
        def cmps(a, b):
            r = []
            if (a OP b) < b: r.append("lt")
            if (a OP b) <= (b OP 3): r.append("le")
            if (a OP b) == a: r.append("eq")
            if not ((a OP b) != 0): r.append("ne0")
            if (a OP b) > -1: r.append("gt")
            if (a OP b) >= M: r.append("ge")
            return r, (a OP b) < (b OP 3), (a OP b) == 5
        '''
        KINDS = ["plain", "left", "right", "both", "inplace", "mixed", "unary", "cmps"]
        funcs = []
        for op in OPS:
            ns = {"M": M}
            exec(TEMPLATE.replace("OP", op), ns)
            funcs.append((op, [ns[k] for k in KINDS]))

        def norm(r):
            if isinstance(r, (tuple, list)):
                return [norm(x) for x in r]
            if type(r) is int and r.bit_length() > 256:
                return "big", r.bit_length(), r % 1000000007
            return r, type(r).__name__

        def outcome(f, a, b):
            try:
                return norm(f(a, b))
            except Exception as e:
                return type(e).__name__ + ": " + str(e)

        vals = [0, 1, -1, 2, 3, -3, 7, -7, 11, -11, 1024, 1025, -5, -6, M, -M - 1, M - 1, 3037000500, -3037000500,
                2 ** 32, -(2 ** 32), 2 ** 64, -(2 ** 64), True, False, 1.5, -2.0, I(3), J(5), J(-7)]
        shifts = [0, 1, 2, 7, 31, 62, 63, 64, 65, 1000, -1, -64, True, J(3), 2 ** 64]
        report = []
        for op, fs in funcs:
            for a in vals:
                for b in (shifts if op in ("<<", ">>") else vals):
                    report.append((op, a, b, [outcome(f, a, b) for f in fs]))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void EveryIntOperatorInAChainIsTheInterpreters(string backend)
    {
        var functions = Enumerable.Range(0, 10).SelectMany(op => Enumerable.Range(0, 8).Select(kind => $"funcs[{op}][1][{kind}]"));
        var expected = SameReport(backend, Operators, ["outcome", .. functions]);
        Assert.Contains("ValueError: negative shift count", expected);
    }

    /// <summary>The program's `report` interpreted and compiled (the named functions compiled): equal; its repr.</summary>
    internal static string SameReport(string backend, string source, string[] compiledFunctions)
    {
        var (interpreted, compiled) = RunBoth(backend, source);
        using var _i = interpreted;
        using var _c = compiled;
        foreach (var f in compiledFunctions) Assert.Equal(2, JitState(compiled, f));
        var expected = (string)interpreted.Evaluate("repr(report)")!;
        Assert.Equal(expected, compiled.Evaluate("repr(report)"));
        return expected;
    }

    private const string Boundaries = """
        M = 2 ** 63 - 1
        def add1(a): return (a + 1) + 0
        def sub1(a): return (a - 1) - 0
        def mul(a, b): return (a * b) * 1
        def neg(a): return -(a + 0)
        def inv(a): return ~(a + 0)
        def fdiv(a, b): return (a // b) + 0
        def mod(a, b): return (a % b) + 0
        def shl(a, b): return (a << b) + 0
        def shr(a, b): return (a >> b) + 0
        def zero(a, b): return (a * 2) // (b - b)
        def zmod(a, b): return (a * 2) % (b - b)
        def negshift(a, b): return (a + 1) << (b - 10)

        def run(f, *args):
            try:
                r = f(*args)
                return r, type(r).__name__
            except Exception as e:
                return type(e).__name__ + ": " + str(e)

        report = [
            run(add1, M), run(add1, M - 1), run(sub1, -M - 1), run(sub1, -M),
            run(mul, 3037000499, 3037000499), run(mul, 3037000500, 3037000500), run(mul, -M - 1, -1), run(mul, -M - 1, 1),
            run(mul, 2 ** 62, 2), run(mul, -(2 ** 62), 2), run(mul, 2 ** 62, -2),
            run(neg, -M - 1), run(neg, M), run(neg, 0), run(inv, M), run(inv, -M - 1),
            run(fdiv, -M - 1, -1), run(fdiv, -M - 1, 1), run(fdiv, -7, 2), run(fdiv, 7, -2), run(fdiv, -7, -2), run(fdiv, -8, 2),
            run(mod, -7, 2), run(mod, 7, -2), run(mod, -7, -2), run(mod, -M - 1, -1), run(mod, M, -1), run(mod, -1, M),
            run(shl, 1, 62), run(shl, 1, 63), run(shl, -1, 63), run(shl, -1, 64), run(shl, 3, 61), run(shl, 0, 10 ** 6), run(shl, -5, 0),
            run(shr, -1, 64), run(shr, -1, 1000), run(shr, 5, 64), run(shr, -M - 1, 63), run(shr, -9, 2),
            run(zero, 5, 3), run(zmod, 5, 3), run(negshift, 5, 3),
        ]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void OverflowZeroDivisorsAndShiftsInAChainAreTheInterpreters(string backend)
    {
        var expected = SameReport(backend, Boundaries, ["add1", "mul", "neg", "fdiv", "mod", "shl", "shr", "zero", "negshift"]);
        Assert.StartsWith("[(9223372036854775808, 'int'), (9223372036854775807, 'int'), (-9223372036854775809, 'int')", expected);
        Assert.Contains("ZeroDivisionError: integer division or modulo by zero", expected);
        Assert.Contains("ValueError: negative shift count", expected);
    }

    private const string Floats = """
        def shapes(x, n):
            return [(n * 3) + x, x * (n - 1), (n // 2) / x, (n + 1) ** x, x ** (n - 1), (n * n) / (n + 1), x - (n << 1),
                    1.0 / ((n + 2) * (n + 3) // 2 + n + 1), (n - 1) / (n + 1)]

        def run(x, n):
            try:
                return [(r, type(r).__name__) for r in shapes(x, n)]
            except Exception as e:
                return type(e).__name__ + ": " + str(e)

        report = [run(x, n) for x in (0.5, -2.0, 3.0, 0.0, float("inf"), float("nan"), 1e308, True)
                  for n in (0, 1, -1, 7, 2 ** 53 + 1, -2 ** 62, 2 ** 63 - 1, 10 ** 20)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AnUnboxedIntMeetingAFloatIsTheInterpreters(string backend)
    {
        var expected = SameReport(backend, Floats, ["shapes"]);
        Assert.Contains("ZeroDivisionError", expected);
        Assert.Contains("OverflowError", expected);
    }

    private const string Spills = """
        import gc

        class O:
            @property
            def p(self):
                gc.collect()
                return 1

        o = O()
        d = {1: 2}

        def via_getter(a, b):
            return (a * b) + o.p * (a - b)

        def via_subscript(a, b):
            return (a * b) + d[a - b]

        def via_global(a, b):
            return (a * b) + (a - b) * undefined_name

        def run(f, *args):
            try:
                return f(*args)
            except Exception as e:
                return type(e).__name__ + ": " + str(e) + " line " + str(e.__traceback__.tb_next.tb_lineno)

        report = [run(via_getter, 10 ** 6, 7), run(via_subscript, 10 ** 6, 10 ** 6 - 1), run(via_subscript, 10 ** 6, 3),
                  run(via_global, 10 ** 6, 3)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ASpillInsideAChainSeesBoxedInts(string backend)
    {
        var expected = SameReport(backend, Spills, ["via_getter", "via_subscript", "via_global"]);
        Assert.StartsWith("[7999993, 999999000002, 'KeyError: 999997", expected);
        Assert.Contains("KeyError", expected);
        Assert.Contains("NameError", expected);
    }

    private const string Kernel = """
        def kernel(n):
            c = 0
            for i in range(n):
                c = (c + (i * 100003) % 97 - (i ^ 0x5555) // 1000003) % 1000
            return c

        kernel(2000)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ACompiledIntChainAllocatesNoIntermediate(string backend)
    {
        using var engine = Engine(backend, 2);
        engine.Execute(Kernel);
        Assert.Equal(2, JitState(engine, "kernel"));
        const int n = 100_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        engine.Execute($"r = kernel({n})");
        long perIteration = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        // the loop variable is one 48-byte int per iteration; i * 100003 and i ^ 0x5555 would be two more
        Assert.True(perIteration < 64, $"{perIteration} bytes allocated per iteration");
        using var interpreted = Engine(backend, 0);
        interpreted.Execute(Kernel);
        interpreted.Execute($"r = kernel({n})");
        Assert.Equal(interpreted.Evaluate("r"), engine.Evaluate("r"));
    }
}
