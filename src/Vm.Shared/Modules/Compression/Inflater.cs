// A DEFLATE decoder (RFC 1951) that can stop anywhere and go on later: input arrives in pieces
// (Feed), output can be capped (maxOut), and it knows exactly how many input bytes it has used,
// which is what zlib.decompressobj's unused_data / unconsumed_tail / eof report. .NET's
// DeflateStream cannot say where a stream ended inside its input, so zlib's decompression is ours.
//
// Resuming: decoding proceeds in units (a block header, one literal/length+distance symbol, a
// piece of a stored block). A unit changes no state until all its bits are read; when the input
// runs out inside a unit, the bit reader goes back to where the unit began and Inflate returns.
namespace Vm.Modules.Compression;

public sealed class InflateException(string message) : Exception(message);

public sealed class Inflater
{
    private const int WindowSize = 32768;

    private static readonly ushort[] s_lengthBase =
        [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] s_lengthExtra =
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly ushort[] s_distBase =
        [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
         8193, 12289, 16385, 24577];
    private static readonly byte[] s_distExtra =
        [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly byte[] s_codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private static readonly HuffmanCode s_fixedLit = FixedLiteralCode();
    private static readonly HuffmanCode s_fixedDist = FixedDistanceCode();

    private enum Stage { BlockHeader, Stored, Coded, Done }

    // Input not yet consumed: _in[_inPos.._inLen).
    private byte[] _in = new byte[256];
    private int _inPos, _inLen;
    // Bits taken from the input but not yet used (least significant first).
    private ulong _bits;
    private int _bitCount;
    private int _unitPos, _unitBitCount;
    private ulong _unitBits;

    // The last 32 KiB of output (distances reach back into it).
    private readonly byte[] _window = new byte[WindowSize];
    private int _winPos;
    private long _history;

    private Stage _stage = Stage.BlockHeader;
    private bool _lastBlock;
    private int _storedLeft;
    private HuffmanCode? _lit, _dist;
    private int _copyLeft, _copyDist;

    /// <summary>True once the final block has been decoded.</summary>
    public bool Finished => _stage == Stage.Done;

    /// <summary>Input bytes given but not consumed (after Finished: what follows the stream).</summary>
    public ReadOnlySpan<byte> Unread => _in.AsSpan(_inPos, _inLen - _inPos);

    public void Feed(ReadOnlySpan<byte> data)
    {
        if (_inPos > 0 && _inPos == _inLen) _inPos = _inLen = 0;
        if (_inLen + data.Length > _in.Length)
        {
            int live = _inLen - _inPos;
            var grown = live + data.Length > _in.Length ? new byte[Math.Max(_in.Length * 2, live + data.Length)] : _in;
            Array.Copy(_in, _inPos, grown, 0, live);
            _in = grown;
            _inPos = 0;
            _inLen = live;
        }
        data.CopyTo(_in.AsSpan(_inLen));
        _inLen += data.Length;
    }

    /// <summary>Takes back the unread input (zlib's unconsumed_tail when output was capped).</summary>
    public byte[] TakeUnread()
    {
        var rest = Unread.ToArray();
        _inLen = _inPos;
        return rest;
    }

    /// <summary>Bytes from the unread input, for a header or trailer around the deflate data; false if not all there yet.</summary>
    public bool TryPeek(int count, out ReadOnlySpan<byte> bytes)
    {
        bytes = _inLen - _inPos >= count ? _in.AsSpan(_inPos, count) : default;
        return _inLen - _inPos >= count;
    }

    public void Skip(int count) => _inPos += count;

    /// <summary>A preset dictionary (zlib's zdict): history that distances may reach.</summary>
    public void SetDictionary(ReadOnlySpan<byte> dict)
    {
        foreach (var b in dict.Length > WindowSize ? dict[^WindowSize..] : dict) Remember(b);
    }

    /// <summary>Decodes as much as the input allows, appending at most maxOut bytes to output.</summary>
    public void Inflate(List<byte> output, int maxOut = int.MaxValue)
    {
        int limit = maxOut == int.MaxValue ? int.MaxValue : output.Count + maxOut;
        try
        {
            while (_stage != Stage.Done && output.Count < limit)
            {
                BeginUnit();
                if (_copyLeft > 0)
                {
                    CopyMatch(output, limit);
                    continue;
                }
                switch (_stage)
                {
                    case Stage.BlockHeader: ReadBlockHeader(); break;
                    case Stage.Stored: CopyStored(output, limit); break;
                    case Stage.Coded: DecodeSymbol(output, limit); break;
                }
            }
        }
        catch (OutOfInput)
        {
            _inPos = _unitPos;
            _bits = _unitBits;
            _bitCount = _unitBitCount;
        }
        if (_stage == Stage.Done)
        {
            // The stream ends on a byte boundary: the bits left belong to its last byte.
            _bits = 0;
            _bitCount = 0;
        }
    }

    private void BeginUnit()
    {
        _unitPos = _inPos;
        _unitBits = _bits;
        _unitBitCount = _bitCount;
    }

    private sealed class OutOfInput : Exception
    {
        public static readonly OutOfInput Instance = new();
    }

    private int Bits(int n)
    {
        while (_bitCount < n)
        {
            if (_inPos == _inLen) throw OutOfInput.Instance;
            _bits |= (ulong)_in[_inPos++] << _bitCount;
            _bitCount += 8;
        }
        int v = (int)(_bits & ((1UL << n) - 1));
        _bits >>= n;
        _bitCount -= n;
        return v;
    }

    private void ReadBlockHeader()
    {
        int header = Bits(3);
        bool last = (header & 1) != 0;
        switch (header >> 1)
        {
            case 0:
                // Stored: skip to the byte boundary, then LEN and its complement.
                Bits(_bitCount & 7);
                int len = Bits(16), nlen = Bits(16);
                if (len != (~nlen & 0xffff)) throw new InflateException("invalid stored block lengths");
                _storedLeft = len;
                _stage = Stage.Stored;
                break;
            case 1:
                _lit = s_fixedLit;
                _dist = s_fixedDist;
                _stage = Stage.Coded;
                break;
            case 2:
                ReadDynamicCodes();
                _stage = Stage.Coded;
                break;
            default:
                throw new InflateException("invalid block type");
        }
        _lastBlock = last;
        if (_stage == Stage.Stored && _storedLeft == 0) EndBlock();
    }

    private void EndBlock() => _stage = _lastBlock ? Stage.Done : Stage.BlockHeader;

    private void ReadDynamicCodes()
    {
        int nlen = Bits(5) + 257, ndist = Bits(5) + 1, ncode = Bits(4) + 4;
        if (nlen > 286 || ndist > 30) throw new InflateException("too many length or distance symbols");
        var lengths = new byte[19];
        for (int i = 0; i < ncode; i++) lengths[s_codeLengthOrder[i]] = (byte)Bits(3);
        var lengthCode = HuffmanCode.Build(lengths) ?? throw new InflateException("invalid code lengths set");
        var all = new byte[nlen + ndist];
        for (int i = 0; i < all.Length;)
        {
            int sym = Decode(lengthCode);
            if (sym < 16)
            {
                all[i++] = (byte)sym;
                continue;
            }
            int repeat;
            byte value = 0;
            if (sym == 16)
            {
                if (i == 0) throw new InflateException("invalid bit length repeat");
                value = all[i - 1];
                repeat = 3 + Bits(2);
            }
            else if (sym == 17) repeat = 3 + Bits(3);
            else repeat = 11 + Bits(7);
            if (i + repeat > all.Length) throw new InflateException("invalid bit length repeat");
            while (repeat-- > 0) all[i++] = value;
        }
        if (all[256] == 0) throw new InflateException("invalid code -- missing end-of-block");
        _lit = HuffmanCode.Build(all.AsSpan(0, nlen)) ?? throw new InflateException("invalid literal/lengths set");
        _dist = HuffmanCode.Build(all.AsSpan(nlen, ndist)) ?? throw new InflateException("invalid distances set");
    }

    private int Decode(HuffmanCode code)
    {
        // Canonical codes: walk down the lengths, keeping the first code and first symbol index of each.
        int value = 0, first = 0, index = 0;
        for (int len = 1; len <= HuffmanCode.MaxBits; len++)
        {
            value |= Bits(1);
            int count = code.Counts[len];
            if (value - first < count) return code.Symbols[index + value - first];
            index += count;
            first = (first + count) << 1;
            value <<= 1;
        }
        throw new InflateException(ReferenceEquals(code, _dist) ? "invalid distance code" : "invalid literal/length code");
    }

    private void DecodeSymbol(List<byte> output, int limit)
    {
        int sym = Decode(_lit!);
        if (sym < 256)
        {
            Emit(output, (byte)sym);
            return;
        }
        if (sym == 256)
        {
            EndBlock();
            return;
        }
        sym -= 257;
        if (sym >= 29) throw new InflateException("invalid literal/length code");
        int length = s_lengthBase[sym] + Bits(s_lengthExtra[sym]);
        int dsym = Decode(_dist!);
        if (dsym >= 30) throw new InflateException("invalid distance code");
        int distance = s_distBase[dsym] + Bits(s_distExtra[dsym]);
        if (distance > _history) throw new InflateException("invalid distance too far back");
        _copyLeft = length;
        _copyDist = distance;
        CopyMatch(output, limit);
    }

    private void CopyMatch(List<byte> output, int limit)
    {
        while (_copyLeft > 0 && output.Count < limit)
        {
            Emit(output, _window[(_winPos - _copyDist) & (WindowSize - 1)]);
            _copyLeft--;
        }
    }

    private void CopyStored(List<byte> output, int limit)
    {
        // Stored bytes are byte-aligned: the bit buffer is empty here.
        if (_inPos == _inLen) throw OutOfInput.Instance;
        int n = Math.Min(Math.Min(_storedLeft, _inLen - _inPos), limit - output.Count);
        for (int i = 0; i < n; i++) Emit(output, _in[_inPos + i]);
        _inPos += n;
        _storedLeft -= n;
        if (_storedLeft == 0) EndBlock();
    }

    private void Emit(List<byte> output, byte b)
    {
        output.Add(b);
        Remember(b);
    }

    private void Remember(byte b)
    {
        _window[_winPos] = b;
        _winPos = (_winPos + 1) & (WindowSize - 1);
        if (_history < WindowSize) _history++;
    }

    private static HuffmanCode FixedLiteralCode()
    {
        var lengths = new byte[288];
        for (int i = 0; i < 288; i++) lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        return HuffmanCode.Build(lengths)!;
    }

    private static HuffmanCode FixedDistanceCode()
    {
        var lengths = new byte[30];
        Array.Fill(lengths, (byte)5);
        return HuffmanCode.Build(lengths)!;
    }
}

/// <summary>A canonical Huffman code: how many codes of each length, and the symbols in code order.</summary>
public sealed class HuffmanCode
{
    public const int MaxBits = 15;
    public readonly int[] Counts = new int[MaxBits + 1];
    public readonly int[] Symbols;

    private HuffmanCode(int symbolCount) => Symbols = new int[symbolCount];

    /// <summary>The code for these code lengths (0 = symbol unused); null if the lengths over-subscribe the code space.</summary>
    public static HuffmanCode? Build(ReadOnlySpan<byte> lengths)
    {
        var code = new HuffmanCode(lengths.Length);
        foreach (var l in lengths) code.Counts[l]++;
        code.Counts[0] = 0;
        int room = 1;
        for (int len = 1; len <= MaxBits; len++)
        {
            room = (room << 1) - code.Counts[len];
            if (room < 0) return null;
        }
        var offsets = new int[MaxBits + 2];
        for (int len = 1; len <= MaxBits; len++) offsets[len + 1] = offsets[len] + code.Counts[len];
        for (int sym = 0; sym < lengths.Length; sym++)
            if (lengths[sym] != 0) code.Symbols[offsets[lengths[sym]]++] = sym;
        return code;
    }
}
