// Compiled LOAD_GLOBAL: the cache hit runs inline in the compiled body (Interpreter.GlobalCache.cs,
// LoadGlobalHit) and only a miss calls the fill (JitLoadGlobal). Each program runs interpreted and
// with every function compiled at its first call (BaselineJitTests.RunBoth); the loads are made
// inside one compiled loop, so a cache entry filled at one iteration must stop validating at the
// next when the name is rebound, deleted, shadowed, unshadowed or its dict's table rebuilt, and a
// code object shared by two functions with different globals must read each function's own.
using Xunit;
using static Vm.Tests.Runtime.CompiledCallTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledGlobalLoadTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Rebinding = """
        import builtins, types

        g = 1

        def load():
            return (g, len("ab"))

        def attempt():
            try:
                return load()
            except NameError as e:
                return str(e)

        def reads(n):
            out = []
            for i in range(n):
                out.append(attempt())
                out.append((g if i != 6 else None, len("abc")))   # the same loads in this loop
                step(i)
            return out

        def step(i):
            global g, len
            if i == 1:
                g = 2                      # a store into the cached entry
            elif i == 2:
                len = lambda s: -1         # a global shadows the builtin
            elif i == 3:
                del len                    # the builtin again
            elif i == 4:
                for k in range(200):       # the globals table rebuilt
                    globals()["filler%d" % k] = k
            elif i == 5:
                del g                      # NameError
            elif i == 6:
                g = "back"
            elif i == 7:
                builtins.len = lambda s: 99   # the builtin itself rebound
            elif i == 8:
                builtins.len = real_len

        real_len = len

        def one_code():
            return g

        other = types.FunctionType(one_code.__code__, {"g": "other's"})

        def shared(n):
            return [(one_code(), other()) for _ in range(n)]

        reads(1)
        report = [reads(10), shared(3)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AGlobalLoadInACompiledLoopSeesEveryRebindingAsTheInterpreterDoes(string backend) =>
        AssertSameReport(backend, Rebinding, ["load", "reads", "step", "one_code", "shared"],
            "(1, 2), (1, 3), (2, 2), (2, 3), (2, -1), (2, -1), (2, 2), (2, 3), (2, 2), (2, 3), \"name 'g' is not defined\", (None, 3), ('back', 2), ('back', 3), ('back', 99), ('back', 99), ('back', 2)",
            "('back', \"other's\")");
}
