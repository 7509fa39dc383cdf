// LZMA2 framing around SharpCompress's LZMA1 codec (it decodes LZMA2 but cannot encode it).
// Writing: the input is cut into pieces, each encoded as an independent LZMA1 range-coder stream
// (no end marker) and framed as an LZMA2 chunk that resets the dictionary, the state and the
// properties (control 0xE0), so every chunk stands alone: at most 2 MiB unpacked and 64 KiB packed.
// A piece that does not shrink is stored as an uncompressed chunk (control 0x01, dictionary reset).
// Reading: Walk checks the chunk headers and finds where the data ends and how much it unpacks to
// (so truncation is found before any decoding), then SharpCompress decodes exactly that.
using SharpCompress.Compressors.LZMA;

namespace Vm.Modules.Compression;

internal static class Lzma2Chunks
{
    private const int MaxPacked = 1 << 16, MaxUnpacked = 1 << 21;
    public const byte Lc3Lp0Pb2 = 0x5D;

    /// <summary>Writes data as LZMA2 chunks (without the end byte).</summary>
    public static void Write(Stream sink, ReadOnlySpan<byte> data, int dictSize, int niceLen)
    {
        int pos = 0, unit = 1 << 18;
        while (pos < data.Length)
        {
            int n = Math.Min(unit, data.Length - pos);
            var piece = data.Slice(pos, n);
            var packed = EncodeLzma1(piece, Math.Min(dictSize, Math.Max(1 << 12, n)), niceLen, eos: false);
            if (packed.Length > MaxPacked && n > MaxPacked)
            {
                unit = Math.Max(MaxPacked, n / 2);
                continue;
            }
            if (packed.Length >= n || packed.Length > MaxPacked) WriteStored(sink, piece);
            else
            {
                int u = n - 1, p = packed.Length - 1;
                sink.WriteByte((byte)(0xE0 | (u >> 16)));
                sink.Write([(byte)(u >> 8), (byte)u, (byte)(p >> 8), (byte)p, Lc3Lp0Pb2]);
                sink.Write(packed);
                if (packed.Length < MaxPacked / 2 && unit < MaxUnpacked) unit = Math.Min(MaxUnpacked, unit * 2);
            }
            pos += n;
        }
    }

    private static void WriteStored(Stream sink, ReadOnlySpan<byte> piece)
    {
        for (int at = 0; at < piece.Length; at += MaxPacked)
        {
            int n = Math.Min(MaxPacked, piece.Length - at), s = n - 1;
            sink.Write([0x01, (byte)(s >> 8), (byte)s]);
            sink.Write(piece.Slice(at, n));
        }
    }

    /// <summary>An LZMA1 range-coder stream (lc=3 lp=0 pb=2); its 5 property bytes in props.</summary>
    public static byte[] EncodeLzma1(ReadOnlySpan<byte> data, int dictSize, int niceLen, bool eos) =>
        EncodeLzma1(data, dictSize, niceLen, eos, out _);

    public static byte[] EncodeLzma1(ReadOnlySpan<byte> data, int dictSize, int niceLen, bool eos, out byte[] props)
    {
        var sink = new MemoryStream();
        var enc = LzmaStream.Create(new LzmaEncoderProperties(eos, dictSize, niceLen), false, sink);
        props = enc.Properties;
        enc.Write(data);
        enc.Dispose();
        return sink.ToArray();
    }

    /// <summary>The LZMA2 dictionary byte for a dictionary of at least size bytes.</summary>
    public static byte DictByte(long size)
    {
        for (int b = 0; b < 40; b++)
            if (DictSize(b) >= size) return (byte)b;
        return 40;
    }

    public static long DictSize(int b) => b >= 40 ? uint.MaxValue : (long)(2 | (b & 1)) << (b / 2 + 11);

    /// <summary>Checks the chunks from start; returns the offset after the end byte and the unpacked size.</summary>
    public static int Walk(byte[] input, int start, int length, out long unpacked)
    {
        unpacked = 0;
        int pos = start;
        while (true)
        {
            int c = At(input, pos++, length);
            if (c == 0) return pos;
            if (c is 1 or 2)
            {
                int size = ((At(input, pos, length) << 8) | At(input, pos + 1, length)) + 1;
                pos += 2 + size;
                unpacked += size;
            }
            else if (c >= 0x80)
            {
                unpacked += ((c & 0x1F) << 16) + ((At(input, pos, length) << 8) | At(input, pos + 1, length)) + 1;
                int packed = ((At(input, pos + 2, length) << 8) | At(input, pos + 3, length)) + 1;
                pos += 4 + (c >= 0xC0 ? 1 : 0) + packed;
            }
            else throw new WholeStreamDecoder.DataError("Corrupt input data");
            if (pos > length) throw new WholeStreamDecoder.Truncated();
        }
    }

    private static int At(byte[] input, int i, int length) =>
        i < length ? input[i] : throw new WholeStreamDecoder.Truncated();

    /// <summary>Decodes the LZMA2 data input[start..end) that unpacks to unpacked bytes.</summary>
    public static byte[] Decode(byte[] input, int start, int end, long unpacked, long dictSize)
    {
        var props = new[] { DictByte(Math.Max(4096, Math.Min(dictSize, unpacked))) };
        using var z = LzmaStream.Create(props, new FedInput(input, start, end), end - start, unpacked, null, true, true);
        return ReadAll(z, unpacked);
    }

    public static byte[] ReadAll(Stream z, long size)
    {
        if (size < 0)
        {
            var ms = new MemoryStream();
            z.CopyTo(ms);
            return ms.ToArray();
        }
        var output = new byte[size];
        int got = 0;
        while (got < output.Length)
        {
            int n = z.Read(output, got, output.Length - got);
            if (n <= 0) throw new WholeStreamDecoder.DataError("Corrupt input data");
            got += n;
        }
        return output;
    }
}
