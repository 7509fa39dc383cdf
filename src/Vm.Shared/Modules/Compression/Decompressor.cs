// One compressed stream as zlib.decompressobj sees it: an optional zlib (RFC 1950) or gzip
// (RFC 1952) header, the deflate data (Inflater), and the trailer whose checksum and length are
// checked. Input may arrive in pieces; the header and trailer are read once all their bytes are in.
using System.Runtime.InteropServices;

namespace Vm.Modules.Compression;

public enum StreamFormat { Raw, Zlib, Gzip, Detect }

public sealed class Decompressor
{
    private enum Phase { Header, Body, Trailer, End }

    private readonly Inflater _inflater = new();
    private StreamFormat _format;
    private Phase _phase;
    private readonly byte[]? _dictionary;
    private uint _check;
    private long _size;

    /// <summary>Thrown when the data is not a valid stream; Code is zlib's error number (-3 data error, 2 need dictionary).</summary>
    public sealed class DataError(int code, string message) : Exception(message)
    {
        public int Code { get; } = code;
    }

    public Decompressor(StreamFormat format, byte[]? dictionary)
    {
        _format = format;
        _dictionary = dictionary;
        _phase = format == StreamFormat.Raw ? Phase.Body : Phase.Header;
        if (format == StreamFormat.Raw && dictionary != null) _inflater.SetDictionary(dictionary);
    }

    /// <summary>The trailer has been read: the stream is complete.</summary>
    public bool Finished => _phase == Phase.End;

    /// <summary>Input given but not part of the stream (after Finished: the bytes that follow it).</summary>
    public ReadOnlySpan<byte> Unread => _inflater.Unread;

    public byte[] TakeUnread() => _inflater.TakeUnread();

    /// <summary>Adds input and decodes what it can, appending at most maxOut bytes to output.</summary>
    public void Decompress(ReadOnlySpan<byte> input, List<byte> output, int maxOut = int.MaxValue)
    {
        _inflater.Feed(input);
        try
        {
            if (_phase == Phase.Header && !ReadHeader()) return;
            if (_phase == Phase.Body)
            {
                int start = output.Count;
                _inflater.Inflate(output, maxOut);
                var produced = CollectionsMarshal.AsSpan(output)[start..];
                _size += produced.Length;
                _check = _format == StreamFormat.Zlib ? Checksums.Adler32(_check, produced)
                    : _format == StreamFormat.Gzip ? Checksums.Crc32(_check, produced) : 0;
                if (_inflater.Finished) _phase = _format == StreamFormat.Raw ? Phase.End : Phase.Trailer;
            }
            if (_phase == Phase.Trailer) ReadTrailer();
        }
        catch (InflateException e)
        {
            throw new DataError(-3, e.Message);
        }
    }

    private bool ReadHeader()
    {
        if (_format == StreamFormat.Detect)
        {
            if (!_inflater.TryPeek(2, out var magic)) return false;
            _format = magic[0] == 0x1f && magic[1] == 0x8b ? StreamFormat.Gzip : StreamFormat.Zlib;
        }
        return _format == StreamFormat.Zlib ? ReadZlibHeader() : ReadGzipHeader();
    }

    private bool ReadZlibHeader()
    {
        if (!_inflater.TryPeek(2, out var h)) return false;
        int cmf = h[0], flg = h[1];
        if (((cmf << 8) | flg) % 31 != 0) throw new DataError(-3, "incorrect header check");
        if ((cmf & 0x0f) != 8) throw new DataError(-3, "unknown compression method");
        if ((cmf >> 4) > 7) throw new DataError(-3, "invalid window size");
        bool hasDict = (flg & 0x20) != 0;
        if (hasDict)
        {
            if (!_inflater.TryPeek(6, out var withId)) return false;
            uint id = (uint)(withId[2] << 24 | withId[3] << 16 | withId[4] << 8 | withId[5]);
            if (_dictionary == null) throw new DataError(2, "");
            if (Checksums.Adler32(1, _dictionary) != id) throw new DataError(-3, "incorrect data check");
            _inflater.SetDictionary(_dictionary);
        }
        _inflater.Skip(hasDict ? 6 : 2);
        _check = 1;
        _phase = Phase.Body;
        return true;
    }

    private bool ReadGzipHeader()
    {
        if (!_inflater.TryPeek(10, out var h)) return false;
        if (h[0] != 0x1f || h[1] != 0x8b) throw new DataError(-3, "incorrect header check");
        if (h[2] != 8) throw new DataError(-3, "unknown compression method");
        int flags = h[3];
        if ((flags & 0xe0) != 0) throw new DataError(-3, "unknown header flags set");
        int length = 10;
        var all = _inflater.Unread;
        if ((flags & 0x04) != 0)
        {
            if (all.Length < length + 2) return false;
            length += 2 + (all[length] | all[length + 1] << 8);
        }
        foreach (int flag in (ReadOnlySpan<int>)[0x08, 0x10])
        {
            if ((flags & flag) == 0) continue;
            if (all.Length <= length) return false;
            int zero = all[length..].IndexOf((byte)0);
            if (zero < 0) return false;
            length += zero + 1;
        }
        if ((flags & 0x02) != 0) length += 2;
        if (all.Length < length) return false;
        _inflater.Skip(length);
        _check = 0;
        _phase = Phase.Body;
        return true;
    }

    private void ReadTrailer()
    {
        if (_format == StreamFormat.Zlib)
        {
            if (!_inflater.TryPeek(4, out var t)) return;
            uint stored = (uint)(t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3]);
            if (stored != _check) throw new DataError(-3, "incorrect data check");
            _inflater.Skip(4);
        }
        else
        {
            if (!_inflater.TryPeek(8, out var t)) return;
            uint crc = (uint)(t[0] | t[1] << 8 | t[2] << 16 | t[3] << 24);
            uint isize = (uint)(t[4] | t[5] << 8 | t[6] << 16 | t[7] << 24);
            if (crc != _check) throw new DataError(-3, "incorrect data check");
            if (isize != (uint)_size) throw new DataError(-3, "incorrect length check");
            _inflater.Skip(8);
        }
        _phase = Phase.End;
    }
}
