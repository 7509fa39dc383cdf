// The representation of lone surrogates in str Values (src/Vm.Shared/Objects/LoneSurrogates.cs):
// property tests against a model (a str is an int[] of code points), and fast path == slow path
// for surrogate-free strings, which must be stored and treated exactly as before.
using System.Text;
using Vm.Builtins.Text;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Str;

public sealed class LoneSurrogateTests
{
    /// <summary>Random code points; with surrogates, about a third of them are lone surrogates
    /// (so adjacent high-low lone surrogates, the ambiguous case, are frequent).</summary>
    private static int[] RandomCps(Random r, int maxLen, bool surrogates)
    {
        var cps = new int[r.Next(maxLen + 1)];
        for (int i = 0; i < cps.Length; i++)
        {
            cps[i] = r.Next(6) switch
            {
                0 => 'a' + r.Next(3),
                1 => 0xE000 + r.Next(3),                             // above the surrogates, below astral
                2 => 0x1F600 + r.Next(2),                            // astral: D83D DE00 / D83D DE01
                3 => 0x10000 + r.Next(3),                            // astral whose low half is DC00..DC02 (= escape leads)
                4 when surrogates => 0xD83D + r.Next(2),             // lone highs
                5 when surrogates => r.Next(2) == 0 ? 0xDE00 : 0xDC00 + r.Next(4), // lone lows, some equal to escape units
                _ => 'x',
            };
        }
        return cps;
    }

    private static int CompareModel(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length.CompareTo(b.Length);
    }

    private static int IndexOfModel(int[] hay, int[] needle)
    {
        for (int i = 0; i + needle.Length <= hay.Length; i++)
            if (hay.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ValuesBehaveAsCodePointSequences(bool surrogates)
    {
        var r = new Random(surrogates ? 1234 : 4321);
        for (int n = 0; n < 4000; n++)
        {
            int[] a = RandomCps(r, 6, surrogates), b = RandomCps(r, 6, surrogates), c = RandomCps(r, 3, surrogates);
            string va = CodePoints.FromArray(a), vb = CodePoints.FromArray(b), vc = CodePoints.FromArray(c);
            // Round trip, length, and forward/backward iteration.
            Assert.Equal(a, CodePoints.ToArray(va));
            Assert.Equal(a.Length, CodePoints.CountCp(va, 0, va.Length));
            Assert.Equal(a.Length, new PyStr(null!, va).Length);
            var back = new List<int>();
            for (int i = va.Length; i > 0;) back.Add(CodePoints.Prev(va, ref i));
            back.Reverse();
            Assert.Equal(a, back);
            // Concatenating Values concatenates code points: nothing pairs across the junction.
            Assert.Equal(a.Concat(b).ToArray(), CodePoints.ToArray(va + vb));
            // Equality and order of Values are those of the code point sequences.
            Assert.Equal(a.AsSpan().SequenceEqual(b), va == vb);
            Assert.Equal(Math.Sign(CompareModel(a, b)), Math.Sign(CodePoints.Compare(va, vb)));
            // Ordinal search of one Value in another finds code point matches only.
            var hay = a.Concat(c).Concat(b).ToArray();
            string vhay = va + vc + vb;
            int at = vhay.IndexOf(vc, StringComparison.Ordinal);
            Assert.Equal(IndexOfModel(hay, c), at < 0 ? -1 : CodePoints.CountCp(vhay, 0, at));
            int atB = va.IndexOf(vb, StringComparison.Ordinal);
            Assert.Equal(IndexOfModel(a, b), atB < 0 ? -1 : CodePoints.CountCp(va, 0, atB));
            // One code point strings.
            foreach (int cp in a) Assert.Equal(cp, CodePoints.SingleCp(CodePoints.FromCp(cp)));
            Assert.Equal(a.Any(LoneSurrogates.IsSurrogateCp), LoneSurrogates.Contains(va));
        }
    }

    [Fact]
    public void SurrogateFreeStringsAreStoredAsPlainUtf16()
    {
        var r = new Random(99);
        for (int n = 0; n < 2000; n++)
        {
            var a = RandomCps(r, 8, surrogates: false);
            string plain = string.Concat(a.Select(char.ConvertFromUtf32));
            string v = CodePoints.FromArray(a);
            Assert.Equal(plain, v);
            Assert.Same(v, LoneSurrogates.Canonical(v));
            Assert.Same(v, LoneSurrogates.Natural(v));
            Assert.False(LoneSurrogates.Contains(v));
            Assert.Equal(Math.Sign(string.CompareOrdinal(plain, plain + "a")), Math.Sign(CodePoints.Compare(v, v + "a")));
        }
    }

    [Fact]
    public void FastPathsEqualSlowPathsOnSimpleStrings()
    {
        var r = new Random(7);
        for (int n = 0; n < 2000; n++)
        {
            // Simple strings: no surrogate units at all.
            var a = RandomCps(r, 8, surrogates: false).Where(cp => cp < 0x10000).ToArray();
            var b = RandomCps(r, 8, surrogates: false).Where(cp => cp < 0x10000).ToArray();
            string va = CodePoints.FromArray(a), vb = CodePoints.FromArray(b);
            var s = new PyStr(null!, va);
            Assert.True(s.IsSimple);
            for (int k = 0; k <= a.Length + 1; k++)
                Assert.Equal(CodePoints.CharIndex(va, k), CodePoints.CharIndex(s, k)); // PyStr overload: identity
            Assert.Equal(CodePoints.ToArray(va), CodePoints.ToArray(s));
            // Compare's unit fast path against the code point walk it falls back to.
            Assert.Equal(Math.Sign(CompareModel(a, b)), Math.Sign(CodePoints.Compare(va, vb)));
        }
    }

    [Fact]
    public void EscapesAndNaturalUtf16Convert()
    {
        Assert.Equal("\uDC00\uDE00", LoneSurrogates.Escape(0xD800));
        Assert.Equal("\uDC03\uDFFF", LoneSurrogates.Escape(0xDFFF));
        for (int cp = 0xD800; cp <= 0xDFFF; cp++)
        {
            var e = LoneSurrogates.Escape(cp);
            Assert.True(LoneSurrogates.IsEscape(e[0], e[1]));
            Assert.Equal(cp, LoneSurrogates.Decode(e[0], e[1]));
        }
        // A .NET string with a natural lone surrogate becomes canonical, and back.
        string natural = "a\uD83D b\uDE00\uD83D\uDE00";
        string canonical = LoneSurrogates.Canonical(natural);
        Assert.Equal(new[] { 'a', 0xD83D, ' ', 'b', 0xDE00, 0x1F600 }, CodePoints.ToArray(canonical));
        Assert.Equal(natural, LoneSurrogates.Natural(canonical));
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void StderrBackslashReplacesAndStdoutRaises(string backend)
    {
        var outW = new StringWriter();
        var errW = new StringWriter();
        var options = new RuntimeOptions { Stdout = outW, Stderr = errW, Stdin = new StringReader("") };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        int status = ScriptRunner.RunMain(rt, """
            import sys
            print("a\ud83d", "\ude00b", file=sys.stderr)
            try:
                print("x", "\ud83d")
            except UnicodeEncodeError as e:
                print("|", e.start, e.end, sys.stdout.errors, sys.stderr.errors)
            """, "<test>");
        Assert.Equal(0, status);
        Assert.Equal("a\\ud83d \\ude00b\n", errW.ToString().Replace("\r\n", "\n"));
        Assert.Equal("x | 0 1 strict backslashreplace\n", outW.ToString().Replace("\r\n", "\n"));

        // An uncaught exception's traceback goes to stderr the same way.
        errW.GetStringBuilder().Clear();
        PyRuntime rt2 = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        Assert.Equal(1, ScriptRunner.RunMain(rt2, "raise ValueError('x\\ud83d' + '\\ude00')\n", "<test>"));
        Assert.EndsWith("ValueError: x\\ud83d\\ude00\n", errW.ToString().Replace("\r\n", "\n"));
    }
}
