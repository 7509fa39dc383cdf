// The _bz2 module (BZ2Compressor, BZ2Decompressor) under Lib/bz2.py. The codec is SharpCompress's
// bzip2 (it writes block size 9 whatever compresslevel says: CPython reads that alike). The
// decompressor keeps its input until it holds bzip2's end-of-stream magic and decodes then
// (Compression/WholeStreamDecoder.cs), so eof, unused_data and needs_input are exact.
//
// Thread safety: every method runs under the object's own lock (CodecLock), as CPython locks each
// object, so threads sharing one compressor or decompressor never interleave inside it.
using SharpCompress.Compressors;
using SharpCompress.Compressors.BZip2;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Modules.Compression;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class Bz2Module<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_bz2";

    private sealed class CompressState
    {
        public readonly MemoryStream Sink = new();
        public Stream? Encoder;
    }

    /// <summary>The bzip2 decoder state: the end-of-stream magic may sit at any bit offset.</summary>
    private sealed class Bz2Decoder : WholeStreamDecoder
    {
        private const ulong EndMagic = 0x177245385090, BlockMagic = 0x314159265359;

        protected override string CorruptMessage => "Invalid data stream";

        protected override void CheckPrefix(ReadOnlySpan<byte> input)
        {
            ReadOnlySpan<byte> head = "BZh"u8;
            for (int i = 0; i < Math.Min(3, input.Length); i++)
                if (input[i] != head[i]) throw new DataError("Invalid data stream");
            if (input.Length > 3 && input[3] is < (byte)'1' or > (byte)'9') throw new DataError("Invalid data stream");
            if (input.Length >= 10)
            {
                ulong magic = 0;
                for (int i = 4; i < 10; i++) magic = (magic << 8) | input[i];
                if (magic is not EndMagic and not BlockMagic) throw new DataError("Invalid data stream");
            }
        }

        protected override bool Scan(byte[] input, int from, int to)
        {
            ulong window = 0;
            for (int i = from; i < to; i++)
            {
                window = (window << 8) | input[i];
                if (i - from < 5) continue;
                for (int s = 0; s < 8; s++)
                    if (((window >> s) & 0xFFFF_FFFF_FFFF) == EndMagic) return true;
            }
            return false;
        }

        protected override byte[] Decode(byte[] input, int length, out int consumed)
        {
            var src = new FedInput(input, 0, length);
            var output = new MemoryStream();
            using (var z = BZip2Stream.Create(src, CompressionMode.Decompress, false, true, false))
                z.CopyTo(output);
            consumed = src.Position32;
            return output.ToArray();
        }
    }

    private static readonly string[] s_decompressNames = ["data", "max_length"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var compressor = rt.NewBuiltinType("BZ2Compressor", null, TypeFlags.BaseType);
        var decompressor = rt.NewBuiltinType("BZ2Decompressor", null, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, compressor, Mod);
        ModuleSupport<TSync>.SetModule(rt, decompressor, Mod);
        Def.Value(rt, d, "BZ2Compressor", compressor);
        Def.Value(rt, d, "BZ2Decompressor", decompressor);

        ModuleSupport<TSync>.Ctor(rt, compressor, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "BZ2Compressor", kw);
            Args.Count(ts2, "BZ2Compressor", a.Length, 0, 1);
            long level = a.Length > 0 ? Args.ToLong(ts2, a[0]) : 9;
            if (level is < 1 or > 9) throw ts2.Rt.ValueError("compresslevel must be between 1 and 9");
            var st = new CompressState();
            st.Encoder = BZip2Stream.Create(st.Sink, CompressionMode.Compress, false, true, false);
            return ModuleSupport<TSync>.Alloc(cls, compressor, st);
        });
        Def.Method(rt, compressor, "compress", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<CompressState>(ts2, a, "_bz2.BZ2Compressor", "compress");
            Args.Count(ts2, "compress", a.Length - 1, 1, 1);
            var data = CodecArgs<TSync>.Data(ts2, a[1]);
            return CodecLock<TSync>.Run(ts2, st, () =>
            {
                if (st.Encoder == null) throw ts2.Rt.ValueError("Compressor has been flushed");
                st.Encoder.Write(data);
                return ts2.Rt.NewBytes(CodecArgs<TSync>.Drain(st.Sink));
            });
        });
        Def.Method(rt, compressor, "flush", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<CompressState>(ts2, a, "_bz2.BZ2Compressor", "flush");
            Args.Count(ts2, "flush", a.Length - 1, 0, 0);
            return CodecLock<TSync>.Run(ts2, st, () =>
            {
                if (st.Encoder == null) throw ts2.Rt.ValueError("Repeated call to flush()");
                st.Encoder.Dispose();
                st.Encoder = null;
                return ts2.Rt.NewBytes(CodecArgs<TSync>.Drain(st.Sink));
            });
        });

        ModuleSupport<TSync>.Ctor(rt, decompressor, (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "BZ2Decompressor", kw);
            Args.Count(ts2, "BZ2Decompressor", a.Length, 0, 0);
            return ModuleSupport<TSync>.Alloc<WholeStreamDecoder>(cls, decompressor, new Bz2Decoder());
        });
        Def.Method(rt, decompressor, "decompress", (ts2, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<WholeStreamDecoder>(ts2, a, "_bz2.BZ2Decompressor", "decompress");
            var b = Args.Bind(ts2, "decompress", a[1..], kw, s_decompressNames, 1);
            var data = CodecArgs<TSync>.Data(ts2, b[0]!);
            long max = b[1] == null ? -1 : Args.ToLong(ts2, b[1]!);
            return CodecLock<TSync>.Run(ts2, st, () => CodecArgs<TSync>.Step(ts2, st, data, max, "End of stream already reached", e => ts2.Rt.Error("OSError", e)));
        });
        CodecArgs<TSync>.DecoderGetters(rt, decompressor);
        return m;
    }
}
