// The _codecs module: the runtime's built-in codecs (Builtins/Text/Codecs*.cs) for Lib/codecs.py
// and Lib/encodings. lookup_name gives CPython's canonical codec name; encode/decode run a codec
// by name with an error handler; the search-function registry lives in Lib/codecs.py.
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class CodecsModule<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly string[] s_names = ["obj", "encoding", "errors"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_codecs", out var d);
        Def.Value(rt, d, "CodecRegistryError", rt.CodecRegistryError);
        Def.Function(rt, d, "lookup_name", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "lookup_name", kw);
            Args.Count(ts2, "lookup_name", a.Length, 1, 1);
            if (a[0] is not PyStr s) throw ts2.Rt.TypeError($"lookup_name() argument must be str, not {ArgNames.Of(ts2, a[0])}");
            return ts2.Rt.NewStr(Codecs<TSync>.CanonicalName(ts2, s.Value));
        }, "_codecs");
        Def.Function(rt, d, "encode", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "encode", a, kw, s_names, 1);
            var (enc, err) = EncodingAndErrors(ts2, "encode", b);
            if (b[0] is not PyStr s) throw ts2.Rt.TypeError($"utf_8_encode() argument 1 must be str, not {ArgNames.Of(ts2, b[0]!)}");
            return ts2.Rt.NewBytes(Codecs<TSync>.Encode(ts2, s, enc, err));
        }, "_codecs");
        Def.Function(rt, d, "decode", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "decode", a, kw, s_names, 1);
            var (enc, err) = EncodingAndErrors(ts2, "decode", b);
            var data = IoModule<TSync>.BytesLike(ts2, b[0]!)
                ?? throw ts2.Rt.TypeError($"a bytes-like object is required, not '{b[0]!.Type.Name}'");
            return ts2.Rt.NewStr(Codecs<TSync>.Decode(ts2, data, enc, err));
        }, "_codecs");
        return m;
    }

    private static (string, string) EncodingAndErrors(PyThreadState ts, string fname, PyObject?[] b)
    {
        string enc = b[1] == null ? "utf-8" : b[1] is PyStr es ? es.Value
            : throw ts.Rt.TypeError($"{fname}() argument 'encoding' must be str, not {ArgNames.Of(ts, b[1]!)}");
        string err = b[2] == null ? "strict" : b[2] is PyStr rs ? rs.Value
            : throw ts.Rt.TypeError($"{fname}() argument 'errors' must be str, not {ArgNames.Of(ts, b[2]!)}");
        return (enc, err);
    }
}
