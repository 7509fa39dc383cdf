// The .xz container (the xz file format 1.2.0): stream header, blocks holding LZMA2 data and an
// integrity check of the block's output (none, CRC32, CRC64, SHA-256), the index and the footer.
// XzWriter writes one block for all input (its LZMA2 chunks leave as input arrives, 1 MiB at a time);
// XzReader.Decode checks the whole structure (headers, chunk walk, index, footer) before decoding,
// so a stream cut short is Truncated without any decoding work.
using System.Security.Cryptography;

namespace Vm.Modules.Compression;

internal static class XzFormat
{
    public static readonly byte[] Magic = [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00];
    public const int CheckNone = 0, CheckCrc32 = 1, CheckCrc64 = 4, CheckSha256 = 10;
    public const ulong FilterLzma2 = 0x21;

    public static int CheckSize(int check) => check == 0 ? 0 : 4 << ((check - 1) / 3);

    public static bool IsSupported(int check) => check is CheckNone or CheckCrc32 or CheckCrc64 or CheckSha256;

    public static void WriteVarint(Stream s, ulong v)
    {
        while (v >= 0x80)
        {
            s.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }
        s.WriteByte((byte)v);
    }

    public static byte[] Le32(uint v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];

    /// <summary>The integrity check of a block's output, computed as the output arrives.</summary>
    public sealed class Check(int kind)
    {
        private uint _crc32;
        private ulong _crc64;
        private readonly IncrementalHash? _sha = kind == CheckSha256 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;

        public void Add(ReadOnlySpan<byte> data)
        {
            switch (kind)
            {
                case CheckCrc32: _crc32 = Checksums.Crc32(_crc32, data); break;
                case CheckCrc64: _crc64 = XzCrc64.Update(_crc64, data); break;
                case CheckSha256: _sha!.AppendData(data); break;
            }
        }

        public byte[] Value() => kind switch
        {
            CheckCrc32 => Le32(_crc32),
            CheckCrc64 => BitConverter.GetBytes(_crc64),
            CheckSha256 => _sha!.GetHashAndReset(),
            _ => [],
        };
    }
}

/// <summary>An incremental .xz writer: Compress returns the bytes ready so far, Finish the rest.</summary>
internal sealed class XzWriter(int check, int dictSize, int niceLen)
{
    private const int Batch = 1 << 20;
    private readonly MemoryStream _out = new();
    private readonly MemoryStream _pending = new();
    private readonly XzFormat.Check _check = new(check);
    private bool _started;
    private long _blockData, _uncompressed;
    private int _headerSize;

    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        if (!_started) WriteStreamHeader();
        _pending.Write(data);
        if (_pending.Length >= Batch) EncodePending();
        return CodecDrain();
    }

    public byte[] Finish()
    {
        if (!_started) WriteStreamHeader();
        EncodePending();
        var records = new List<(long Unpadded, long Uncompressed)>();
        if (_headerSize > 0)
        {
            _out.WriteByte(0);
            _blockData++;
            for (long p = _blockData; p % 4 != 0; p++) _out.WriteByte(0);
            _out.Write(_check.Value());
            records.Add((_headerSize + _blockData + XzFormat.CheckSize(check), _uncompressed));
        }
        var index = new MemoryStream();
        index.WriteByte(0);
        XzFormat.WriteVarint(index, (ulong)records.Count);
        foreach (var (unpadded, uncompressed) in records)
        {
            XzFormat.WriteVarint(index, (ulong)unpadded);
            XzFormat.WriteVarint(index, (ulong)uncompressed);
        }
        while (index.Length % 4 != 0) index.WriteByte(0);
        index.Write(XzFormat.Le32(Checksums.Crc32(0, index.ToArray())));
        _out.Write(index.ToArray());
        byte[] tail = [.. XzFormat.Le32((uint)(index.Length / 4 - 1)), 0, (byte)check];
        _out.Write(XzFormat.Le32(Checksums.Crc32(0, tail)));
        _out.Write(tail);
        _out.Write("YZ"u8);
        return CodecDrain();
    }

    private void WriteStreamHeader()
    {
        _started = true;
        _out.Write(XzFormat.Magic);
        byte[] flags = [0, (byte)check];
        _out.Write(flags);
        _out.Write(XzFormat.Le32(Checksums.Crc32(0, flags)));
    }

    private void EncodePending()
    {
        if (_pending.Length == 0) return;
        if (_headerSize == 0) WriteBlockHeader();
        var data = _pending.GetBuffer().AsSpan(0, (int)_pending.Length);
        _check.Add(data);
        _uncompressed += data.Length;
        long before = _out.Length;
        Lzma2Chunks.Write(_out, data, dictSize, niceLen);
        _blockData += _out.Length - before;
        _pending.SetLength(0);
    }

    private void WriteBlockHeader()
    {
        // size byte, flags (one filter, no sizes), LZMA2's id, props size 1, dictionary byte, padding, CRC32.
        byte[] header = [2, 0, (byte)XzFormat.FilterLzma2, 1, Lzma2Chunks.DictByte(dictSize), 0, 0, 0];
        _out.Write(header);
        _out.Write(XzFormat.Le32(Checksums.Crc32(0, header)));
        _headerSize = header.Length + 4;
    }

    private byte[] CodecDrain()
    {
        var bytes = _out.ToArray();
        _out.SetLength(0);
        return bytes;
    }
}

/// <summary>Reads one .xz stream at the start of the fed input.</summary>
internal static class XzReader
{
    private static WholeStreamDecoder.DataError Corrupt() => new("Corrupt input data");

    /// <summary>The check id in a complete stream header, or -1 if fewer than 8 bytes are there.</summary>
    public static int CheckOf(ReadOnlySpan<byte> input) => input.Length >= 8 ? input[7] & 0x0F : -1;

    /// <summary>True if input[..end) ends with a footer whose CRC32 holds (a likely stream end).</summary>
    public static bool IsFooterAt(byte[] input, int end) =>
        end >= 24 && end % 4 == 0 && input[end - 2] == (byte)'Y' && input[end - 1] == (byte)'Z' &&
        Checksums.Crc32(0, input.AsSpan(end - 8, 6)) == BitConverter.ToUInt32(input, end - 12);

    /// <summary>Checks the 12-byte stream header at the start of input (magic, CRC32, flags).</summary>
    public static void CheckStreamHeader(ReadOnlySpan<byte> input)
    {
        if (!input[..6].SequenceEqual(XzFormat.Magic)) throw new WholeStreamDecoder.DataError("Input format not supported by decoder");
        if (Checksums.Crc32(0, input.Slice(6, 2)) != BitConverter.ToUInt32(input.Slice(8, 4))) throw Corrupt();
        if (input[6] != 0 || (input[7] & 0xF0) != 0) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
    }

    public static byte[] Decode(byte[] input, int length, long memlimit, out int consumed)
    {
        Need(12, length);
        CheckStreamHeader(input.AsSpan(0, 12));
        int check = input[7];
        int pos = 12;
        var blocks = new List<(int DataStart, int DataEnd, long Unpacked, long Dict, int CheckAt)>();
        var records = new List<(long Unpadded, long Uncompressed)>();
        while (true)
        {
            Need(pos + 1, length);
            if (input[pos] == 0) break;
            int headerSize = (input[pos] + 1) * 4;
            Need(pos + headerSize, length);
            if (Checksums.Crc32(0, input.AsSpan(pos, headerSize - 4)) != BitConverter.ToUInt32(input, pos + headerSize - 4)) throw Corrupt();
            long dict = ParseBlockHeader(input, pos + 1, pos + headerSize - 4);
            if (memlimit >= 0 && dict > memlimit) throw new WholeStreamDecoder.DataError("Memory usage limit exceeded");
            int dataStart = pos + headerSize;
            int dataEnd = Lzma2Chunks.Walk(input, dataStart, length, out long unpacked);
            int checkAt = dataEnd;
            while ((checkAt - dataStart) % 4 != 0)
            {
                Need(checkAt + 1, length);
                if (input[checkAt++] != 0) throw Corrupt();
            }
            pos = checkAt + XzFormat.CheckSize(check);
            Need(pos, length);
            blocks.Add((dataStart, dataEnd, unpacked, dict, checkAt));
            records.Add((headerSize + dataEnd - dataStart + XzFormat.CheckSize(check), unpacked));
        }
        pos = CheckIndex(input, pos, length, records);
        Need(pos + 12, length);
        if (Checksums.Crc32(0, input.AsSpan(pos + 4, 6)) != BitConverter.ToUInt32(input, pos) ||
            input[pos + 8] != 0 || input[pos + 9] != check || input[pos + 10] != 'Y' || input[pos + 11] != 'Z') throw Corrupt();
        consumed = pos + 12;

        var output = new MemoryStream();
        foreach (var (dataStart, dataEnd, unpacked, dict, checkAt) in blocks)
        {
            var block = Lzma2Chunks.Decode(input, dataStart, dataEnd, unpacked, dict);
            if (XzFormat.IsSupported(check))
            {
                var c = new XzFormat.Check(check);
                c.Add(block);
                if (!c.Value().AsSpan().SequenceEqual(input.AsSpan(checkAt, XzFormat.CheckSize(check)))) throw Corrupt();
            }
            output.Write(block);
        }
        return output.ToArray();
    }

    private static void Need(int end, int length)
    {
        if (end > length) throw new WholeStreamDecoder.Truncated();
    }

    /// <summary>The dictionary size of a block whose only filter is LZMA2 (other chains are unsupported).</summary>
    private static long ParseBlockHeader(byte[] input, int pos, int end)
    {
        int flags = input[pos++];
        if ((flags & 0x3C) != 0) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
        if ((flags & 0x40) != 0) ReadVarint(input, ref pos, end);
        if ((flags & 0x80) != 0) ReadVarint(input, ref pos, end);
        if ((flags & 3) != 0) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
        ulong id = ReadVarint(input, ref pos, end);
        ulong size = ReadVarint(input, ref pos, end);
        if (id != XzFormat.FilterLzma2 || size != 1 || pos >= end) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
        int b = input[pos++];
        if (b > 40) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
        for (; pos < end; pos++)
            if (input[pos] != 0) throw new WholeStreamDecoder.DataError("Invalid or unsupported options");
        return Lzma2Chunks.DictSize(b);
    }

    /// <summary>A multibyte integer; running into end is Truncated (index) or Corrupt (a header).</summary>
    private static ulong ReadVarint(byte[] input, ref int pos, int end, bool truncated = false)
    {
        ulong v = 0;
        for (int shift = 0; shift < 63; shift += 7)
        {
            if (pos >= end) throw truncated ? new WholeStreamDecoder.Truncated() : Corrupt();
            byte b = input[pos++];
            v |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw Corrupt();
    }

    /// <summary>Checks the index against the blocks read; returns the offset of the footer.</summary>
    private static int CheckIndex(byte[] input, int pos, int length, List<(long Unpadded, long Uncompressed)> records)
    {
        int start = pos++;
        // The index's own size is unknown until parsed: varints are read with the input's end as bound.
        ulong count = ReadVarint(input, ref pos, length, truncated: true);
        if (count != (ulong)records.Count) throw Corrupt();
        foreach (var (unpadded, uncompressed) in records)
        {
            if (ReadVarint(input, ref pos, length, truncated: true) != (ulong)unpadded) throw Corrupt();
            if (ReadVarint(input, ref pos, length, truncated: true) != (ulong)uncompressed) throw Corrupt();
        }
        while ((pos - start) % 4 != 0)
        {
            Need(pos + 1, length);
            if (input[pos++] != 0) throw Corrupt();
        }
        Need(pos + 4, length);
        if (Checksums.Crc32(0, input.AsSpan(start, pos - start)) != BitConverter.ToUInt32(input, pos)) throw Corrupt();
        return pos + 4;
    }
}
