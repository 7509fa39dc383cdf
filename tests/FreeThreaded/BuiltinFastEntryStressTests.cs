// Mutating builtin methods called through their fixed-arity entries (PyBuiltinFunction.FastN,
// Runtime/Interpreter/Interpreter.BuiltinCalls.cs) by several real threads on shared containers
// (not timed, both backends): the entries run the same ListOps/DictOps/SetOps calls as Fn, so each
// operation must stay atomic under the container's critical section. Every thread's own keys and
// items are checked after the run; nothing added may be lost and nothing removed may reappear.
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class BuiltinFastEntryStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    [Fact]
    public void SharedSetAndDict_AddDiscardSetdefaultPop_FromFourThreads_NoLostUpdate()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            s = set()
            d = {}
            K = 3000
            def w(i):
                base = i * K
                for j in range(K):
                    k = base + j
                    s.add(k)
                    s.add(-k - 1)
                    s.discard(-k - 1)
                    d.setdefault(k, i)
                    d.setdefault(-k - 1)
                    d.pop(-k - 1)
                    d.pop(-k - 1, None)
            run_threads(4, w)
            assert len(s) == 4 * K and min(s) == 0, (len(s), min(s))
            assert len(d) == 4 * K and all(d[k] == k // K for k in d), len(d)
            print("ok")
            """);
    }

    [Fact]
    public void SharedList_ExtendInsertRemoveCount_FromFourThreads_EveryItemAccounted()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            l = []
            K = 1500
            def w(i):
                for j in range(K):
                    item = (i, j)
                    l.extend((item, item))
                    l.insert(0, ("tmp", i, j))
                    l.remove(("tmp", i, j))
                    l.remove(item)
            run_threads(4, w)
            assert len(l) == 4 * K, len(l)
            assert sorted(l) == [(i, j) for i in range(4) for j in range(K)]
            assert l.count((0, 0)) == 1
            l.reverse()
            l.clear()
            assert l == []
            print("ok")
            """);
    }
}
