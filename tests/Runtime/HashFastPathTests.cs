// Ops.Hash computes object.__hash__ and tuple.__hash__ itself instead of calling the descriptors (which
// return an int, 48 bytes past the small-int cache): the hash must equal the descriptors' result
// (with CPython's -1 -> -2), for subclasses that inherit them too, and a subclass's own __hash__
// must still be called.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class HashFastPathTests
{
    [Theory, MemberData(nameof(GetIterAllocationTests.BackendsInterpretedAndCompiled), MemberType = typeof(GetIterAllocationTests))]
    public void HashOfObjectsAndTuples_EqualsTheDescriptorsResult(string backend, int jitMode)
    {
        using var engine = Engine(backend, jitMode);
        engine.Execute("""
            class Plain: pass
            class T(tuple): pass
            class OwnHash(tuple):
                def __hash__(self): return 12345
            class MinusOne:
                def __hash__(self): return -1
            def f(): pass
            def via(desc, x):
                h = desc(x)
                return -2 if h == -1 else h
            objs = [Plain, Plain(), object(), f, int]
            tups = [(), (1, 2), (-1,), (-2,), ("a", (1, (2.5, None))), (Plain, f), T((1, 2)), T(), (MinusOne(),)]
            results = []
            for o in objs:
                results.append(hash(o) == via(object.__hash__, o) and {o: 1}[o] == 1 and o in {o})
            for t in tups:
                results.append(hash(t) == via(tuple.__hash__, t) and {t: 1}[t] == 1 and t in {t})
            results.append(hash(T((1, 2))) == hash((1, 2)))
            results.append(hash(OwnHash((1, 2))) == 12345 and (OwnHash((1,)) in {OwnHash((2,))}) is False)
            results.append(hash(MinusOne()) == -2)
            try:
                hash((1, [2]))
                results.append(False)
            except TypeError as e:
                results.append(str(e) == "unhashable type: 'list'")
            """);
        Assert.Equal("[True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True]",
            engine.Evaluate<string>("repr(results)"));
    }

    [Theory, MemberData(nameof(GetIterAllocationTests.BackendsInterpretedAndCompiled), MemberType = typeof(GetIterAllocationTests))]
    public void LookingUpAClassInASet_AllocatesNothing(string backend, int jitMode)
    {
        using var engine = Engine(backend, jitMode);
        engine.Execute("""
            class A: pass
            kinds = frozenset({int, str, A})
            def probe(outer):
                for _ in outer:
                    A in kinds
                    (1, 2) in kinds

            probe([None] * 100)
            """);
        long perIteration = GetIterAllocationTests.BytesPerIteration(engine, "probe(outer)");
        Assert.True(perIteration < 16, $"{perIteration} bytes allocated per iteration");
    }
}
