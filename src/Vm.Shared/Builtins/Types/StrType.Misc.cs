// str: padding (center/ljust/rjust/zfill/expandtabs), translate/maketrans, encode, format and
// format_map.
using System.Text;
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync>
{
    private static void InstallMisc(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "center", (ts2, a, kw) => Pad(ts2, a, kw, "center"));
        Def.Method(rt, t, "ljust", (ts2, a, kw) => Pad(ts2, a, kw, "ljust"));
        Def.Method(rt, t, "rjust", (ts2, a, kw) => Pad(ts2, a, kw, "rjust"));
        Def.Method(rt, t, "zfill", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "zfill", kw);
            Args.Count(ts2, "zfill", a.Length - 1, 1, 1);
            var s = Self(a);
            long width = SeqIndex<TSync>.AsSsize(ts2, a[1]);
            int len = CodePoints.Length(s);
            if (width <= len) return Result(ts2, s, s.Value);
            if (width > int.MaxValue / 4) throw ts2.Rt.MemoryError();
            var v = s.Value;
            int fill = (int)(width - len);
            if (v.Length > 0 && (v[0] == '+' || v[0] == '-'))
                return ts2.Rt.NewStr(string.Concat(v.AsSpan(0, 1), new string('0', fill), v.AsSpan(1)));
            return ts2.Rt.NewStr(string.Concat(new string('0', fill), v));
        });
        Def.Method(rt, t, "expandtabs", ExpandTabs);
        Def.Method(rt, t, "translate", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "translate", kw);
            Args.Count(ts2, "translate", a.Length - 1, 1, 1);
            return Translate(ts2, Self(a), a[1]);
        });
        Def.StaticMethod(rt, t, "maketrans", MakeTrans);
        Def.Method(rt, t, "encode", Encode);
        Def.Method(rt, t, "format", (ts2, a, kw) =>
        {
            var s = Self(a);
            int nkw = kw?.Count ?? 0;
            var pos = a[1..(a.Length - nkw)];
            return ts2.Rt.NewStr(StrFormat<TSync>.Format(ts2, s.Value, pos, kw, a[(a.Length - nkw)..]));
        });
        Def.Method(rt, t, "format_map", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "format_map", kw);
            Args.Count(ts2, "format_map", a.Length - 1, 1, 1);
            return ts2.Rt.NewStr(StrFormat<TSync>.FormatMap(ts2, Self(a).Value, a[1]));
        });
    }

    private static PyObject Pad(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 2);
        var s = Self(a);
        long width = SeqIndex<TSync>.AsSsize(ts, a[1]);
        int fillCp = ' ';
        if (a.Length > 2)
        {
            if (a[2] is not PyStr f) throw rt.TypeError($"The fill character must be a unicode character, not {a[2].Type.Name}");
            fillCp = CodePoints.SingleCp(f.Value);
            if (fillCp < 0) throw rt.TypeError("The fill character must be exactly one character long");
        }
        int len = CodePoints.Length(s);
        if (width <= len) return Result(ts, s, s.Value);
        long marg = width - len;
        if (marg > int.MaxValue / 4) throw rt.MemoryError();
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        long right = marg - left;
        string fill = CodePoints.FromCp(fillCp);
        var sb = new StringBuilder((int)(s.Value.Length + marg * fill.Length));
        if (fill.Length == 1)
        {
            sb.Append(fill[0], (int)left).Append(s.Value).Append(fill[0], (int)right);
        }
        else
        {
            for (long k = 0; k < left; k++) sb.Append(fill);
            sb.Append(s.Value);
            for (long k = 0; k < right; k++) sb.Append(fill);
        }
        return rt.NewStr(sb.ToString());
    }

    private static readonly string[] s_tabNames = ["tabsize"];

    private static PyObject ExpandTabs(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var s = Self(a);
        long tabsize = 8;
        PyObject? ts0;
        if (kw == null)
        {
            if (a.Length > 2) throw rt.TypeError($"expandtabs() takes at most 1 argument ({a.Length - 1} given)");
            ts0 = a.Length == 2 ? a[1] : null;
        }
        else ts0 = Args.Bind(ts, "expandtabs", a[1..], kw, s_tabNames, 0)[0];
        if (ts0 != null)
        {
            if (ts0 is not PyInt && ts0.Type.Lookup(rt.Intern("__index__")) == null)
                throw rt.TypeError($"'{ts0.Type.Name}' object cannot be interpreted as an integer");
            var ti = Ops<TSync>.Index(ts, ts0);
            if (ti.IsBig || ti.Small > int.MaxValue || ti.Small < int.MinValue) throw rt.OverflowError("Python int too large to convert to C int");
            tabsize = ti.Small;
        }
        var v = s.Value;
        if (v.IndexOf('\t') < 0) return Result(ts, s, v);
        var sb = new StringBuilder(v.Length + 16);
        long col = 0;
        for (int i = 0; i < v.Length;)
        {
            char c = v[i];
            if (c == '\t')
            {
                i++;
                if (tabsize > 0)
                {
                    long inc = tabsize - (col % tabsize);
                    if (inc > int.MaxValue / 4 || sb.Length + inc > int.MaxValue / 4) throw rt.MemoryError();
                    col += inc;
                    sb.Append(' ', (int)inc);
                }
                continue;
            }
            int j = i;
            CodePoints.Next(v, ref j);
            sb.Append(v, i, j - i);
            i = j;
            col++;
            if (c is '\n' or '\r') col = 0;
        }
        return rt.NewStr(sb.ToString());
    }

    private static PyObject Translate(PyThreadState ts, PyStr s, PyObject table)
    {
        var rt = ts.Rt;
        var v = s.Value;
        var sb = new StringBuilder(v.Length);
        // Cache lookups for code points below 128 (CPython caches the ASCII range too).
        string?[]? cache = null;
        bool[]? cached = null;
        bool changed = false;
        for (int i = 0; i < v.Length;)
        {
            int start = i;
            int cp = CodePoints.Next(v, ref i);
            string? repl;
            if (cp < 128 && cached != null && cached[cp])
            {
                repl = cache![cp];
            }
            else
            {
                repl = TranslateOne(ts, table, cp, v, start, i);
                if (cp < 128)
                {
                    cached ??= new bool[128];
                    cache ??= new string?[128];
                    cached[cp] = true;
                    cache[cp] = repl;
                }
            }
            if (repl == null)
            {
                changed = true;
                continue;
            }
            if (!changed && (repl.Length != i - start || string.CompareOrdinal(repl, 0, v, start, i - start) != 0)) changed = true;
            sb.Append(repl);
        }
        return changed ? rt.NewStr(sb.ToString()) : Result(ts, s, v);
    }

    /// <summary>The replacement text for cp (null = delete; the original text when unmapped).</summary>
    private static string? TranslateOne(PyThreadState ts, PyObject table, int cp, string v, int start, int end)
    {
        var rt = ts.Rt;
        PyObject? r;
        var key = rt.NewInt(cp);
        if (table is PyDict d && table.Type == rt.DictType)
        {
            r = DictOps<TSync>.GetItemOrNull(ts, d, key);
            if (r == null) return v.Substring(start, end - start);
        }
        else
        {
            try
            {
                r = Ops<TSync>.GetItem(ts, table, key);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["LookupError"]))
            {
                return v.Substring(start, end - start);
            }
        }
        if (ReferenceEquals(r, rt.None)) return null;
        if (r is PyInt ri)
        {
            if (ri.IsBig || ri.Small < 0 || ri.Small > 0x10FFFF) throw rt.ValueError("character mapping must be in range(0x110000)");
            return CodePoints.FromCp((int)ri.Small);
        }
        if (r is PyStr rs) return rs.Value;
        throw rt.TypeError("character mapping must return integer, None or str");
    }

    private static PyObject MakeTrans(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, "maketrans", kw);
        Args.Count(ts, "maketrans", a.Length, 1, 3);
        var result = Ops<TSync>.NewDict(ts);
        if (a.Length == 1)
        {
            if (a[0] is not PyDict src) throw rt.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var kv in src.Snapshot())
            {
                PyObject key;
                if (kv.Key is PyStr ks)
                {
                    int cp = CodePoints.SingleCp(ks.Value);
                    if (cp < 0) throw rt.ValueError("string keys in translate table must be of length 1");
                    key = rt.NewInt(cp);
                }
                else if (kv.Key is PyInt) key = kv.Key;
                else throw rt.TypeError("keys in translate table must be strings or integers");
                DictOps<TSync>.SetItem(ts, result, key, kv.Value);
            }
            return result;
        }
        if (a[0] is not PyStr x) throw rt.TypeError("first maketrans argument must be a string if there is a second argument");
        if (a[1] is not PyStr y) throw rt.TypeError($"maketrans() argument 2 must be str, not {ArgNames.Of(ts, a[1])}");
        var xs = CodePoints.ToArray(x);
        var ys = CodePoints.ToArray(y);
        if (xs.Length != ys.Length) throw rt.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.Length; i++) DictOps<TSync>.SetItem(ts, result, rt.NewInt(xs[i]), rt.NewInt(ys[i]));
        if (a.Length == 3)
        {
            if (a[2] is not PyStr z) throw rt.TypeError($"maketrans() argument 3 must be str, not {ArgNames.Of(ts, a[2])}");
            foreach (int cp in CodePoints.ToArray(z)) DictOps<TSync>.SetItem(ts, result, rt.NewInt(cp), rt.None);
        }
        return result;
    }

    private static readonly string[] s_encodeNames = ["encoding", "errors"];

    private static PyObject Encode(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var s = Self(a);
        PyObject? encO = null, errO = null;
        if (kw == null)
        {
            if (a.Length > 3) throw rt.TypeError($"encode() takes at most 2 arguments ({a.Length - 1} given)");
            if (a.Length > 1) encO = a[1];
            if (a.Length > 2) errO = a[2];
        }
        else
        {
            var b = Args.Bind(ts, "encode", a[1..], kw, s_encodeNames, 0);
            encO = b[0];
            errO = b[1];
        }
        string enc = encO == null ? "utf-8" : encO is PyStr es ? es.Value : throw rt.TypeError($"encode() argument 'encoding' must be str, not {ArgNames.Of(ts, encO)}");
        string err = errO == null ? "strict" : errO is PyStr rs ? rs.Value : throw rt.TypeError($"encode() argument 'errors' must be str, not {ArgNames.Of(ts, errO)}");
        return rt.NewBytes(Codecs<TSync>.Encode(ts, s, enc, err));
    }
}
