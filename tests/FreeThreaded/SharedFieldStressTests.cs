// Fields that several real threads store into at once (not timed, both backends): a closure cell
// written by every thread through `nonlocal` (Ops.StoreShared: each replaced value released
// exactly once, so reference counts come back to their start values), and the __dict__ of
// objects other than plain instances (functions, builtin subclasses) made on first use by several
// threads at once (Ops.GetOrCreateDict: one dict is published, no attribute lost).
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
}
