// `s += t` shares a growing buffer between strs (Objects/AppendedStr.cs). These tests check what a
// user relies on: every str made that way has exactly the text of string.Concat and never changes
// afterwards, also when several threads append to the same str at once (only one of them may extend
// the shared buffer; the rest copy). Without the buffer lock, two threads both extend the tip and
// one result ends with the other's chars: RacingAppendsToOneTip_EachResultExact fails.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class AppendedStrTests
{
    private static readonly PyRuntime Rt = FreeThreadedEngine.Create();

    private static PyStr Str(string s) => Rt.NewStr(s);

    [Fact]
    public void InPlaceAppends_TextEqualsConcatAndEarlierStrsUnchanged()
    {
        PyStr s = Str(new string('a', 300));
        var seen = new List<(PyStr Str, string Text)>();
        var expected = new string('a', 300);
        for (int i = 0; i < 2000; i++)
        {
            var piece = (i % 7).ToString() + (i % 3 == 0 ? "\U0001F600" : "");
            s = AppendedStr.Concat(Rt, s, Str(piece), inplace: true);
            expected += piece;
            if (i % 97 == 0) seen.Add((s, expected));
        }
        Assert.IsType<AppendedStr>(s);
        Assert.Equal(expected, s.Value);
        Assert.Equal(expected.EnumerateRunes().Count(), s.Length);
        foreach (var (str, text) in seen) Assert.Equal(text, str.Value);
    }

    [Fact]
    public void ShortResultsAndPlainAdds_StayPlainStrs()
    {
        var a = AppendedStr.Concat(Rt, Str("abc"), Str("def"), inplace: true);
        Assert.IsNotType<AppendedStr>(a);
        Assert.Equal("abcdef", a.Value);
        var b = AppendedStr.Concat(Rt, Str(new string('x', 400)), Str("y"), inplace: false);
        Assert.IsNotType<AppendedStr>(b);
        var e = Str(new string('z', 500));
        Assert.Same(e, AppendedStr.Concat(Rt, e, Str(""), inplace: true));
        Assert.Same(e, AppendedStr.Concat(Rt, Str(""), e, inplace: true));
    }

    [Fact]
    public void AppendToOlderStr_CopiesAndLeavesNewerOneAlone()
    {
        var older = AppendedStr.Concat(Rt, Str(new string('o', 300)), Str("1"), inplace: true);
        var newer = AppendedStr.Concat(Rt, older, Str("2"), inplace: true);
        var branch = AppendedStr.Concat(Rt, older, Str("3"), inplace: true);
        var newer2 = AppendedStr.Concat(Rt, newer, Str("4"), inplace: true);
        Assert.Equal(new string('o', 300) + "1", older.Value);
        Assert.Equal(new string('o', 300) + "12", newer.Value);
        Assert.Equal(new string('o', 300) + "13", branch.Value);
        Assert.Equal(new string('o', 300) + "124", newer2.Value);
    }

    [Fact]
    public void RacingAppendsToOneTip_EachResultExact()
    {
        const int threads = 2, rounds = 4000, suffixLength = 4000;
        var tips = new PyStr[rounds];
        for (int r = 0; r < rounds; r++)
            tips[r] = AppendedStr.Concat(Rt, Str(new string('b', 300)), Str(r.ToString()), inplace: true);
        var results = new PyStr[threads, rounds];
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(k => new Thread(() =>
        {
            var suffix = Str(new string((char)('A' + k), suffixLength));
            for (int r = 0; r < rounds; r++)
            {
                barrier.SignalAndWait(); // both threads reach the same tip together
                results[k, r] = AppendedStr.Concat(Rt, tips[r], suffix, inplace: true);
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        for (int r = 0; r < rounds; r++)
        {
            Assert.Equal(new string('b', 300) + r, tips[r].Value);
            for (int k = 0; k < threads; k++)
                Assert.Equal(new string('b', 300) + r + new string((char)('A' + k), suffixLength), results[k, r].Value);
        }
    }
}
