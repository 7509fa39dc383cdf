// GET_ITER (Ops.GetIter) allocates the iterator and nothing else: its fallback for sequences with only
// __getitem__ builds a closure, which lives in its own method (Ops.SequenceIter) because a lambda
// capturing a parameter allocates its closure on entry to the method, on every path: every `for`
// over a list or range paid 48 bytes for it. The fallback itself is checked to iterate as before.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class GetIterAllocationTests
{
    public static TheoryData<string, int> BackendsInterpretedAndCompiled =>
        new() { { "gil", 0 }, { "free-threaded", 0 }, { "gil", 2 }, { "free-threaded", 2 } };

    [Theory, MemberData(nameof(BackendsInterpretedAndCompiled))]
    public void ForOverAList_AllocatesOnlyTheListIterator(string backend, int jitMode)
    {
        using var engine = Engine(backend, jitMode);
        engine.Execute("""
            def walk(outer, inner):
                for _ in outer:
                    for x in inner:
                        pass

            inner = [1, 2, 3]
            walk([None] * 100, inner)
            """);
        long perIteration = BytesPerIteration(engine, "walk(outer, inner)");
        // a list_iterator is 56 bytes; the closure was 48 more
        Assert.True(perIteration < 100, $"{perIteration} bytes allocated per inner loop");
    }

    /// <summary>Bytes <paramref name="call"/> allocates per item of `outer`, a list of 20 000 Nones it loops over.</summary>
    internal static long BytesPerIteration(Vm.Hosting.PythonEngine engine, string call)
    {
        const int n = 20_000;
        engine.Execute($"outer = [None] * {n}");
        long before = GC.GetAllocatedBytesForCurrentThread();
        engine.Execute(call);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / n;
    }

    [Theory, MemberData(nameof(BackendsInterpretedAndCompiled))]
    public void ASequenceWithOnlyGetItem_IteratesUntilIndexError(string backend, int jitMode)
    {
        using var engine = Engine(backend, jitMode);
        engine.Execute("""
            class Seq:
                def __getitem__(self, i):
                    if i >= 4:
                        raise IndexError(i)
                    return i * i

            class Stops:
                def __getitem__(self, i):
                    if i == 2:
                        raise StopIteration
                    return i

            it = iter(Seq())
            got = [x for x in Seq()], list(Stops()), next(it), next(it), list(it), list(it)
            """);
        Assert.Equal("([0, 1, 4, 9], [0, 1], 0, 1, [4, 9], [])", engine.Evaluate<string>("repr(got)"));
    }
}
