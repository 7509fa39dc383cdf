// _suggestions: CPython 3.13's _generate_suggestions(candidates, name), plus what Lib/traceback.py shares with
// the native printer (Runtime/Tracebacks.cs): _trailer(exc, tb), the whole "Did you mean" text
// TracebackException appends (Runtime/Suggestions.cs), _positions(tb) (the failing instruction's end line and
// columns) and _format_lines(lines, col, end_col), an entry's source and caret lines (Runtime/TracebackCarets.cs).
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class SuggestionsModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_suggestions";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Function(rt, d, "_generate_suggestions", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_generate_suggestions", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"_generate_suggestions expected 2 arguments, got {a.Length}");
            if (a[0] is not PyList list) throw ts2.Rt.TypeError("_generate_suggestions() argument 1 must be list");
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError("_generate_suggestions() argument 2 must be str");
            var candidates = new List<string>();
            foreach (var o in list.ToArray<TSync>(ts2))
                candidates.Add(o is PyStr s ? s.Value : throw ts2.Rt.TypeError("all elements in 'candidates' must be strings"));
            return SuggestionDistance.Best(candidates, name.Value) is { } best ? ts2.Rt.NewStr(best) : ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "_trailer", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_trailer", kw);
            if (a.Length != 2 || a[0] is not PyBaseException e) return ts2.Rt.None;
            return Suggestions<TSync>.Trailer(ts2, e, a[1]) is { } t ? ts2.Rt.NewStr(t) : ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "_positions", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_positions", kw);
            if (a.Length != 1 || a[0] is not PyTraceback tb || Tracebacks<TSync>.Positions(tb) is not var (endLine, col, endCol))
                return ts2.Rt.None;
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(endLine), ts2.Rt.NewInt(col), ts2.Rt.NewInt(endCol)]);
        }, Mod);
        Def.Function(rt, d, "_format_lines", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_format_lines", kw);
            if (a.Length != 3) throw ts2.Rt.TypeError($"_format_lines expected 3 arguments, got {a.Length}");
            var lines = Ops<TSync>.ToArray(ts2, a[0]).Select(o => o is PyStr s ? s.Value : throw ts2.Rt.TypeError("lines must be str")).ToArray();
            var text = TracebackCarets.Format(lines, (int)Args.ToLong(ts2, a[1]), (int)Args.ToLong(ts2, a[2]));
            return text != null ? ts2.Rt.NewStr(text) : ts2.Rt.None;
        }, Mod);
        return m;
    }
}
