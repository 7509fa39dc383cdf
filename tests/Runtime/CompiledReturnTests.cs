// Compiled RETURN_VALUE of a function whose only locals are its parameters: the frame's release runs
// inline in the compiled body (src/Vm.Shared/Runtime/Compiler/Interpreter.JitReturns.cs) instead of
// through ReleaseLocalsKeeping. Each program runs interpreted and with every function compiled at its
// first call (BaselineJitTests.RunBoth); what must equal the interpreter is when each argument and
// result dies (__del__ order), for a result that is a parameter, a fresh object, an immortal or a
// fresh int, with arguments that float (freed when the caller drops them) or are the caller's
// locals (borrowed by the free-threaded callee), and a gc.collect() the caller runs meanwhile.
using Xunit;
using static Vm.Tests.Runtime.CompiledCallTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledReturnTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Returns = CompiledHeldCallTests.Tracked + """
        import gc

        def same(a):
            return a

        def fresh(a, b):
            return T(a.n + b.n)

        def small(a):
            return a.n

        def big(a, b):
            return a.n * 1000000 + b.n

        def run(k):
            t = T(k)
            log.append(same(t).n)
            log.append(same(T(k + 1)).n)
            r = fresh(T(k + 2), t)
            log.append(r.n)
            del r
            log.append(small(T(k + 3)))
            log.append(big(t, T(k + 4)))
            x = same(T(k + 5))
            gc.collect()
            log.append(("kept", x.n, x.m(x, x), T(k + 6).m(x, x)))
            del x, t
            log.append("end")

        run(0)
        log.clear()
        run(10)
        report = log
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ArgumentsAndResultsDieWhenTheInterpreterLetsThemDie(string backend) =>
        AssertSameReport(backend, Returns, ["same", "fresh", "small", "big", "run", "T.m"],
            "10, ('del', 11), 11, ('del', 12), 22, ('del', 22), ('del', 13), 13, ('del', 14), 10000014",
            "('del', 16), ('kept', 15, 45, 46), ('del', 15), ('del', 10), 'end'");
}
