using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class EngineErrorTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    [Theory, MemberData(nameof(Backends))]
    public void UncaughtPythonExceptionReachesTheHostWithTypeMessageAndTraceback(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var ex = Assert.Throws<PythonException>(() => engine.Execute("def f(x):\n    return 1 / x\nf(0)\n", "calc.py"));
        Assert.Equal("ZeroDivisionError", ex.PythonType);
        Assert.Equal("division by zero", ex.Message);
        Assert.StartsWith("Traceback (most recent call last):", ex.PythonTraceback);
        Assert.Contains("File \"calc.py\", line 3, in <module>", ex.PythonTraceback);
        Assert.Contains("File \"calc.py\", line 2, in f", ex.PythonTraceback);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", ex.PythonTraceback);
        // The engine is still usable.
        Assert.Equal(2L, engine.Evaluate("1 + 1"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void UserExceptionTypesAreQualifiedAndEvaluateAndCallReportErrors(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute("class AppError(Exception): pass\ndef fail(m): raise AppError(m)");
        var ex = Assert.Throws<PythonException>(() => engine.Call("fail", "bad input"));
        Assert.Equal("__main__.AppError", ex.PythonType);
        Assert.Equal("bad input", ex.Message);
        Assert.Equal("NameError", Assert.Throws<PythonException>(() => engine.Evaluate("undefined_name")).PythonType);
        Assert.Equal("NameError", Assert.Throws<PythonException>(() => engine.Call("no_such_function")).PythonType);
        Assert.Equal("KeyError", Assert.Throws<PythonException>(() => engine.Evaluate("{}['k']")).PythonType);
    }

    [Theory, MemberData(nameof(Backends))]
    public void SyntaxErrorsArePythonExceptions(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var ex = Assert.Throws<PythonException>(() => engine.Execute("x = (1,\n", "broken.py"));
        Assert.Equal("SyntaxError", ex.PythonType);
        Assert.Contains("broken.py", ex.PythonTraceback);
        Assert.Equal("SyntaxError", Assert.Throws<PythonException>(() => engine.Evaluate("1 +")).PythonType);
        engine.Execute("x = 1");
        Assert.Equal(1L, engine.Globals["x"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void HostExceptionsBecomeCatchablePythonExceptions(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Globals["parse"] = (Func<string, int>)(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        engine.Globals["lookup"] = (Func<string, string>)(k => throw new KeyNotFoundException("no key " + k));
        engine.Globals["boom"] = (Action)(() => throw new InvalidOperationException("host state is bad"));
        engine.Execute(
            "caught = []\n" +
            "for f, arg in [(parse, 'x1'), (lookup, 'k')]:\n" +
            "    try:\n" +
            "        f(arg)\n" +
            "    except (ValueError, KeyError) as e:\n" +
            "        caught.append(type(e).__name__)\n" +
            "try:\n" +
            "    boom()\n" +
            "except Exception as e:\n" +
            "    caught.append(type(e).__name__ + ': ' + str(e))\n");
        Assert.Equal(new List<object?> { "ValueError", "KeyError", "RuntimeError: host state is bad" }, engine.Globals["caught"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void AnUncaughtHostExceptionComesBackAsTheInnerException(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var original = new InvalidOperationException("host state is bad");
        engine.Globals["boom"] = (Action)(() => throw original);
        var ex = Assert.Throws<PythonException>(() => engine.Execute("def g():\n    boom()\ng()\n"));
        Assert.Equal("RuntimeError", ex.PythonType);
        Assert.Equal("host state is bad", ex.Message);
        Assert.Same(original, ex.InnerException);
        Assert.Contains("line 2, in g", ex.PythonTraceback);
    }

    [Theory, MemberData(nameof(Backends))]
    public void SystemExitReachesTheHost(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var ex = Assert.Throws<PythonException>(() => engine.Execute("import sys\nsys.exit(3)"));
        Assert.Equal("SystemExit", ex.PythonType);
        Assert.Equal("3", ex.Message);
    }
}
