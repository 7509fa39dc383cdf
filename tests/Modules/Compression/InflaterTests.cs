using System.IO.Compression;
using Vm.Modules.Compression;
using Xunit;

namespace Vm.Tests.Modules.Compression;

/// <summary>The resumable inflater gives the same bytes however its input is split and its output capped.</summary>
public sealed class InflaterTests
{
    private static byte[] SampleText()
    {
        var rng = new Random(7);
        var words = Enumerable.Range(0, 200).Select(_ => string.Concat(Enumerable.Range(0, rng.Next(1, 9)).Select(_ => (char)('a' + rng.Next(10))))).ToArray();
        return System.Text.Encoding.ASCII.GetBytes(string.Join(' ', Enumerable.Range(0, 30000).Select(_ => words[rng.Next(words.Length)])));
    }

    private static byte[] Deflate(byte[] data, int level)
    {
        var sink = new MemoryStream();
        using (var z = new DeflateStream(sink, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) z.Write(data);
        return sink.ToArray();
    }

    [Theory]
    [InlineData(0, 1, int.MaxValue)]
    [InlineData(6, 1, int.MaxValue)]
    [InlineData(6, 3, 1)]
    [InlineData(9, 1000, 257)]
    [InlineData(1, 65536, 4096)]
    public void AnySplitOfInputAndOutputGivesTheSameBytes(int level, int chunk, int cap)
    {
        var text = SampleText();
        var compressed = Deflate(text, level);
        var inflater = new Inflater();
        var output = new List<byte>();
        int fed = 0;
        while (!inflater.Finished)
        {
            int before = output.Count;
            inflater.Inflate(output, cap);
            Assert.True(output.Count - before <= cap);
            if (output.Count - before < cap || cap == int.MaxValue)
            {
                Assert.True(fed < compressed.Length || inflater.Finished, "inflater stalled with all input given");
                int n = Math.Min(chunk, compressed.Length - fed);
                inflater.Feed(compressed.AsSpan(fed, n));
                fed += n;
            }
        }
        Assert.Equal(text, output.ToArray());
        Assert.Equal(0, inflater.Unread.Length);
    }

    [Fact]
    public void BytesAfterTheStreamAreLeftUnread()
    {
        var compressed = Deflate(SampleText(), 6);
        var inflater = new Inflater();
        inflater.Feed([.. compressed, 1, 2, 3]);
        inflater.Inflate(new List<byte>());
        Assert.True(inflater.Finished);
        Assert.Equal(new byte[] { 1, 2, 3 }, inflater.Unread.ToArray());
    }

    [Theory]
    [InlineData(new byte[] { 0x07 }, "invalid block type")]
    [InlineData(new byte[] { 0x01, 0x05, 0x00, 0x05, 0x00 }, "invalid stored block lengths")]
    [InlineData(new byte[] { 0x03, 0x02 }, "invalid distance too far back")]
    public void CorruptDataIsReportedNotCrashed(byte[] data, string message)
    {
        var inflater = new Inflater();
        inflater.Feed(data);
        var e = Assert.Throws<InflateException>(() => inflater.Inflate(new List<byte>()));
        Assert.Equal(message, e.Message);
    }
}
