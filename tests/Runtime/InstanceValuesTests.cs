// The storage of PyInstance attributes (Objects/PyInstance.cs, Objects/SharedKeys.cs,
// Runtime/Ops/InstanceDictOps.cs): which state an instance is in after a program ran (inline
// values, a materialised dict), what the class's shared keys hold, and the shared keys' own
// concurrency (appends from real threads). Semantics are checked by the corpus programs in
// tests/programs/instance_attrs.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class InstanceValuesTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    /// <summary>Runs the program and returns the runtime with its __main__ globals kept.</summary>
    private static (PyRuntime Rt, PyDict Globals) Run(string backend, string source) => ProgramRun.RunAsMain(backend, source, "<inst>");

    private static PyInstance Inst(PyRuntime rt, PyDict g, string name) => (PyInstance)g.GetStr(rt.Intern(name))!;

    private const string Classes = """
        class P:
            def __init__(self, x, y):
                self.x = x
                self.y = y
        """;

    [Theory]
    [MemberData(nameof(Backends))]
    public void AttributesSetInInit_AreInlineValuesSizedByTheSharedKeys(string backend)
    {
        var (rt, g) = Run(backend, Classes + """

            a = P(1, 2)
            b = P(3, 4)
            """);
        var a = Inst(rt, g, "a");
        var b = Inst(rt, g, "b");
        Assert.Null(a.MaterializedDict);
        Assert.Equal(2, a.Values!.Length);
        Assert.Equal(2, b.Values!.Length);
        var keys = a.Type.InstanceKeys;
        Assert.Same(keys, b.Type.InstanceKeys);
        Assert.Equal(2, keys.Count);
        Assert.Equal("x", keys.KeyAt(0).Value);
        Assert.Equal("y", keys.KeyAt(1).Value);
        Assert.Same(keys.KeyAt(0), rt.Intern("x"));
        Assert.Equal(3L, ((PyInt)b.Values[0]!).Small);
        Assert.Equal(4L, ((PyInt)b.Values[1]!).Small);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void DictAccessMaterialisesOnce_AndTheDictStaysTheStorage(string backend)
    {
        var (rt, g) = Run(backend, Classes + """

            a = P(1, 2)
            d = a.__dict__
            a.z = 3
            same = d is a.__dict__ is vars(a)
            """);
        var a = Inst(rt, g, "a");
        Assert.Null(a.Values);
        Assert.Same(g.GetStr(rt.Intern("d")), a.MaterializedDict);
        Assert.Equal(3, a.MaterializedDict!.Count);
        Assert.Same(rt.True, g.GetStr(rt.Intern("same")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void DeletesKeepValues_OutOfOrderInsertionMaterialises(string backend)
    {
        var (rt, g) = Run(backend, Classes + """

            a = P(1, 2)
            del a.x               # values: x absent, y present
            b = P(1, 2)
            del b.y
            b.y = 5               # the last key again: still in index order
            c = P(1, 2)
            del c.x
            c.x = 7               # x would come after y: needs a dict
            e = P(1, 2)
            e.__class__ = type("Q", (P,), {})
            """);
        var a = Inst(rt, g, "a");
        Assert.NotNull(a.Values);
        Assert.Null(a.Values![0]);
        Assert.NotNull(Inst(rt, g, "b").Values);
        var c = Inst(rt, g, "c");
        Assert.Null(c.Values);
        Assert.Equal(["y", "x"], c.MaterializedDict!.Snapshot().Select(kv => ((PyStr)kv.Key).Value));
        Assert.NotNull(Inst(rt, g, "e").MaterializedDict); // a new class: its keys differ
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void MoreKeysThanTheLayoutHolds_Materialise(string backend)
    {
        var (rt, g) = Run(backend, """
            class C:
                pass
            a = C()
            for i in range(SharedMax + 5):
                setattr(a, "k%d" % i, i)
            b = C()
            b.k0 = 0
            """.Replace("SharedMax", SharedKeys.MaxKeys.ToString()));
        var a = Inst(rt, g, "a");
        Assert.Equal(SharedKeys.MaxKeys + 5, a.MaterializedDict!.Count);
        Assert.Equal(SharedKeys.MaxKeys, a.Type.InstanceKeys.Count);
        Assert.NotNull(Inst(rt, g, "b").Values);
    }

    [Fact]
    public void SharedKeys_ConcurrentAppendsGiveEachNameOneStableIndex()
    {
        var options = new RuntimeOptions { Stdout = new StringWriter(), Stderr = new StringWriter(), Stdin = new StringReader("") };
        PyRuntime rt = FreeThreadedEngine.Create(options);
        for (int round = 0; round < 200; round++)
        {
            var keys = new SharedKeys();
            var names = Enumerable.Range(0, SharedKeys.MaxKeys + 6).Select(i => new PyStr(rt.StrType, "n" + i)).ToArray();
            var results = new int[4][];
            Exception? failure = null;
            var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
            {
                try { results[t] = Append(t); }
                catch (Exception e) { failure = e; }
            })).ToArray();
            int[] Append(int t)
            {
                var r = new int[names.Length];
                for (int k = 0; k < names.Length; k++)
                {
                    int i = t % 2 == 0 ? (k + t * 7) % names.Length : (2 * names.Length - 1 - k + t * 5) % names.Length; // each thread: every name, its own order
                    r[i] = keys.IndexOfOrAdd(names[i], rt);
                    // a reader sees every published key fully written
                    int n = keys.Count;
                    for (int j = 0; j < n; j++) Assert.NotNull(keys.KeyAt(j));
                }
                return r;
            }
            foreach (var th in threads) th.Start();
            foreach (var th in threads) th.Join();
            Assert.Null(failure);
            Assert.Equal(SharedKeys.MaxKeys, keys.Count);
            for (int i = 0; i < names.Length; i++)
            {
                int ix = results[0][i];
                foreach (var r in results) Assert.Equal(ix, r[i]);          // one index per name
                if (ix >= 0) Assert.Equal(names[i].Value, keys.KeyAt(ix).Value);
                Assert.Equal(ix, keys.IndexOf(names[i]));
            }
            var given = results[0].Where(ix => ix >= 0).ToArray();
            Assert.Equal(given.Length, given.Distinct().Count());              // no index given twice
        }
    }
}
