using System.Numerics;
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class EngineBasicsTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    [Fact]
    public void BackendParseAcceptsNamesAndGilFlags()
    {
        Assert.Equal(Backend.Gil, Backend.Parse("gil"));
        Assert.Equal(Backend.Gil, Backend.Parse("1"));
        Assert.Equal(Backend.FreeThreaded, Backend.Parse("free-threaded"));
        Assert.Equal(Backend.FreeThreaded, Backend.Parse(" 0 "));
        Assert.Equal(Backend.FreeThreaded, Backend.Parse("Free-Threaded"));
        Assert.Throws<FormatException>(() => Backend.Parse("maybe"));
        Assert.False(Backend.TryParse(null, out _));
        Assert.Equal("gil", Backend.Gil.ToString());
        Assert.NotEqual(Backend.Gil, Backend.FreeThreaded);
    }

    [Fact]
    public void BackendFromEnvironmentReadsPythonGil()
    {
        var old = Environment.GetEnvironmentVariable("PYTHON_GIL");
        try
        {
            Environment.SetEnvironmentVariable("PYTHON_GIL", "1");
            Assert.Equal(Backend.Gil, Backend.FromEnvironment());
            Environment.SetEnvironmentVariable("PYTHON_GIL", "0");
            Assert.Equal(Backend.FreeThreaded, Backend.FromEnvironment());
            Environment.SetEnvironmentVariable("PYTHON_GIL", null);
            Assert.Equal(Backend.FreeThreaded, Backend.FromEnvironment());
            Assert.Equal(Backend.Gil, Backend.FromEnvironment(Backend.Gil));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PYTHON_GIL", old);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void CreateRunsOnTheChosenBackend(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        Assert.Equal(Backend.Parse(backend), engine.Backend);
        Assert.Equal(backend == "gil", engine.Evaluate("__import__('sys')._is_gil_enabled()"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void ExecuteDefinesGlobalsThatEvaluateAndCallSee(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute("def add(a, b):\n    return a + b\nx = add(40, 2)\n");
        Assert.Equal(42L, engine.Globals["x"]);
        Assert.Equal(42L, engine.Evaluate("x"));
        Assert.Equal(7L, engine.Call("add", 3, 4));
        Assert.Equal("ab", engine.Call("add", "a", "b"));
        Assert.Equal(10, engine.Call<int>("add", 4, 6));
        Assert.Equal(3L, engine.Call("len", "abc"));
        Assert.Equal(6.5, engine.Evaluate<double>("x / 6 - 0.5 + 0"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void GlobalsSetFromTheHostAreVisibleToScripts(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Globals["n"] = 5;
        engine.Globals["name"] = "py";
        engine.Execute("out = name * n");
        Assert.Equal("pypypypypy", engine.Globals["out"]);
        Assert.True(engine.Globals.Contains("out"));
        Assert.True(engine.Globals.Remove("out"));
        Assert.False(engine.Globals.TryGetValue("out", out _));
        Assert.Throws<KeyNotFoundException>(() => engine.Globals["out"]);
        Assert.Contains("n", engine.Globals.Names);
        Assert.Equal(5, engine.Globals.Get<int>("n"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void ScalarsConvertBothWays(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var big = BigInteger.Pow(2, 100);
        engine.Globals["i"] = 7;
        engine.Globals["l"] = 1L << 40;
        engine.Globals["big"] = big;
        engine.Globals["d"] = 2.5;
        engine.Globals["b"] = true;
        engine.Globals["s"] = "héllo";
        engine.Globals["none"] = null;
        engine.Globals["raw"] = new byte[] { 1, 2, 255 };
        Assert.Equal("int int int float bool str NoneType bytes",
            engine.Evaluate("' '.join(type(v).__name__ for v in (i, l, big, d, b, s, none, raw))"));
        Assert.Equal(7L, engine.Evaluate("i"));
        Assert.Equal(1L << 40, engine.Evaluate("l"));
        Assert.Equal(big, engine.Evaluate("big"));
        Assert.Equal(big * 2, engine.Evaluate("big * 2"));
        Assert.Equal(2.5, engine.Evaluate("d"));
        Assert.Equal(true, engine.Evaluate("b"));
        Assert.Equal("héllo", engine.Evaluate("s"));
        Assert.Null(engine.Evaluate("none"));
        Assert.Equal(new byte[] { 1, 2, 255 }, engine.Evaluate("raw"));
        Assert.Equal(new byte[] { 104, 105 }, engine.Evaluate("bytearray(b'hi')"));
        Assert.Equal(3L, engine.Evaluate("raw[1] + 1"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void CollectionsConvertBothWays(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Globals["xs"] = new List<int> { 1, 2, 3 };
        engine.Globals["t"] = (1, "two");
        engine.Globals["m"] = new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { 2, 3 } };
        Assert.Equal("list tuple dict tuple", engine.Evaluate("' '.join(type(v).__name__ for v in (xs, t, m, m['b']))"));
        Assert.Equal(6L, engine.Evaluate("sum(xs)"));
        var list = Assert.IsType<List<object?>>(engine.Evaluate("[1, 'a', None, [2.5]]"));
        Assert.Equal(1L, list[0]);
        Assert.Equal("a", list[1]);
        Assert.Null(list[2]);
        Assert.Equal(2.5, Assert.IsType<List<object?>>(list[3])[0]);
        var tuple = Assert.IsType<object?[]>(engine.Evaluate("(1, 2)"));
        Assert.Equal(new object?[] { 1L, 2L }, tuple);
        var dict = Assert.IsType<Dictionary<object, object?>>(engine.Evaluate("{'k': [1], 2: 'v'}"));
        Assert.Equal("v", dict[2L]);
        Assert.Equal(new List<object?> { 1L }, dict["k"]);
        Assert.True(new HashSet<object?> { 1L, 2L }.SetEquals(Assert.IsType<HashSet<object?>>(engine.Evaluate("{1, 2}"))));
        Assert.Equal(new List<int> { 1, 2 }, engine.Evaluate<List<int>>("[1, 2]"));
        Assert.Equal(new[] { "a", "b" }, engine.Evaluate<string[]>("('a', 'b')"));
        Assert.Equal(2, engine.Evaluate<Dictionary<string, int>>("{'x': 1, 'y': 2}")["y"]);
        // A cycle converts without looping.
        var cyclic = Assert.IsType<List<object?>>(engine.Evaluate("(lambda l: (l.append(l), l)[1])([0])"));
        Assert.Same(cyclic, cyclic[1]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void OtherObjectsComeBackAsHandles(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute("class P:\n    def __init__(self, v): self.v = v\n    def __repr__(self): return f'P({self.v})'\n");
        using var p = Assert.IsType<PythonObject>(engine.Call("P", 3));
        Assert.Equal("P", p.TypeName);
        Assert.Equal("P(3)", p.ToString());
        engine.Globals["p"] = p;
        Assert.Equal(3L, engine.Evaluate("p.v"));
        using var f = Assert.IsType<PythonObject>(engine.Evaluate("lambda a: a * 2"));
        Assert.Equal(42L, f.Invoke(21));
        Assert.Equal("xx", f.Invoke<string>("x"));
        using var other = PythonEngine.Create(Backend.Parse(backend));
        Assert.Throws<ArgumentException>(() => other.Globals["p"] = p);
    }

    [Theory, MemberData(nameof(Backends))]
    public void UnconvertibleHostValuesAreRejected(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        Assert.Throws<ArgumentException>(() => engine.Globals["x"] = new object());
        Assert.Throws<InvalidCastException>(() => engine.Evaluate<int>("'text'"));
        engine.Globals["ok"] = 1; // still usable
        Assert.Equal(1L, engine.Evaluate("ok"));
    }
}
