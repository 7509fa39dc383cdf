// _xmltok: the native half of Lib/pyexpat.py. scan(data, start, final, line, column, depth, phase, entities,
// namespaces)
// runs XmlScanner over UTF-8 bytes from `start` and returns (events, position, line, column, depth, phase,
// error, progress) (progress: where expat would have stopped, for its reparse deferral): each event a tuple (kind, offset, end, line, column, s1, s2, s3, flag) (see XmlEvent.cs; a start tag
// carries its attributes as a flat name/value list in s2), error None or (code, offset, line, column).
// `entities` is a flat name/value list of the general entities the document declared so far; `namespaces`
// turns on expat's QName checks (namespace processing).
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Xml;

public static class XmlTokModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_xmltok";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Function(rt, d, "scan", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "scan", kw);
            Args.Count(ts2, "scan", a.Length, 9, 9);
            var data = IoModule<TSync>.BytesLike(ts2, a[0]) ?? throw ts2.Rt.TypeError("scan() argument 1 must be bytes");
            var entities = new Dictionary<string, string>();
            var flat = Ops<TSync>.ToArray(ts2, a[7]);
            for (int i = 0; i + 1 < flat.Length; i += 2)
                if (flat[i] is PyStr n && flat[i + 1] is PyStr v) entities[n.Value] = v.Value;
            int start = (int)Args.ToLong(ts2, a[1]);
            if (start < 0 || start > data.Length) throw ts2.Rt.ValueError("scan() start out of range");
            var sc = new XmlScanner(data, start, Ops<TSync>.IsTrue(ts2, a[2]), 
                (int)Args.ToLong(ts2, a[3]), (int)Args.ToLong(ts2, a[4]), (int)Args.ToLong(ts2, a[5]), (int)Args.ToLong(ts2, a[6]), entities,
                Ops<TSync>.IsTrue(ts2, a[8]));
            sc.Scan();
            var events = new PyObject[sc.Events.Count];
            for (int i = 0; i < events.Length; i++) events[i] = ToTuple(ts2, sc.Events[i]);
            PyObject err = sc.Error is { } e
                ? Ops<TSync>.NewTuple(ts2, [rt.NewInt(e.Code), rt.NewInt(e.Offset), rt.NewInt(e.Line), rt.NewInt(e.Column)])
                : rt.None;
            return Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewList(ts2, events), rt.NewInt(sc.Position), rt.NewInt(sc.Line),
                rt.NewInt(sc.Column), rt.NewInt(sc.Depth), rt.NewInt(sc.Phase), err,
                rt.NewInt(Math.Max(sc.Progress, sc.Position))]);
        }, Mod);
        return m;
    }

    private static PyObject Str(PyThreadState ts, string? s) => s == null ? ts.Rt.None : ts.Rt.NewStr(s);

    private static PyObject ToTuple(PyThreadState ts, XmlEvent e)
    {
        var rt = ts.Rt;
        PyObject s2 = e.Attrs != null
            ? Ops<TSync>.NewList(ts, e.Attrs.Select(x => (PyObject)rt.NewStr(x)).ToArray())
            : Str(ts, e.S2);
        return Ops<TSync>.NewTuple(ts, [rt.NewInt((int)e.Kind), rt.NewInt(e.Offset), rt.NewInt(e.End), rt.NewInt(e.Line),
            rt.NewInt(e.Column), Str(ts, e.S1), s2, Str(ts, e.S3), rt.NewInt(e.Flag)]);
    }
}
