// The unicodedata module over the shipped Unicode database (Text/Ucd), which is generated from
// CPython 3.13's own unicodedata: the same version (15.1.0), properties, names and normalization.
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;
using Vm.Text.Ucd;

namespace Vm.Modules;

public static class UnicodedataModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "unicodedata";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var db = UnicodeDatabase.Instance;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Value(rt, d, "unidata_version", rt.NewStr(db.Version));

        Def.Function(rt, d, "lookup", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "lookup", kw);
            Args.Count(ts2, "lookup", a.Length, 1, 1);
            string name = a[0] switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
                _ => throw ts2.Rt.TypeError($"lookup() argument must be str, not {a[0].Type.Name}"),
            };
            int cp = db.Lookup(name);
            if (cp >= 0) return ts2.Rt.NewStr(char.ConvertFromUtf32(cp));
            if (db.LookupSequence(name) is { } seq) return ts2.Rt.NewStr(seq);
            if (name.Length > 256) throw ts2.Rt.Error("KeyError", "name too long");
            throw ts2.Rt.Error("KeyError", $"undefined character name '{name}'");
        }, Mod);

        Def.Function(rt, d, "name", (ts2, a, kw) =>
        {
            int cp = Char(ts2, a, kw, "name", 2);
            return db.Name(cp) is { } n ? ts2.Rt.NewStr(n)
                : a.Length > 1 ? a[1] : throw ts2.Rt.ValueError("no such name");
        }, Mod);

        Def.Function(rt, d, "decimal", (ts2, a, kw) =>
        {
            int cp = Char(ts2, a, kw, "decimal", 2);
            return db.TryGetNumeric(cp, out var v) && v.Decimal is { } x ? ts2.Rt.NewInt(x)
                : a.Length > 1 ? a[1] : throw ts2.Rt.ValueError("not a decimal");
        }, Mod);
        Def.Function(rt, d, "digit", (ts2, a, kw) =>
        {
            int cp = Char(ts2, a, kw, "digit", 2);
            return db.TryGetNumeric(cp, out var v) && v.Digit is { } x ? ts2.Rt.NewInt(x)
                : a.Length > 1 ? a[1] : throw ts2.Rt.ValueError("not a digit");
        }, Mod);
        Def.Function(rt, d, "numeric", (ts2, a, kw) =>
        {
            int cp = Char(ts2, a, kw, "numeric", 2);
            return db.TryGetNumeric(cp, out var v) ? ts2.Rt.NewFloat(v.Numeric)
                : a.Length > 1 ? a[1] : throw ts2.Rt.ValueError("not a numeric character");
        }, Mod);

        Def.Function(rt, d, "category", (ts2, a, kw) => ts2.Rt.NewStr(db.Properties(Char(ts2, a, kw, "category", 1)).Category), Mod);
        Def.Function(rt, d, "bidirectional", (ts2, a, kw) => ts2.Rt.NewStr(db.Properties(Char(ts2, a, kw, "bidirectional", 1)).Bidirectional), Mod);
        Def.Function(rt, d, "combining", (ts2, a, kw) => ts2.Rt.NewInt(db.Properties(Char(ts2, a, kw, "combining", 1)).Combining), Mod);
        Def.Function(rt, d, "east_asian_width", (ts2, a, kw) => ts2.Rt.NewStr(db.Properties(Char(ts2, a, kw, "east_asian_width", 1)).EastAsianWidth), Mod);
        Def.Function(rt, d, "mirrored", (ts2, a, kw) => ts2.Rt.NewInt(db.Properties(Char(ts2, a, kw, "mirrored", 1)).Mirrored ? 1 : 0), Mod);
        Def.Function(rt, d, "decomposition", (ts2, a, kw) => ts2.Rt.NewStr(db.Decomposition(Char(ts2, a, kw, "decomposition", 1))), Mod);

        Def.Function(rt, d, "normalize", (ts2, a, kw) =>
        {
            var (form, s) = FormAndString(ts2, a, kw, "normalize");
            return db.Normalize(form, s.Value) is { } r ? (r == s.Value && s.Type == ts2.Rt.StrType ? s : ts2.Rt.NewStr(r))
                : throw ts2.Rt.ValueError("invalid normalization form");
        }, Mod);
        Def.Function(rt, d, "is_normalized", (ts2, a, kw) =>
        {
            var (form, s) = FormAndString(ts2, a, kw, "is_normalized");
            return db.Normalize(form, s.Value) is { } r ? ts2.Rt.NewBool(r == s.Value)
                : throw ts2.Rt.ValueError("invalid normalization form");
        }, Mod);
        return m;
    }

    /// <summary>The one-character argument: "name() argument 1 must be a unicode character, not X" ("argument" alone for one-parameter functions).</summary>
    private static int Char(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname, int max)
    {
        Args.NoKwargs(ts, fname, kw);
        Args.Count(ts, fname, a.Length, 1, max);
        string which = max == 1 ? "argument" : "argument 1";
        if (a[0] is not PyStr s)
            throw ts.Rt.TypeError($"{fname}() {which} must be a unicode character, not {a[0].Type.Name}");
        if (CodePoints.Length(s) != 1)
            throw ts.Rt.TypeError($"{fname}() {which} must be a unicode character, not str");
        return CodePoints.SingleCp(s.Value); // a pair, an escaped lone surrogate (Objects/LoneSurrogates.cs) or one unit
    }

    private static (string Form, PyStr S) FormAndString(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname)
    {
        Args.NoKwargs(ts, fname, kw);
        Args.Count(ts, fname, a.Length, 2, 2);
        if (a[0] is not PyStr form) throw ts.Rt.TypeError($"{fname}() argument 1 must be str, not {a[0].Type.Name}");
        if (a[1] is not PyStr s) throw ts.Rt.TypeError($"{fname}() argument 2 must be str, not {a[1].Type.Name}");
        return (form.Value, s);
    }
}
