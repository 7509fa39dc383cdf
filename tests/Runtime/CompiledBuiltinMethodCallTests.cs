// Builtin method calls from compiled code without a spill (src/Vm.Shared/Runtime/Compiler/
// JitEmitter.BuiltinCalls.cs, Interpreter.JitBuiltinMethods.cs): list.append / pop, set.add /
// discard / remove, dict.get and the pure str methods on an exact receiver. For plain and other
// keys, keys only __eq__ can compare (their __eq__ must run from the general path, with the frame
// the interpreter has), subclasses that override or inherit the method, a method rebound on the
// instance's type mid-loop, fresh (floating) receivers, a floating argument, len of each builtin
// container, of a subclass and of a fresh list, len rebound as a global and in builtins, errors raised inside
// the method (their type, message and line) and inside a try block, compiled code must give what the
// interpreter gives on both backends.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;
using static Vm.Tests.Runtime.CompiledIntChainTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledBuiltinMethodCallTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    /// <summary>The corpus program (its output is CPython's: speed_caches/builtin_method_calls.out), its
    /// cases run once more into `report` (its own loop runs only as a script).</summary>
    private static string Shapes => File.ReadAllText(Path.Combine(Vm.Tests.Programs.ProgramTests.ProgramsDir, "speed_caches", "builtin_method_calls.py"))
        + "\nfor f, n in CASES:\n    run(f, n)\nreport = [run(f, n) for f, n in CASES]\n";

    [Theory, MemberData(nameof(Backends))]
    public void BuiltinMethodCallsAreTheInterpreters(string backend)
    {
        var expected = SameReport(backend, Shapes, ["sets", "set_errors", "colliding", "lists", "dicts", "strs", "lens", "unhandled", "raising_line"]);
        Assert.Contains("('S2.add rebound', 4)", expected);
        Assert.Contains("'rebound pop'", expected);
        Assert.Contains("'rebound lower'", expected);
        Assert.Contains("('eq', 1, 1, 'colliding'", expected); // the colliding keys' __eq__ ran from the general path
        Assert.Contains("('IndexError', 'pop from empty list'", expected);
        Assert.Contains("('ValueError', 'empty separator'", expected);
        Assert.Contains("('ValueError', 'substring not found'", expected);
        Assert.Contains("[2, 1, 3, 2, 1, 3, 0, 99, 2, 4, 0, 3, ('TypeError', \"object of type 'int' has no len()\")", expected);
        Assert.Contains("-1, -1", expected); // the global len
        Assert.Contains("-2, -2", expected); // builtins.len rebound
    }
}
