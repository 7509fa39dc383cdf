using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

/// <summary>The VM's own printer of uncaught exceptions and the traceback module print the same text.</summary>
public class TracebackConsistencyTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    private const string Program = """
        import traceback
        def f():
            raise ValueError('v')
        def g():
            try:
                f()
            except ValueError as e:
                raise KeyError('k') from e
        try:
            g()
        except KeyError as e:
            e.add_note('note one')
            e.add_note('note two')
            text = traceback.format_exc()
            raise
        """;

    [Theory, MemberData(nameof(Backends))]
    public void UncaughtExceptionTextEqualsFormatExc(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var ex = Assert.Throws<PythonException>(() => engine.Execute(Program, "chained.py"));
        Assert.EndsWith("KeyError: 'k'\nnote one\nnote two\n", ex.PythonTraceback);
        Assert.Contains("The above exception was the direct cause of the following exception:", ex.PythonTraceback);
        var text = engine.Evaluate("text") as string;
        Assert.Equal(Strip(text!), Strip(ex.PythonTraceback));
    }

    // Source lines come from the file for traceback and from the compiled source for the VM's printer;
    // the engine's code has no file, so only the File lines and messages are compared.
    private static string Strip(string s) =>
        string.Join("\n", s.Split('\n').Where(l => !l.StartsWith("    ", StringComparison.Ordinal)));
}
