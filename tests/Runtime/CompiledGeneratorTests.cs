// Generator code objects in the baseline compiler (Runtime/Compiler/JitEmitter.Generators.cs,
// Interpreter.JitGenerators.cs): a compiled generator gives what the interpreted one gives (values,
// send/throw/close, StopIteration values, tracebacks, gi_frame.f_lineno), its suspended frame is the
// interpreter's (started in Eval and finished compiled, and the reverse), and it can be resumed
// from another thread.
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class CompiledGeneratorTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Generators = """
        import traceback

        def running_sum(n):
            x = 0
            for i in range(n):
                x = x + (yield i * 2)        # x on the value stack across the yield
            return x

        def pairs(n):
            for a in range(n):               # two iterators on the stack across the yields
                for b in range(a):
                    yield (a, b)

        def in_call(a):
            return max(a, (yield a), a + 1)  # a callable and an argument below the yield

        def lines():
            yield 1
            yield 2
            return 3

        def divide(xs):
            for x in xs:
                yield 10 // x

        def send_run():
            g = running_sum(4)
            out = [next(g), g.send(10), g.send(20), g.send(30)]
            try:
                g.send(40)
            except StopIteration as e:
                out.append(("stop", e.value))
            return out

        def in_call_run():
            g = in_call(5)
            first = next(g)
            try:
                g.send(9)
            except StopIteration as e:
                return (first, e.value)

        def f_lineno_run():
            g = lines()
            seen = []
            for _ in range(2):
                next(g)
                seen.append(g.gi_frame.f_lineno)
            seen.append(next(g, "end"))
            seen.append(g.gi_frame)
            return seen

        def tb(e):
            return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)] + [type(e).__name__]

        def raise_inside_run():
            g = divide([5, 0, 1])
            got = [next(g)]
            try:
                next(g)
            except ZeroDivisionError as e:
                got.append(tb(e))
            got.append(next(g, "finished"))
            return got

        def throw_run():
            g = lines()
            got = [next(g)]
            try:
                g.throw(KeyError("k"))
            except KeyError as e:
                got.append(tb(e))
            got.append(next(g, "finished"))
            g = lines()
            next(g)
            got.append(g.close())
            got.append(g.gi_frame)
            got.append(lines().close())
            return got

        def stop_iteration_run():
            g = lines()
            got = list(g)
            try:
                next(g)
            except StopIteration as e:
                got.append(("again", e.value))
            return got

        def genexpr_run(xs):
            return (sum(x * x for x in xs), list(x + 1 for x in xs), any(x > 3 for x in xs),
                    all(x < 3 for x in xs), sorted(set(x % 3 for x in xs)), sum(x / 2 for x in xs),
                    [p for p in pairs(4)], tuple(a * b for a, b in pairs(4)))

        results = (send_run(), in_call_run(), f_lineno_run(), raise_inside_run(), throw_run(),
                   stop_iteration_run(), genexpr_run([1, 2, 3, 4]))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledGeneratorsGiveTheInterpretersResults(string backend)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, Generators);
        using var _i = interpreted;
        using var _c = compiled;
        var expected = interpreted.Evaluate("repr(results)");
        Assert.Equal(expected, compiled.Evaluate("repr(results)"));
        Assert.Equal("([0, 2, 4, 6, ('stop', 100)], (5, 9), [18, 19, 'end', None], " +
            "[2, [('raise_inside_run', 60), ('divide', 24), 'ZeroDivisionError'], 'finished'], " +
            "[1, [('throw_run', 70), ('lines', 18), 'KeyError'], 'finished', None, None, None], " +
            "[1, 2, ('again', None)], " +
            "(30, [2, 3, 4, 5], True, False, [0, 1, 2], 5.0, [(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)], (0, 0, 2, 0, 3, 6)))",
            expected);
        foreach (var f in new[] { "running_sum", "pairs", "in_call", "lines", "divide" })
            Assert.Equal(2, BaselineJitTests.JitState(compiled, f));
    }

    private const string Mixed = """
        def count(n):
            total = 0
            for i in range(n):
                total = total + ((yield i) or 0)
            return total

        def drive(g, k, out):
            for _ in range(k):
                out.append(g.send(1))

        g = count(300)
        out = [next(g)]
        drive(g, 100, out)              # resumed through Run: compiled from the 64th resume on (JitMode 1)
        """;

    /// <summary>Counted mode (compiled at the 64th resume): a generator suspended by Eval goes on in the
    /// compiled body; then a module-level for loop resumes the same frame inline in Eval.</summary>
    [Theory, MemberData(nameof(Backends))]
    public void AGeneratorStartedInterpretedGoesOnCompiledAndBack(string backend)
    {
        using var engine = BaselineJitTests.Engine(backend, 1);
        engine.Execute(Mixed);
        Assert.Equal(2, BaselineJitTests.JitState(engine, "count"));
        engine.Execute("""
            for v in g:                 # Eval's inline resume of the frame the compiled body suspended
                out.append(v)
                if v == 250: break
            drive(g, 10, out)           # compiled again
            try:
                g.send(1)
                while True: g.send(1)
            except StopIteration as e:
                final = e.value
            """);
        Assert.Equal(engine.Evaluate("repr(list(range(261)))"), engine.Evaluate("repr(out)"));
        // the sent values' sum: next() and the for loop send None (0), each send(1) adds 1
        Assert.Equal(150L, engine.Evaluate("final"));
    }

    private const string Handlers = """
        import sys

        def echo(log):
            total = 0
            while True:
                try:
                    v = yield total                 # a resume point inside a try body: compiled
                    total += 10 // v
                except ZeroDivisionError:
                    log.append(("caught", total))
                    yield "zero"                    # inside the except clause: resumed by Eval
                    log.append(("after zero", sys.exc_info()[0].__name__))
                except GeneratorExit:
                    log.append("exit")
                    raise
                finally:
                    log.append("finally")

        def cm_gen(log):
            class CM:
                def __enter__(self): log.append("enter")
                def __exit__(self, et, ev, tb):
                    log.append(("exit", et and et.__name__))
                    return et is KeyError
            with CM():
                yield 1
                yield 2
            yield 3

        def drive():
            log = []
            g = echo(log)
            out = [next(g)]
            for v in [1, 2, 0, None, 5, 0, None, 1]:
                out.append(g.send(v))
            out.append(g.throw(ZeroDivisionError))
            g.close()
            w = []
            c = cm_gen(w)
            out.append((next(c), c.throw(KeyError("k")), next(c, "end")))
            c = cm_gen(w)
            next(c)
            try:
                c.throw(ValueError("v"))
            except ValueError as e:
                out.append(str(e))
            return out, log, w

        results = [drive() for _ in range(80)]  # counted mode compiles mid-way
        """;

    /// <summary>Generators with try/except/finally and with: a resume point inside a try body runs
    /// compiled, a handler and a yield inside it run in Eval, send/throw/close into either give the
    /// interpreter's values, logs and exceptions (every function compiled at its first call, and
    /// compiled mid-way in counted mode).</summary>
    [Theory, MemberData(nameof(BaselineJitTests.BackendsAndModes), MemberType = typeof(BaselineJitTests))]
    public void GeneratorsWithHandlerBlocksGiveTheInterpretersResults(string backend, int jitMode)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, Handlers, jitMode);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(interpreted.Evaluate("repr(results)"), compiled.Evaluate("repr(results)"));
        Assert.Equal(1L, compiled.Evaluate("len(set(map(repr, results)))"));
        Assert.Equal(2, BaselineJitTests.JitState(compiled, "echo"));
        Assert.Equal(2, BaselineJitTests.JitState(compiled, "cm_gen"));
        Assert.Equal("[0, 10, 15, 'zero', 15, 17, 'zero', 17, 27, 'zero']",
            (string)compiled.Evaluate("repr(results[0][0][:10])")!);
    }

    private const string ForOverGenerators = """
        import traceback

        def squares(n):
            for i in range(n):
                yield i * i
            return "ignored"

        def pairs(n):
            for i in range(n):
                yield i, -i

        def faulty(n):
            for i in range(n):
                yield 10 // (2 - i)

        def tb(e):
            return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]

        def consume():
            out = []
            for v in squares(5):                # FOR_ITER over a generator, to its end
                out.append(v)
            g = squares(6)
            for v in g:                         # left early, then resumed by another loop
                if v == 4:
                    break
            out.append([v for v in g])
            for a, b in pairs(3):               # FOR_ITER + UNPACK_SEQUENCE over a generator
                out.append(a - b)
            try:
                for v in faulty(4):
                    out.append(v)
            except ZeroDivisionError as e:
                out.append(tb(e))
            out.append(sum(x for x in squares(4) for y in squares(2)))   # nested generator loops
            def again():
                yield 1
                for v in me:                    # a generator iterating itself: already executing
                    yield v
            global me
            me = again()
            try:
                for v in me:
                    out.append(v)
            except ValueError as e:
                out.append(str(e))
            out.append(me.gi_frame)
            return out

        results = [consume() for _ in range(3)]
        """;

    /// <summary>Compiled FOR_ITER over a generator (JitEmitter.Generators.cs, ForIterGenerator: no
    /// range/list/pair tests first): the values, an early break and a later loop resuming it, `for a, b`,
    /// an exception's traceback through the loop, nested loops, and a generator iterating itself, as
    /// the interpreter gives them.</summary>
    [Theory, MemberData(nameof(Backends))]
    public void CompiledForLoopsOverGeneratorsGiveTheInterpretersResults(string backend) =>
        AssertCompiledAsInterpreted(backend, ForOverGenerators,
            "[0, 1, 4, 9, 16, [9, 16, 25], 0, 2, 4, 5, 10, [('consume', 31), ('faulty', 14)], 28, 1, 'generator already executing', None]",
            "consume", "squares", "pairs", "faulty");

    /// <summary>Runs <paramref name="source"/> (which sets `results`, a list of three runs) interpreted and
    /// compiled at first call: the same results, the last run's repr <paramref name="expected"/> (CPython's),
    /// and each of <paramref name="compiledFunctions"/> compiled.</summary>
    internal static void AssertCompiledAsInterpreted(string backend, string source, string expected, params string[] compiledFunctions)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, source);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(interpreted.Evaluate("repr(results)"), compiled.Evaluate("repr(results)"));
        Assert.Equal(expected, (string)compiled.Evaluate("repr(results[2])")!);
        foreach (var f in compiledFunctions)
            Assert.Equal(2, BaselineJitTests.JitState(compiled, f));
    }

    private const string Threads = """
        import threading

        def squares(n):
            for i in range(n):
                yield i * i

        g = squares(40)
        got = [next(g)]
        def take(k):
            for _ in range(k):
                got.append(next(g))
        for _ in range(6):
            t = threading.Thread(target=take, args=(5,))
            t.start()
            t.join()
            got.append(next(g))
        got.extend(g)
        """;

    /// <summary>One compiled generator resumed in turn by the main thread and by other threads.</summary>
    [Theory, MemberData(nameof(Backends))]
    public void ACompiledGeneratorResumesOnAnotherThread(string backend)
    {
        using var engine = BaselineJitTests.Engine(backend, 2);
        engine.Execute(Threads);
        Assert.Equal(2, BaselineJitTests.JitState(engine, "squares"));
        Assert.Equal(engine.Evaluate("repr([i * i for i in range(40)])"), engine.Evaluate("repr(got)"));
    }
}
