// _suggestions: CPython 3.13's _generate_suggestions(candidates, name), plus what Lib/traceback.py shares with
// the native printer (Runtime/Tracebacks.cs): _trailer(exc, tb), the whole "Did you mean" text
// TracebackException appends (Runtime/Suggestions.cs), and _carets(tb, line), an entry's caret line.
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
            foreach (var o in list.ToArray())
                candidates.Add(o is PyStr s ? s.Value : throw ts2.Rt.TypeError("all elements in 'candidates' must be strings"));
            return SuggestionDistance.Best(candidates, name.Value) is { } best ? ts2.Rt.NewStr(best) : ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "_trailer", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_trailer", kw);
            if (a.Length != 2 || a[0] is not PyBaseException e) return ts2.Rt.None;
            return Suggestions<TSync>.Trailer(ts2, e, a[1]) is { } t ? ts2.Rt.NewStr(t) : ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "_carets", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_carets", kw);
            if (a.Length != 2 || a[0] is not PyTraceback tb || a[1] is not PyStr line) return ts2.Rt.None;
            return Tracebacks<TSync>.CaretsOf(tb, line.Value.TrimEnd('\n', '\r')) is { } c ? ts2.Rt.NewStr(c) : ts2.Rt.None;
        }, Mod);
        return m;
    }
}
