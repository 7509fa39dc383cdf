// The baseline compiler (src/Vm.Shared/Runtime/Compiler/): what is compiled and what is not, that a
// compiled function behaves as the interpreted one (results, traceback lines, the RecursionError
// depth), that a compiled loop polls the eval breaker (a GIL thread switch happens inside it), and
// that threads calling a function while it is being compiled all see correct results. The corpus
// runs compiled too (ProgramTests.CompiledProgramPrintsWhatCPythonPrinted).
using Vm.Hosting;
using Vm.Objects;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class BaselineJitTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    internal static PythonEngine Engine(string backend, int jitMode)
    {
        var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Runtime.JitMode = jitMode;
        return engine;
    }

    /// <summary>Both backends, each with every function compiled at its first call (JitMode 2) and in counted mode (1).</summary>
    public static TheoryData<string, int> BackendsAndModes => new() { { "gil", 2 }, { "free-threaded", 2 }, { "gil", 1 }, { "free-threaded", 1 } };

    /// <summary>The program run interpreted (JitMode 0) and compiled (by default every function at its first call: 2).</summary>
    internal static (PythonEngine Interpreted, PythonEngine Compiled) RunBoth(string backend, string source, int jitMode = 2)
    {
        var interpreted = Engine(backend, 0);
        interpreted.Execute(source);
        var compiled = Engine(backend, jitMode);
        compiled.Execute(source);
        return (interpreted, compiled);
    }

    /// <summary>JitState of a global function: 0 counting, 2 compiled, 3 not compilable.</summary>
    internal static int JitState(PythonEngine engine, string function) =>
        ((PyFunction)((PythonObject)engine.Evaluate(function)!).Target!).Code.JitState;

    private const string Functions = """
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def loop(n):
            x = 0
            for i in range(n):
                x = x + i * 2
            return x

        class P:
            def __init__(self, v):
                self.v = v
            def get(self):
                return self.v

        def attrs(p, items):
            p.w = p.v * 2
            a, b = items[0], items[-1]
            return (p.get() + p.w + a + b, [a, b] is None, a in items, not b, -a)

        def gen(n):
            yield n

        def guarded(x):
            try:
                return 1 / x
            except ZeroDivisionError:
                return "zero"

        def outer(n):
            def inner():
                return n
            return inner()

        def imports():
            import math
            return math.floor(2.5)

        class Q(P):
            def get(self):
                return super().get() + 1

        def spread(*a, **k):
            return P(*a, **k).get()

        def guarded_gen(xs):
            for x in xs:
                try:
                    yield 10 // x
                except ZeroDivisionError:
                    yield "zero"

        def delegate():
            yield from range(2)

        results = (fib(15), loop(100), attrs(P(3), [1, 2, 5]), list(gen(4)), guarded(0), guarded(4), outer(7), imports(),
                   Q(4).get(), spread(5), spread(v=6), list(guarded_gen([2, 0, 5])), list(delegate()))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void PlainFunctionsAreCompiledOthersStayInterpretedAndAllGiveTheSameResults(string backend)
    {
        var (interpreted, compiled) = RunBoth(backend, Functions);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(interpreted.Evaluate("repr(results)"), compiled.Evaluate("repr(results)"));
        Assert.Equal("(610, 9900, (15, False, True, False, -1), [4], 'zero', 0.25, 7, 2, 5, 5, 6, [5, 'zero', 2], [0, 1])", compiled.Evaluate("repr(results)"));
        // imports, super().m(), f(*a, **k) and a class body run as interpreter steps (JitEmitter.Cells.cs)
        foreach (var f in new[] { "fib", "loop", "attrs", "guarded", "outer", "imports", "Q.get", "spread" }) Assert.Equal(2, JitState(compiled, f));
        // a generator's body compiles at its first resume (CompiledGeneratorTests), with handler blocks
        // and yield from too
        Assert.Equal(2, JitState(compiled, "gen"));
        Assert.Equal(2, JitState(compiled, "guarded_gen"));
        Assert.Equal(2, JitState(compiled, "delegate"));
        foreach (var f in new[] { "fib", "gen", "guarded" }) Assert.Equal(0, JitState(interpreted, f));
    }

    [Fact]
    public void TheCompilerIsOnByDefaultAndPyvmJitSelectsTheMode()
    {
        Assert.Equal(0, Vm.Runtime.PyRuntime.ParseJitMode("0"));
        Assert.Equal(0, Vm.Runtime.PyRuntime.ParseJitMode("off"));
        Assert.Equal(1, Vm.Runtime.PyRuntime.ParseJitMode("1"));
        Assert.Equal(2, Vm.Runtime.PyRuntime.ParseJitMode("always"));
        Assert.Null(Vm.Runtime.PyRuntime.ParseJitMode(null));
        Assert.Null(Vm.Runtime.PyRuntime.ParseJitMode("yes"));
        // unset (or not a mode): compile hot code (JitMode 1)
        using var engine = PythonEngine.Create(Backend.Parse("gil"));
        Assert.Equal(Vm.Runtime.PyRuntime.ParseJitMode(Environment.GetEnvironmentVariable("PYVM_JIT")) ?? 1, engine.Runtime.JitMode);
    }

    [Fact]
    public void IneligibleSaysWhy()
    {
        using var engine = Engine("gil", 0);
        engine.Execute(Functions);
        string? Why(string f) => Vm.Runtime.JitEmitter<Vm.Gil.GilSync>.Ineligible(((PyFunction)((PythonObject)engine.Evaluate(f)!).Target!).Code);
        Assert.Null(Why("fib"));
        Assert.Null(Why("gen"));
        engine.Execute("async def co():\n    return 1\nasync def agen():\n    yield 1\n");
        Assert.Null(Why("co")); // coroutines compile like generators (JitEmitter.Generators.cs)
        Assert.Null(Why("agen")); // async generators too (their wrapped yields are a step and a YIELD_VALUE)
        Assert.Null(Why("guarded")); // its handler's code is left to Eval (JitEmitter.Handlers.cs)
        Assert.Null(Why("outer"));
        Assert.Null(Why("imports"));
        Assert.Null(Why("spread"));
        Assert.Null(Why("Q.get"));
        Assert.Null(Why("guarded_gen"));
        Assert.Null(Why("delegate"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void CountedModeCompilesAfterTheThreshold(string backend)
    {
        using var engine = Engine(backend, 1);
        engine.Execute("def sq(x):\n    return x * x\n");
        engine.Execute("for i in range(10): sq(i)\n");
        Assert.Equal(0, JitState(engine, "sq"));
        engine.Execute("t = 0\nfor i in range(200): t += sq(i)\n");
        Assert.Equal(2, JitState(engine, "sq"));
        Assert.Equal(2646700L, engine.Evaluate("t"));
    }

    private const string Raising = """
        import traceback
        def divide(a, b):
            c = a + 1
            return c / b

        def name_error(a):
            x = a
            return x + missing_name

        def deep(n):
            return deep(n + 1) + 1

        def lines(f, *args):
            try:
                f(*args)
            except Exception as e:
                return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)] + [type(e).__name__, str(e)]

        def depth():
            try:
                deep(0)
            except RecursionError as e:
                tb = e.__traceback__
                n = 0
                while tb is not None:
                    n += 1
                    tb = tb.tb_next
                return n

        report = (lines(divide, 1, 0), lines(name_error, 2), depth())
        """;

    [Theory, MemberData(nameof(Backends))]
    public void TracebacksAndRecursionDepthAreTheInterpreters(string backend)
    {
        var (interpreted, compiled) = RunBoth(backend, Raising);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(2, JitState(compiled, "divide"));
        Assert.Equal(2, JitState(compiled, "deep"));
        var expected = interpreted.Evaluate("repr(report)");
        Assert.Equal(expected, compiled.Evaluate("repr(report)"));
        Assert.Contains("('divide', 4), 'ZeroDivisionError', 'division by zero'", (string)expected!);
        Assert.Contains("('name_error', 8), 'NameError'", (string)expected!);
    }

    [Fact]
    public void AnotherGilThreadRunsWhileACompiledLoopSpins()
    {
        using var engine = Engine("gil", 2);
        var run = new Thread(() => engine.Execute("""
            import threading
            stop = [False]
            def spin():
                n = 0
                while not stop[0]:
                    n += 1
                return n
            t = threading.Thread(target=spin)
            t.start()
            progress = 0
            for i in range(1000):
                progress += 1
            stop[0] = True
            t.join()
            """)) { IsBackground = true };
        run.Start();
        // Without the eval breaker polled at the compiled loop's back edge the main thread never gets the GIL back.
        Assert.True(run.Join(TimeSpan.FromSeconds(60)), "the main thread made no progress while spin() ran compiled");
        Assert.Equal(1000L, engine.Evaluate("progress"));
        Assert.Equal(2, JitState(engine, "spin"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ThreadsCallingAFunctionWhileItIsCompiledAllGetItsResults(int jitMode)
    {
        // Free-threaded: eight threads call work() concurrently from the start, so the call that
        // crosses the threshold compiles while the others keep calling it interpreted or compiled;
        // work calls part (compiled to compiled once both are: Interpreter.JitCalls.cs).
        for (int round = 0; round < 4; round++)
        {
            using var engine = Engine("free-threaded", jitMode);
            engine.Execute("""
                import threading
                def part(k):
                    s = 0
                    for i in range(k):
                        s = s + i * k
                    return s
                def work(k):
                    return part(k) + part(k + 1) * 2
                sums = [0] * 8
                go = threading.Event()
                def worker(w):
                    go.wait()
                    t = 0
                    for j in range(300):
                        t += work(j % 50)
                    sums[w] = t
                threads = [threading.Thread(target=worker, args=(w,)) for w in range(8)]
                for t in threads: t.start()
                go.set()
                for t in threads: t.join()
                def part_i(k):
                    return sum(i * k for i in range(k))
                expected = sum(part_i(j % 50) + part_i(j % 50 + 1) * 2 for j in range(300))
                ok = all(s == expected for s in sums)
                """);
            Assert.Equal(true, engine.Evaluate("ok"));
            Assert.Equal(2, JitState(engine, "work"));
            Assert.Equal(2, JitState(engine, "part"));
        }
    }
}
