// The _lzma module under Lib/lzma.py: LZMAError, is_check_supported and two native codec objects,
// _Encoder(format, check, filter_id, dict_size, nice_len) and
// _Decoder(format, memlimit, filter_id, dict_size, lc, lp, pb); lzma.py's LZMACompressor and
// LZMADecompressor check the arguments and filter specs as CPython does and hold one of these.
// Formats: xz (Compression/XzContainer.cs, LZMA2 framed by Compression/Lzma2Chunks.cs), lzma-alone
// (13-byte header + LZMA1 with end marker) and raw LZMA1/LZMA2; the codec is SharpCompress's LZMA.
// Thread safety as in Bz2Module: each object's methods run under its own lock (CodecLock).
using SharpCompress.Compressors.LZMA;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Modules.Compression;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class LzmaModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_lzma";
    private const int FormatAuto = 0, FormatXz = 1, FormatAlone = 2, FormatRaw = 3;
    private const long FilterLzma1 = 0x4000000000000001;
    private const int CheckUnknown = 16;

    /// <summary>One compressor: Compress returns the bytes ready so far, Finish the rest.</summary>
    private sealed class Encoder
    {
        private readonly XzWriter? _xz;
        private readonly LzmaStream? _lzma1;
        private readonly MemoryStream _sink = new();
        private readonly MemoryStream? _lzma2Pending;
        private readonly int _dict, _nice;
        public bool Finished;

        public Encoder(int format, int check, long filter, int dict, int nice)
        {
            _dict = dict;
            _nice = nice;
            if (format == FormatXz) _xz = new XzWriter(check, dict, nice);
            else if (filter == FilterLzma1)
            {
                _lzma1 = LzmaStream.Create(new LzmaEncoderProperties(true, dict, nice), false, _sink);
                if (format == FormatAlone)
                {
                    _sink.Write(_lzma1.Properties);
                    _sink.Write(BitConverter.GetBytes(-1L));
                }
            }
            else _lzma2Pending = new MemoryStream();
        }

        public byte[] Compress(ReadOnlySpan<byte> data)
        {
            if (_xz != null) return _xz.Compress(data);
            if (_lzma1 != null) _lzma1.Write(data);
            else
            {
                _lzma2Pending!.Write(data);
                if (_lzma2Pending.Length >= 1 << 20) FlushLzma2();
            }
            return CodecArgs<TSync>.Drain(_sink);
        }

        public byte[] Finish()
        {
            Finished = true;
            if (_xz != null) return _xz.Finish();
            if (_lzma1 != null) _lzma1.Dispose();
            else
            {
                FlushLzma2();
                _sink.WriteByte(0);
            }
            return CodecArgs<TSync>.Drain(_sink);
        }

        private void FlushLzma2()
        {
            Lzma2Chunks.Write(_sink, _lzma2Pending!.GetBuffer().AsSpan(0, (int)_lzma2Pending.Length), _dict, _nice);
            _lzma2Pending.SetLength(0);
        }
    }

    /// <summary>The decoder state of one LZMADecompressor (FORMAT_AUTO settles on xz or alone from the magic).</summary>
    private sealed class Decoder(int format, long memlimit, long filter, long dict, int lc, int lp, int pb) : WholeStreamDecoder
    {
        private int _format = format;
        public int Check => _format is FormatAlone or FormatRaw ? 0 : _check;
        private int _check = CheckUnknown;

        private readonly bool _picky = format == FormatAuto;

        protected override bool TryOnGrowth => _format == FormatAlone || (_format == FormatRaw && filter == FilterLzma1);

        protected override string CorruptMessage => "Corrupt input data";

        protected override void CheckPrefix(ReadOnlySpan<byte> input)
        {
            int n = Math.Min(6, input.Length);
            bool xzPrefix = input[..n].SequenceEqual(XzFormat.Magic.AsSpan(0, n));
            if (_format == FormatAuto && (n == 6 || !xzPrefix)) _format = xzPrefix ? FormatXz : FormatAlone;
            if (_format == FormatXz)
            {
                if (!xzPrefix) throw new DataError("Input format not supported by decoder");
                if (input.Length >= 8) _check = XzReader.CheckOf(input);
                if (input.Length >= 12) XzReader.CheckStreamHeader(input);
            }
            else if (_format == FormatAlone && !AloneHeaderValid(input, _picky))
                throw new DataError("Input format not supported by decoder");
        }

        protected override bool Scan(byte[] input, int from, int to)
        {
            if (_format == FormatRaw && filter != FilterLzma1)
            {
                // Raw LZMA2: the chunk headers tell where the data ends (a cheap walk, no decoding).
                try
                {
                    Lzma2Chunks.Walk(input, 0, to, out _);
                    return true;
                }
                catch (Truncated)
                {
                    return false;
                }
                catch (DataError)
                {
                    return true;
                }
            }
            if (_format != FormatXz) return false;
            for (int e = (from + 3) & ~3; e <= to; e += 4)
                if (XzReader.IsFooterAt(input, e)) return true;
            return false;
        }

        protected override byte[] Decode(byte[] input, int length, out int consumed)
        {
            switch (_format)
            {
                case FormatXz:
                    return XzReader.Decode(input, length, memlimit, out consumed);
                case FormatAlone:
                {
                    if (length < 13) throw new Truncated();
                    long size = BitConverter.ToInt64(input, 5);
                    long dictSize = BitConverter.ToUInt32(input, 1);
                    if (memlimit >= 0 && dictSize > memlimit) throw new DataError("Memory usage limit exceeded");
                    return DecodeLzma1(input.AsSpan(0, 5).ToArray(), input, 13, length, size, out consumed);
                }
                default:
                    if (filter == FilterLzma1)
                    {
                        byte[] props = [(byte)((pb * 5 + lp) * 9 + lc), .. XzFormat.Le32((uint)dict)];
                        return DecodeLzma1(props, input, 0, length, -1, out consumed);
                    }
                    int end = Lzma2Chunks.Walk(input, 0, length, out long unpacked);
                    consumed = end;
                    return Lzma2Chunks.Decode(input, 0, end, unpacked, dict);
            }
        }
    }

    /// <summary>LZMA1 data from input[start..length) (size -1: unknown, up to the end marker).</summary>
    private static byte[] DecodeLzma1(byte[] props, byte[] input, int start, int length, long size, out int consumed)
    {
        var fed = new FedInput(input, start, length, lenient: true);
        try
        {
            using var z = LzmaStream.Create(props, fed, length - start, size, true);
            var output = Lzma2Chunks.ReadAll(z, size);
            if (fed.PastEnd > 0) throw new WholeStreamDecoder.Truncated();
            consumed = fed.Position32;
            return output;
        }
        catch (Exception e) when (fed.PastEnd > 0 && e is not WholeStreamDecoder.Truncated)
        {
            throw new WholeStreamDecoder.Truncated();
        }
    }

    /// <summary>
    /// liblzma's check of an lzma-alone header: a valid properties byte (lc + lp at most 4); when picky (FORMAT_AUTO,
    /// which must tell .lzma from anything else) also a dictionary size of 2^n or 2^n + 2^(n-1) and
    /// an uncompressed size that is unknown (-1) or below 2^38.
    /// </summary>
    private static bool AloneHeaderValid(ReadOnlySpan<byte> input, bool picky)
    {
        if (input.Length > 0 && (input[0] >= 225 || input[0] % 9 + input[0] % 45 / 9 > 4)) return false;
        if (!picky || input.Length < 13) return true;
        uint dict = BitConverter.ToUInt32(input[1..5]);
        uint rounded = dict - 1;
        rounded |= rounded >> 2;
        rounded |= rounded >> 3;
        rounded |= rounded >> 4;
        rounded |= rounded >> 8;
        rounded |= rounded >> 16;
        ulong size = BitConverter.ToUInt64(input[5..13]);
        return rounded + 1 == dict && (size == ulong.MaxValue || size < 1UL << 38);
    }

    private static readonly string[] s_decompressNames = ["data", "max_length"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var error = ModuleSupport<TSync>.NewExceptionType(ts, "_lzma", "LZMAError", rt.ExceptionTypes["Exception"]);
        Def.Value(rt, d, "LZMAError", error);
        PyException Err(PyThreadState t, string msg) => new(t.Rt.NewException(error, msg));

        Def.Function(rt, d, "is_check_supported", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "is_check_supported", kw);
            Args.Count(ts2, "is_check_supported", a.Length, 1, 1);
            long id = Args.ToLong(ts2, a[0]);
            return ts2.Rt.NewBool(id is >= 0 and <= 15 && XzFormat.IsSupported((int)id));
        }, Mod);

        var encoder = rt.NewBuiltinType("_Encoder", null, TypeFlags.None);
        var decoder = rt.NewBuiltinType("_Decoder", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, encoder, Mod);
        ModuleSupport<TSync>.SetModule(rt, decoder, Mod);
        Def.Value(rt, d, "_Encoder", encoder);
        Def.Value(rt, d, "_Decoder", decoder);

        ModuleSupport<TSync>.Ctor(rt, encoder, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "_Encoder", kw);
            Args.Count(ts2, "_Encoder", a.Length, 5, 5);
            int format = (int)Args.ToLong(ts2, a[0]), check = (int)Args.ToLong(ts2, a[1]);
            long filter = Args.ToLong(ts2, a[2]), dict = Args.ToLong(ts2, a[3]), nice = Args.ToLong(ts2, a[4]);
            if (dict is < 4096 or > 1536L << 20 || nice is < 2 or > 273) throw Err(ts2, "Invalid or unsupported options");
            return ModuleSupport<TSync>.Alloc(cls, encoder, new Encoder(format, check, filter, (int)dict, (int)nice));
        });
        Def.Method(rt, encoder, "compress", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<Encoder>(ts2, a, "_lzma._Encoder", "compress");
            Args.Count(ts2, "compress", a.Length - 1, 1, 1);
            var data = CodecArgs<TSync>.Data(ts2, a[1]);
            return CodecLock<TSync>.Run(ts2, st, () =>
                st.Finished ? throw ts2.Rt.ValueError("Compressor has been flushed") : ts2.Rt.NewBytes(st.Compress(data)));
        });
        Def.Method(rt, encoder, "flush", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<Encoder>(ts2, a, "_lzma._Encoder", "flush");
            Args.Count(ts2, "flush", a.Length - 1, 0, 0);
            return CodecLock<TSync>.Run(ts2, st, () =>
                st.Finished ? throw ts2.Rt.ValueError("Repeated call to flush()") : ts2.Rt.NewBytes(st.Finish()));
        });

        ModuleSupport<TSync>.Ctor(rt, decoder, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "_Decoder", kw);
            Args.Count(ts2, "_Decoder", a.Length, 7, 7);
            var v = new long[7];
            for (int i = 0; i < 7; i++) v[i] = Args.ToLong(ts2, a[i]);
            if (v[6] is < 0 or > 4 || v[5] is < 0 or > 4 || v[4] is < 0 or > 8) throw Err(ts2, "Invalid or unsupported options");
            var st = new Decoder((int)v[0], v[1], v[2], v[3], (int)v[4], (int)v[5], (int)v[6]);
            return ModuleSupport<TSync>.Alloc<WholeStreamDecoder>(cls, decoder, st);
        });
        Def.Method(rt, decoder, "decompress", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<WholeStreamDecoder>(ts2, a, "_lzma._Decoder", "decompress");
            var b = Args.Bind(ts2, "decompress", a[1..], kw, s_decompressNames, 1);
            var data = CodecArgs<TSync>.Data(ts2, b[0]!);
            long max = b[1] == null ? -1 : Args.ToLong(ts2, b[1]!);
            return CodecLock<TSync>.Run(ts2, st, () => CodecArgs<TSync>.Step(ts2, st, data, max, "Already at end of stream", e => Err(ts2, e)));
        });
        CodecArgs<TSync>.DecoderGetters(rt, decoder);
        Def.Getter(rt, decoder, "check", (ts2, o) => ts2.Rt.NewInt(((Decoder)((PyNative<WholeStreamDecoder>)o).State).Check));
        return m;
    }
}
