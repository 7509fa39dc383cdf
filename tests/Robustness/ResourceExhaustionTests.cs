// Resource exhaustion (issue 10): huge allocations raise MemoryError / OverflowError as CPython
// 3.13 does and the VM keeps working; deep recursion in Python code, in repr / == / json / pickle
// / deepcopy of 100,000-deep containers, in the parser and in the compiler gives RecursionError,
// MemoryError or SyntaxError, never a .NET stack overflow. The programs of Robustness/programs
// are run by ResourceExhaustionProgramTests.
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Robustness;

public sealed class ResourceExhaustionTests
{
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void HugeBigIntegerResultsRaiseMemoryErrorAtOnce(string backend)
    {
        // CPython computes these until an allocation fails (minutes); the VM knows the result
        // cannot exceed BigInteger's size and raises the same MemoryError at once.
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        foreach (var expr in new[] { "10 ** (10 ** 12)", "10 ** (10 ** 9)", "(1 << 10 ** 6) ** 10 ** 7", "2 ** (2 ** 63)", "1 << (2 ** 63)" })
        {
            var ex = Assert.Throws<PythonException>(() => engine.Evaluate(expr));
            Assert.True(ex.PythonType == "MemoryError", $"{expr}: {ex.PythonType} {ex.Message}");
        }
        var tooMany = Assert.Throws<PythonException>(() => engine.Evaluate("1 << (2 ** 70)"));
        Assert.Equal("OverflowError", tooMany.PythonType);
        Assert.Equal(1024L, engine.Evaluate("len(str(2 ** 3400))"));
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void DeeplyNestedIteratorsDoNotOverflowTheStack(string backend)
    {
        // CPython 3.13 segfaults on these (no recursion check in map/filter/zip __next__); the
        // VM either consumes them or raises RecursionError, and keeps running.
        var r = ChildVm.RunSource(backend, """
            def t(label, f):
                try:
                    print(label, f())
                except RecursionError:
                    print(label, "RecursionError")
            def f(x): return x
            it = iter(range(10))
            for _ in range(10**5): it = iter(map(f, it))
            t("map", lambda: sum(it))
            it = iter(range(10))
            for _ in range(10**5): it = filter(None, it)
            t("filter", lambda: len(list(it)))
            it = iter(range(10))
            for _ in range(10**5): it = zip(it)
            t("zip", lambda: len(list(it)))
            import itertools
            it = iter(range(10))
            for _ in range(10**5): it = itertools.chain(it)
            t("chain", lambda: len(list(it)))
            print("alive")
            """);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.Stdout}\n{ChildVm.Tail(r.Stderr)}");
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(["map", "filter", "zip", "chain", "alive"], lines.Select(l => l.Split(' ')[0]).ToArray());
        Assert.Contains(lines[0].Split(' ')[1], new[] { "45", "RecursionError" });
        Assert.Contains(lines[1].Split(' ')[1], new[] { "9", "RecursionError" });
        Assert.Contains(lines[2].Split(' ')[1], new[] { "10", "RecursionError" });
        Assert.Contains(lines[3].Split(' ')[1], new[] { "10", "RecursionError" });
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void TooComplexScriptsFailLikeCPythonAtTopLevel(string backend)
    {
        // `python3 file.py` prints only "<Error>: <message>" for these, exit status 1.
        var unary = ChildVm.RunSource(backend, new string('-', 100_000) + "1\n");
        Assert.Equal(1, unary.ExitCode);
        Assert.Equal("MemoryError: Parser stack overflowed - Python source too complex to parse\n", unary.Stderr);
        var plus = ChildVm.RunSource(backend, string.Join("+", Enumerable.Repeat("1", 100_000)) + "\n");
        Assert.Equal(1, plus.ExitCode);
        Assert.Equal("RecursionError: maximum recursion depth exceeded during compilation\n", plus.Stderr);
        var parens = ChildVm.RunSource(backend, new string('(', 100_000) + "1" + new string(')', 100_000) + "\n");
        Assert.Equal(1, parens.ExitCode);
        Assert.EndsWith("SyntaxError: too many nested parentheses\n", parens.Stderr);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void EngineReportsCompilerResourceErrorsWithTheirPythonType(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        Assert.Equal("MemoryError", Assert.Throws<PythonException>(() => engine.Execute(new string('-', 100_000) + "1")).PythonType);
        Assert.Equal("RecursionError", Assert.Throws<PythonException>(() => engine.Execute("x" + string.Concat(Enumerable.Repeat(".a", 20_000)))).PythonType);
        Assert.Equal(3L, engine.Evaluate("1 + 2"));
    }
}
