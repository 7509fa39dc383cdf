// The inline call's binding fast path for keywords, defaults and closures
// (src/Vm.Shared/Runtime/Interpreter/Interpreter.CallBinding.cs) against the general binding
// (BindArguments, reached by f(*args, **kwargs) through CALL_EX): for each call, the direct form
// (CALL / CALL_KW / CALL_METHOD_KW, bound inline) and the same arguments through CALL_EX give the
// same result or the same TypeError, on both backends. The reference counts of a keyword value, a
// positional value and a default stay the same across many calls of either form (nothing leaked or
// released twice). CPython's own answers are checked by tests/programs/functions/call_binding*.py.
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class CallBindingTests
{
    private const string Functions = """
        import sys
        def f(a, b=2, c=None): return (a, b, c)
        def g(a, /, b, c=3): return (a, b, c)
        def mk():
            x = [1]
            def h(a, b=x): return (a, b, x)
            return h
        h = mk()
        class K:
            def m(self, a, b=5): return (a, b)
        o = K()
        def split(*a, **k): return a, k
        def outcome(thunk):
            try: return repr(thunk())
            except TypeError as e: return "TypeError: " + str(e)
        """;

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var backend in new[] { "gil", "free-threaded" })
            foreach (var (fn, args) in new[]
            {
                ("f", "1"), ("f", "1, 7"), ("f", "1, 7, 8"), ("f", "1, 7, 8, 9"), ("f", ""), ("f", "a=1"), ("f", "1, a=1"),
                ("f", "c=1, a=2"), ("f", "d=1"), ("f", "1, b=2, c=3"), ("f", "b=3"), ("f", "1, c=4"), ("f", "a=1, b=2, c=3, d=4"),
                ("g", "1, 2"), ("g", "a=1, b=2"), ("g", "1, b=2"), ("g", "1"), ("g", "1, 2, c=4"), ("g", "1, 2, 3, 4"),
                ("h", "1"), ("h", "b=2, a=1"), ("h", "1, 2, 3"), ("h", "b=1"), ("o.m", "1"), ("o.m", "b=1, a=2"), ("o.m", "1, a=2"),
            })
                data.Add(backend, fn, args);
        return data;
    }

    private static (PyRuntime Rt, PyDict Globals) Run(string backend, string source) => ProgramRun.RunAsMain(backend, source, "<calls>");

    private static string Str((PyRuntime Rt, PyDict Globals) run, string name) => ((PyStr)run.Globals.GetStr(run.Rt.Intern(name))!).Value;

    [Theory]
    [MemberData(nameof(Cases))]
    public void InlineBinding_GivesWhatTheGeneralBindingGives(string backend, string fn, string args)
    {
        var g = Run(backend, Functions + $"""

            fast = outcome(lambda: {fn}({args}))
            a, k = split({args})
            slow = outcome(lambda: {fn}(*a, **k))
            """);
        Assert.Equal(Str(g, "slow"), Str(g, "fast"));
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void InlineBinding_KeepsTheCountsOfArgumentsAndDefaults(string backend)
    {
        var g = Run(backend, Functions + """

            v, w = object(), object()
            dflt = f.__defaults__[1]
            def counts(): return (sys.getrefcount(v), sys.getrefcount(w), sys.getrefcount(h.__defaults__[0]))
            before = counts()
            for i in range(1000):
                f(w, c=v); f(a=v); g(w, b=v); h(v); h(a=w); o.m(a=v)
            after = counts()
            for i in range(1000):
                f(*(w,), **{'c': v}); f(**{'a': v}); h(*(v,)); o.m(**{'a': v})
            after_slow = counts()
            result = repr((before == after, before == after_slow, before, after, after_slow))
            """);
        Assert.StartsWith("(True, True,", Str(g, "result"));
    }
}
