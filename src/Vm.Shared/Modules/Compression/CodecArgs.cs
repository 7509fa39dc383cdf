// What the bz2 and lzma objects share: argument conversion, draining a compressor's sink, one
// decompress() step with CPython's errors, and the decompressor attributes.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Compression;

internal static class CodecArgs<TSync> where TSync : struct, ISyncPolicy
{
    public static byte[] Data(PyThreadState ts, PyObject o) =>
        IoModule<TSync>.BytesLike(ts, o) ?? throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    public static byte[] Drain(MemoryStream sink)
    {
        var bytes = sink.ToArray();
        sink.SetLength(0);
        return bytes;
    }

    /// <summary>One decompress(data, max_length) call; dataError makes the module's exception (eofMessage: after the end).</summary>
    public static PyObject Step(PyThreadState ts, WholeStreamDecoder st, byte[] data, long max, string eofMessage, Func<string, PyException> dataError)
    {
        if (st.Eof) throw ts.Rt.Error("EOFError", eofMessage);
        try
        {
            return ts.Rt.NewBytes(st.Decompress(data, max));
        }
        catch (WholeStreamDecoder.DataError e)
        {
            throw dataError(e.Message);
        }
    }

    public static void DecoderGetters(PyRuntime rt, PyType t)
    {
        Def.Getter(rt, t, "eof", (ts, o) => ts.Rt.NewBool(((PyNative<WholeStreamDecoder>)o).State.Eof));
        Def.Getter(rt, t, "unused_data", (ts, o) => ts.Rt.NewBytes(((PyNative<WholeStreamDecoder>)o).State.UnusedData));
        Def.Getter(rt, t, "needs_input", (ts, o) => ts.Rt.NewBool(((PyNative<WholeStreamDecoder>)o).State.NeedsInput));
    }
}
