using System.Text;
using Vm.Modules.Xml;
using Xunit;

namespace Vm.Tests.Modules.Xml;

/// <summary>The XML scanner behind pyexpat: the same tokens however the input is split, expat's error codes at
/// expat's positions, and no .NET exception on any input.</summary>
public sealed class XmlScannerTests
{
    private const string Doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"ent\">]>\n<!-- c -->\n" +
        "<r a=\"1&amp;2\" b='x\ty'>\r\n  t&lt;&#65;&e; caf\u00e9<![CDATA[<raw>\n]x]]]]><?pi d?><e/>\n</r>\n";

    /// <summary>Scans `data` in pieces of `chunk` bytes the way Lib/pyexpat.py does (keeping the unscanned tail).</summary>
    private static (List<XmlEvent> Events, XmlScanError? Error) ScanInPieces(byte[] data, int chunk)
    {
        var events = new List<XmlEvent>();
        var entities = new Dictionary<string, string>();
        byte[] buf = [];
        int line = 1, col = 0, depth = 0, phase = 0, fed = 0;
        while (true)
        {
            int n = Math.Min(chunk, data.Length - fed);
            bool final = fed + n == data.Length;
            buf = [.. buf, .. data.AsSpan(fed, n)];
            fed += n;
            var sc = new XmlScanner(buf, 0, final, line, col, depth, phase, entities, namespaces: false);
            sc.Scan();
            events.AddRange(sc.Events);
            if (sc.Error != null || final) return (events, sc.Error);
            buf = buf[sc.Position..];
            (line, col, depth, phase) = (sc.Line, sc.Column, sc.Depth, sc.Phase);
        }
    }

    /// <summary>Tokens as comparable text, adjacent character data merged (a split may cut a run of text).</summary>
    private static List<string> Describe(List<XmlEvent> events)
    {
        var res = new List<string>();
        foreach (var e in events)
        {
            if (e.Kind == XmlEventKind.Data && res.Count > 0 && res[^1].StartsWith("Data:", StringComparison.Ordinal))
            {
                res[^1] += e.S1;
                continue;
            }
            var attrs = e.Attrs == null ? "" : string.Join(",", e.Attrs);
            res.Add(e.Kind == XmlEventKind.Data ? "Data:" + e.S1 : $"{e.Kind} {e.Line}:{e.Column} {e.S1}|{e.S2}|{e.S3}|{attrs}|{e.Flag}");
        }
        return res;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(17)]
    public void AnySplitGivesTheSameTokensAsOneScan(int chunk)
    {
        var data = Encoding.UTF8.GetBytes(Doc);
        var (whole, wholeError) = ScanInPieces(data, data.Length);
        var (pieces, piecesError) = ScanInPieces(data, chunk);
        Assert.Null(wholeError);
        Assert.Null(piecesError);
        Assert.Equal(Describe(whole), Describe(pieces));
        Assert.Contains("Data:\n  t<Aent caf\u00e9", Describe(whole));
    }

    [Theory]
    [InlineData("", 3, 1, 0)]
    [InlineData("abc", 2, 1, 0)]
    [InlineData("<a>", 3, 1, 3)]
    [InlineData("<a/><b/>", 9, 1, 4)]
    [InlineData("<a>&</a>", 4, 1, 4)]
    [InlineData("<a>&foo;</a>", 11, 1, 3)]
    [InlineData("<a><b", 5, 1, 3)]
    [InlineData("<a><![CDATA[xx", 20, 1, 14)]
    [InlineData("<a b='1' b='2'/>", 8, 1, 9)]
    [InlineData("<a\n b='<'/>", 4, 2, 4)]
    [InlineData(" <?xml version='1.0'?><a/>", 17, 1, 1)]
    [InlineData("<a><!-- a -- b --></a>", 4, 1, 12)]
    [InlineData("<a>&#0;</a>", 14, 1, 3)]
    [InlineData("<?xml version='1.0' standalone='maybe'?><a/>", 30, 1, 32)]
    public void ErrorsHaveExpatsCodeAndPosition(string doc, int code, int line, int column)
    {
        var (_, error) = ScanInPieces(Encoding.UTF8.GetBytes(doc), int.MaxValue);
        Assert.NotNull(error);
        Assert.Equal((code, line, column), (error.Value.Code, error.Value.Line, error.Value.Column));
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var rng = new Random(11);
        var seed = Encoding.UTF8.GetBytes(Doc);
        for (int i = 0; i < 3000; i++)
        {
            var data = (byte[])seed.Clone();
            for (int k = rng.Next(1, 6); k > 0; k--) data[rng.Next(data.Length)] = (byte)rng.Next(256);
            var (events, error) = ScanInPieces(data, rng.Next(1, 40));
            Assert.True(error != null || events.Count > 0);
        }
    }
}
