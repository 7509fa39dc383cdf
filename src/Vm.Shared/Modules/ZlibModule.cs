// The zlib module: compress/decompress, compressobj/decompressobj, crc32/adler32 and the
// constants. Decompression is the VM's own resumable inflater (Compression/Inflater.cs), so
// unused_data, unconsumed_tail and eof are exact; compression is .NET's zlib (System.IO.Compression,
// levels 0-9 and strategies through ZLibCompressionOptions), so compressed bytes may differ from
// CPython's zlib while decompressing to the same data.
//
// Thread safety: a Compress/Decompress object's state is guarded by a lock on the state object
// (CPython locks each object too), so two threads using one object never interleave. A thread that
// must wait for it detaches first.
using System.IO.Compression;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Modules.Compression;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class ZlibModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "zlib";
    private const int DefaultBufferSize = 16384;
    private const int ZFinish = 4, ZNoFlush = 0;

    private sealed class CompressState
    {
        public readonly MemoryStream Sink = new();
        public Stream? Deflater;
        public int Level, Wbits;
        public bool Written;
    }

    private sealed class DecompressState(Decompressor d)
    {
        public readonly Decompressor D = d;
        public byte[] UnusedData = [];
        public byte[] UnconsumedTail = [];
        public bool Eof;
    }

    private static readonly string[] s_compressNames = ["data", "level", "wbits"];
    private static readonly string[] s_decompressNames = ["data", "wbits", "bufsize"];
    private static readonly string[] s_compressobjNames = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    private static readonly string[] s_decompressobjNames = ["wbits", "zdict"];
    private static readonly string[] s_objDecompressNames = ["data", "max_length"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var error = ModuleSupport<TSync>.NewExceptionType(ts, Mod, "error", rt.ExceptionTypes["Exception"]);
        Def.Value(rt, d, "error", error);
        PyException Err(PyThreadState t, string msg) => new(t.Rt.NewException(error, msg));

        foreach (var (name, value) in s_constants) Def.Value(rt, d, name, rt.NewInt(value));
        Def.Value(rt, d, "ZLIB_VERSION", rt.NewStr("1.3.1"));
        Def.Value(rt, d, "ZLIB_RUNTIME_VERSION", rt.NewStr("1.3.1"));

        Def.Function(rt, d, "crc32", (ts2, a, kw) => Checksum(ts2, a, kw, "crc32", 0, Checksums.Crc32), Mod);
        Def.Function(rt, d, "adler32", (ts2, a, kw) => Checksum(ts2, a, kw, "adler32", 1, Checksums.Adler32), Mod);

        Def.Function(rt, d, "compress", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "compress", a, kw, s_compressNames, 1, posOnly: 1);
            var data = Data(ts2, b[0]!);
            int level = b[1] == null ? -1 : (int)Args.ToLong(ts2, b[1]!);
            int wbits = b[2] == null ? 15 : (int)Args.ToLong(ts2, b[2]!);
            if (level is < -1 or > 9) throw Err(ts2, "Bad compression level");
            if (data.Length == 0) return ts2.Rt.NewBytes(EmptyStream(level, wbits));
            var sink = new MemoryStream();
            using (var z = NewDeflater(ts2, sink, level, 0, wbits, () => Err(ts2, "Error -2 while compressing data: inconsistent stream state")))
                z.Write(data);
            return ts2.Rt.NewBytes(sink.ToArray());
        }, Mod);

        Def.Function(rt, d, "decompress", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "decompress", a, kw, s_decompressNames, 1, posOnly: 1);
            var data = Data(ts2, b[0]!);
            int wbits = b[1] == null ? 15 : (int)Args.ToLong(ts2, b[1]!);
            if (b[2] != null && Args.ToLong(ts2, b[2]!) < 0) throw ts2.Rt.ValueError("bufsize must be non-negative");
            var format = Format(wbits) ?? throw Err(ts2, "Error -2 while preparing to decompress data: inconsistent stream state");
            var dec = new Decompressor(format, null);
            var output = new List<byte>();
            Run(ts2, error, () => dec.Decompress(data, output));
            if (!dec.Finished) throw Err(ts2, "Error -5 while decompressing data: incomplete or truncated stream");
            return ts2.Rt.NewBytes(output.ToArray());
        }, Mod);

        var compressType = rt.NewBuiltinType("Compress", null, TypeFlags.None);
        var decompressType = rt.NewBuiltinType("Decompress", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, compressType, Mod);
        ModuleSupport<TSync>.SetModule(rt, decompressType, Mod);
        CompressMethods(rt, compressType, Err);
        DecompressMethods(rt, decompressType, error);

        Def.Function(rt, d, "compressobj", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "compressobj", a, kw, s_compressobjNames, 0);
            int level = b[0] == null ? -1 : (int)Args.ToLong(ts2, b[0]!);
            int method = b[1] == null ? 8 : (int)Args.ToLong(ts2, b[1]!);
            int wbits = b[2] == null ? 15 : (int)Args.ToLong(ts2, b[2]!);
            int memLevel = b[3] == null ? 8 : (int)Args.ToLong(ts2, b[3]!);
            int strategy = b[4] == null ? 0 : (int)Args.ToLong(ts2, b[4]!);
            if (level is < -1 or > 9 || method != 8 || memLevel is < 1 or > 9 || strategy is < 0 or > 4 || Format(wbits) is null or StreamFormat.Detect)
                throw ts2.Rt.ValueError("Invalid initialization option");
            if (b[5] != null) throw Err(ts2, "a preset dictionary (zdict) is not supported by this VM's compressor");
            var st = new CompressState { Level = level, Wbits = wbits };
            st.Deflater = NewDeflater(ts2, st.Sink, level, strategy, wbits, () => ts2.Rt.ValueError("Invalid initialization option"));
            return new PyNative<CompressState>(compressType, st);
        }, Mod);

        Def.Function(rt, d, "decompressobj", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "decompressobj", a, kw, s_decompressobjNames, 0);
            int wbits = b[0] == null ? 15 : (int)Args.ToLong(ts2, b[0]!);
            var format = Format(wbits) ?? throw ts2.Rt.ValueError("Invalid initialization option");
            byte[]? zdict = null;
            if (b[1] != null)
            {
                zdict = IoModule<TSync>.BytesLike(ts2, b[1]!) ?? throw ts2.Rt.TypeError("zdict argument must support the buffer protocol");
            }
            return new PyNative<DecompressState>(decompressType, new DecompressState(new Decompressor(format, zdict)));
        }, Mod);
        return m;
    }

    private static readonly (string, long)[] s_constants =
    [
        ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", DefaultBufferSize),
        ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0), ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
        ("Z_BLOCK", 5), ("Z_TREES", 6),
    ];

    /// <summary>The stream format a wbits value selects (zlib's convention); null if out of range.</summary>
    private static StreamFormat? Format(int wbits) => wbits switch
    {
        0 or (>= 8 and <= 15) => StreamFormat.Zlib,
        >= -15 and <= -8 => StreamFormat.Raw,
        >= 24 and <= 31 => StreamFormat.Gzip,
        >= 40 and <= 47 => StreamFormat.Detect,
        _ => null,
    };

    private static Stream NewDeflater(PyThreadState ts, Stream sink, int level, int strategy, int wbits, Func<Exception> invalid)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level,
            CompressionStrategy = (ZLibCompressionStrategy)strategy,
        };
        return wbits switch
        {
            >= 9 and <= 15 => new ZLibStream(sink, options, leaveOpen: true),
            >= -15 and <= -9 => new DeflateStream(sink, options, leaveOpen: true),
            >= 25 and <= 31 => new GZipStream(sink, options, leaveOpen: true),
            _ => throw invalid(),
        };
    }

    private static PyObject Checksum(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, uint start, Func<uint, ReadOnlySpan<byte>, uint> fn)
    {
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length, 1, 2);
        uint value = a.Length > 1 ? (uint)(Ops<TSync>.Index(ts, a[1]).Big & uint.MaxValue) : start;
        return ts.Rt.NewInt(fn(value, Data(ts, a[0])));
    }

    private static byte[] Data(PyThreadState ts, PyObject o) =>
        IoModule<TSync>.BytesLike(ts, o) ?? throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>Runs a decompression step, turning a data error into zlib.error with zlib's message.</summary>
    private static void Run(PyThreadState ts, PyType error, Action step)
    {
        try
        {
            step();
        }
        catch (Decompressor.DataError e)
        {
            var msg = e.Code == 2 ? "Error 2 while decompressing data" : $"Error {e.Code} while decompressing data: {e.Message}";
            throw new PyException(ts.Rt.NewException(error, msg));
        }
    }

    private static void CompressMethods(PyRuntime rt, PyType t, Func<PyThreadState, string, PyException> err)
    {
        Def.Method(rt, t, "compress", (ts, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<CompressState>(ts, a, "zlib.Compress", "compress");
            Args.Count(ts, "compress", a.Length - 1, 1, 1);
            var data = Data(ts, a[1]);
            return CodecLock<TSync>.Run(ts, st, () =>
            {
                if (st.Deflater == null) throw err(ts, "Error -2 while compressing data: inconsistent stream state");
                st.Deflater.Write(data);
                st.Written |= data.Length > 0;
                return ts.Rt.NewBytes(Drain(st.Sink));
            });
        });
        Def.Method(rt, t, "flush", (ts, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<CompressState>(ts, a, "zlib.Compress", "flush");
            Args.Count(ts, "flush", a.Length - 1, 0, 1);
            long mode = a.Length > 1 ? Args.ToLong(ts, a[1]) : ZFinish;
            return CodecLock<TSync>.Run(ts, st, () =>
            {
                if (mode == ZNoFlush) return ts.Rt.NewBytes([]);
                if (st.Deflater == null) throw err(ts, "Error -2 while flushing: inconsistent stream state");
                if (mode == ZFinish)
                {
                    st.Deflater.Dispose();
                    st.Deflater = null;
                    if (!st.Written) return ts.Rt.NewBytes(EmptyStream(st.Level, st.Wbits));
                }
                else st.Deflater.Flush();
                return ts.Rt.NewBytes(Drain(st.Sink));
            });
        });
        Def.Method(rt, t, "copy", (ts, a, kw) =>
            throw ts.Rt.ValueError("Compress.copy() is not supported by this VM's compressor"));
    }

    /// <summary>
    /// The stream of no data (.NET's compressor writes nothing at all when given nothing): one final
    /// fixed-code block holding only its end code, in the format's header and trailer.
    /// </summary>
    private static byte[] EmptyStream(int level, int wbits)
    {
        byte[] body = [0x03, 0x00];
        if (wbits < 0) return body;
        byte xfl = (byte)(level == 9 ? 2 : level == 1 ? 4 : 0);
        if (wbits > 15) return [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3, .. body, 0, 0, 0, 0, 0, 0, 0, 0];
        int levelBits = level is 0 or 1 ? 0 : level is >= 2 and <= 5 ? 1 : level is 6 or -1 ? 2 : 3;
        int cmf = ((wbits - 8) << 4) | 8, flg = levelBits << 6;
        flg += 31 - ((cmf << 8) | flg) % 31;
        return [(byte)cmf, (byte)flg, .. body, 0, 0, 0, 1];
    }

    private static byte[] Drain(MemoryStream sink)
    {
        var bytes = sink.ToArray();
        sink.SetLength(0);
        return bytes;
    }

    private static void DecompressMethods(PyRuntime rt, PyType t, PyType error)
    {
        Def.Method(rt, t, "decompress", (ts, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<DecompressState>(ts, a, "zlib.Decompress", "decompress");
            var b = Args.Bind(ts, "decompress", a[1..], kw, s_objDecompressNames, 1, posOnly: 1);
            var data = Data(ts, b[0]!);
            long max = b[1] == null ? 0 : Args.ToLong(ts, b[1]!);
            if (max < 0) throw ts.Rt.ValueError("max_length must be non-negative");
            return CodecLock<TSync>.Run(ts, st, () => Step(ts, error, st, data, max == 0 ? int.MaxValue : (int)Math.Min(max, int.MaxValue)));
        });
        Def.Method(rt, t, "flush", (ts, a, kw) =>
        {
            var st = ModuleSupport<TSync>.Self<DecompressState>(ts, a, "zlib.Decompress", "flush");
            Args.Count(ts, "flush", a.Length - 1, 0, 1);
            if (a.Length > 1 && Args.ToLong(ts, a[1]) <= 0) throw ts.Rt.ValueError("length must be greater than zero");
            return CodecLock<TSync>.Run(ts, st, () => Step(ts, error, st, st.UnconsumedTail, int.MaxValue));
        });
        Def.Getter(rt, t, "unused_data", (ts, o) => ts.Rt.NewBytes(((PyNative<DecompressState>)o).State.UnusedData));
        Def.Getter(rt, t, "unconsumed_tail", (ts, o) => ts.Rt.NewBytes(((PyNative<DecompressState>)o).State.UnconsumedTail));
        Def.Getter(rt, t, "eof", (ts, o) => ts.Rt.NewBool(((PyNative<DecompressState>)o).State.Eof));
        Def.Method(rt, t, "copy", (ts, a, kw) =>
            throw ts.Rt.ValueError("Decompress.copy() is not supported by this VM's decompressor"));
    }

    /// <summary>One decompress() call: after the end of the stream, input only adds to unused_data.</summary>
    private static PyObject Step(PyThreadState ts, PyType error, DecompressState st, byte[] data, int maxOut)
    {
        if (st.Eof)
        {
            st.UnusedData = [.. st.UnusedData, .. data];
            return ts.Rt.NewBytes([]);
        }
        var output = new List<byte>();
        Run(ts, error, () => st.D.Decompress(data, output, maxOut));
        if (st.D.Finished)
        {
            st.Eof = true;
            st.UnusedData = st.D.TakeUnread();
            st.UnconsumedTail = [];
        }
        else st.UnconsumedTail = output.Count >= maxOut ? st.D.TakeUnread() : [];
        return ts.Rt.NewBytes(output.ToArray());
    }
}
