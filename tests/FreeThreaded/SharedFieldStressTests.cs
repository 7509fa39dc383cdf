// Fields that several real threads store into at once (not timed, both backends): a closure cell
// written by every thread through `nonlocal` (Ops.StoreShared: each replaced value released
// exactly once, so reference counts come back to their start values), and the __dict__ of
// objects other than plain instances (functions, builtin subclasses, exceptions) made on first use,
// or read first through __dict__/__annotations__, by several threads at once (Ops.GetOrCreateDict,
// GetOrCreateDictField: one dict is published, no attribute lost), and __dict__ assigned by several
// threads at once (Ops.ReplaceDict: each replaced dict released once).
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class SharedFieldStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    [Fact]
    public void NonlocalStoredByEveryThread_EachValueReleasedOnce()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            vals = [object() for _ in range(4)]
            base = [sys.getrefcount(x) for x in vals]
            def make():
                x = None
                def w(t):
                    nonlocal x
                    mine = vals[t]
                    for k in range(100000):
                        x = mine
                        if k % 100 == 0:
                            y = x
                            if y is not None and y not in vals:
                                raise AssertionError("a value never stored", y)
                            del y
                return w
            w = make()
            run_threads(4, w)
            del w
            after = [sys.getrefcount(x) for x in vals]
            assert after == base, (base, after)
            print("ok")
            """);
    }

    [Fact]
    public void FirstAttributesOfFunctionsAndBuiltinSubclasses_NoneLost()
    {
        // Each object starts without a __dict__; four threads' first stores all try to make it.
        RunBoth(GuaranteeStressTests.Prelude + """
            class L(list):
                pass
            lost = 0
            for rnd in range(8):
                objs = [L() if k % 2 else (lambda: None) for k in range(3000)]
                def w(t):
                    name = "a%d" % t
                    for o in objs:
                        setattr(o, name, t)
                run_threads(4, w)
                for o in objs:
                    for t in range(4):
                        if getattr(o, "a%d" % t, None) != t:
                            lost += 1
                    if len(o.__dict__) != 4:
                        lost += 1
            assert not lost, lost
            print("ok")
            """);
    }

    [Fact]
    public void DictsMadeOnFirstRead_FunctionsAndExceptions_NoneLost()
    {
        // f.__dict__, f.__annotations__ and e.__dict__ read first by four threads at once: each
        // must publish one dict (an unlocked `??=` let two threads each install their own, and the
        // stores into the losing one were lost).
        RunBoth(GuaranteeStressTests.Prelude + """
            lost = 0
            for rnd in range(6):
                fns = [(lambda: None) for k in range(2000)]
                excs = [ValueError(k) for k in range(2000)]
                def w(t):
                    name = "a%d" % t
                    for f in fns:
                        f.__dict__[name] = t
                        f.__annotations__[name] = t
                    for e in excs:
                        e.__dict__[name] = t
                run_threads(4, w)
                for objs in (fns, excs):
                    for o in objs:
                        if len(o.__dict__) != 4:
                            lost += 1
                for f in fns:
                    if len(f.__annotations__) != 4:
                        lost += 1
            assert not lost, lost
            print("ok")
            """);
    }

    [Fact]
    public void DictAssignedByEveryThread_EachDictReleasedOnce()
    {
        // Four threads assign __dict__ of the same objects at once: every replaced dict is released
        // exactly once (an unlocked read-old/write-new let two setters release the same old dict).
        // Real threads hit that window too rarely for this test to fail on the seeded bug: the
        // deterministic form is the Coyote scenario concurrency-tests/FreeThreaded/DictReplaceScenarios.cs
        // (SeededDictReplaceTests shows it failing on the unlocked copy).
        RunBoth(GuaranteeStressTests.Prelude + """
            def f():
                pass
            class L(list):
                pass
            e = L()
            dicts = [{"k": t} for t in range(4)]
            base = [sys.getrefcount(d) for d in dicts]
            def w(t):
                mine = dicts[t]
                for k in range(20000):
                    f.__dict__ = mine
                    e.__dict__ = mine
            run_threads(4, w)
            f.__dict__ = {}
            e.__dict__ = {}
            after = [sys.getrefcount(d) for d in dicts]
            assert after == base, (base, after)
            print("ok")
            """);
    }
}
