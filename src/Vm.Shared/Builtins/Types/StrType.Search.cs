// str: find/rfind/index/rindex/count, startswith/endswith, replace, removeprefix/removesuffix,
// partition/rpartition. Indices are code points; simple strings (no surrogate pairs) search the
// UTF-16 text directly.
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync>
{
    private static void InstallSearch(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "find", (ts2, a, kw) => ts2.Rt.NewInt(Find(ts2, a, kw, "find", false)));
        Def.Method(rt, t, "rfind", (ts2, a, kw) => ts2.Rt.NewInt(Find(ts2, a, kw, "rfind", true)));
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            long r = Find(ts2, a, kw, "index", false);
            return r >= 0 ? ts2.Rt.NewInt(r) : ts2.RaisePending(ts2.Rt.ValueError("substring not found"));
        });
        Def.Method(rt, t, "rindex", (ts2, a, kw) =>
        {
            long r = Find(ts2, a, kw, "rindex", true);
            return r >= 0 ? ts2.Rt.NewInt(r) : ts2.RaisePending(ts2.Rt.ValueError("substring not found"));
        });
        Def.Method(rt, t, "count", (ts2, a, kw) => ts2.Rt.NewInt(Count(ts2, a, kw)));
        // Fast2: the eval loop's one-argument call (Interpreter.BuiltinCalls.cs), TailMatch's own first case.
        Def.Method(rt, t, "startswith", (ts2, a, kw) => ts2.Rt.NewBool(TailMatch(ts2, a, kw, "startswith", false)))
            .Fast2 = (ts2, s, p) => ts2.Rt.NewBool(p is PyStr p0 ? WholeTailMatch((PyStr)s, p0, false) : TailMatch(ts2, [s, p], null, "startswith", false));
        Def.Method(rt, t, "endswith", (ts2, a, kw) => ts2.Rt.NewBool(TailMatch(ts2, a, kw, "endswith", true)))
            .Fast2 = (ts2, s, p) => ts2.Rt.NewBool(p is PyStr p0 ? WholeTailMatch((PyStr)s, p0, true) : TailMatch(ts2, [s, p], null, "endswith", true));
        Def.Method(rt, t, "replace", Replace);
        Def.Method(rt, t, "removeprefix", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "removeprefix", kw);
            Args.Count(ts2, "removeprefix", a.Length - 1, 1, 1);
            var s = Self(a);
            if (a[1] is not PyStr p) throw ts2.Rt.TypeError($"removeprefix() argument must be str, not {ArgNames.Of(ts2, a[1])}");
            if (p.Value.Length > 0 && s.Value.StartsWith(p.Value, StringComparison.Ordinal))
                return ts2.Rt.NewStr(s.Value[p.Value.Length..]);
            return Result(ts2, s, s.Value);
        });
        Def.Method(rt, t, "removesuffix", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "removesuffix", kw);
            Args.Count(ts2, "removesuffix", a.Length - 1, 1, 1);
            var s = Self(a);
            if (a[1] is not PyStr p) throw ts2.Rt.TypeError($"removesuffix() argument must be str, not {ArgNames.Of(ts2, a[1])}");
            if (p.Value.Length > 0 && s.Value.EndsWith(p.Value, StringComparison.Ordinal))
                return ts2.Rt.NewStr(s.Value[..^p.Value.Length]);
            return Result(ts2, s, s.Value);
        });
        Def.Method(rt, t, "partition", (ts2, a, kw) => Partition(ts2, a, kw, "partition", false));
        Def.Method(rt, t, "rpartition", (ts2, a, kw) => Partition(ts2, a, kw, "rpartition", true));
    }

    /// <summary>find/rfind/index/rindex: the code point index of sub in s[start:end], or -1.</summary>
    private static long Find(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 3);
        var s = Self(a);
        if (a[1] is not PyStr sub) throw ts.Rt.TypeError($"{name}() argument 1 must be str, not {ArgNames.Of(ts, a[1])}");
        if (a.Length == 2)
        {
            // Whole-string search: no index conversion needed for the common simple case.
            if (s.IsSimple)
                return reverse ? (sub.Value.Length == 0 ? s.Value.Length : s.Value.LastIndexOf(sub.Value, StringComparison.Ordinal))
                    : s.Value.IndexOf(sub.Value, StringComparison.Ordinal);
        }
        SeqIndex<TSync>.StartEnd(ts, a, 2, CodePoints.Length(s), out long start, out long end);
        if (end - start < CodePoints.Length(sub)) return -1;
        if (sub.Value.Length == 0) return reverse ? end : start;
        int cs = CodePoints.CharIndex(s, start), ce = CodePoints.CharIndex(s, end);
        var span = s.Value.AsSpan(cs, ce - cs);
        int r = reverse ? span.LastIndexOf(sub.Value.AsSpan()) : span.IndexOf(sub.Value.AsSpan());
        if (r < 0) return -1;
        return CodePoints.CpIndex(s, cs + r);
    }

    private static long Count(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKwargs(ts, "count", kw);
        Args.Count(ts, "count", a.Length - 1, 1, 3);
        var s = Self(a);
        if (a[1] is not PyStr sub) throw ts.Rt.TypeError($"count() argument 1 must be str, not {ArgNames.Of(ts, a[1])}");
        long start = 0, end = CodePoints.Length(s);
        if (a.Length > 2) SeqIndex<TSync>.StartEnd(ts, a, 2, end, out start, out end);
        if (end - start < CodePoints.Length(sub)) return 0;
        if (sub.Value.Length == 0) return end - start + 1;
        int cs = CodePoints.CharIndex(s, start), ce = CodePoints.CharIndex(s, end);
        return CountIn(s.Value.AsSpan(cs, ce - cs), sub.Value, long.MaxValue);
    }

    private static long CountIn(ReadOnlySpan<char> hay, string sub, long max)
    {
        if (sub.Length == 1 && max == long.MaxValue) return hay.Count(sub[0]);
        long n = 0;
        while (n < max)
        {
            int r = hay.IndexOf(sub.AsSpan());
            if (r < 0) break;
            n++;
            hay = hay[(r + sub.Length)..];
        }
        return n;
    }

    private static bool TailMatch(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool atEnd)
    {
        if (kw != null) Args.NoKwargs(ts, "str." + name, kw); // "str.startswith() takes no keyword arguments"
        Args.Count(ts, name, a.Length - 1, 1, 3);
        var s = Self(a);
        var arg = a[1];
        if (a.Length == 2 && arg is PyStr p0) return WholeTailMatch(s, p0, atEnd);
        SeqIndex<TSync>.StartEnd(ts, a, 2, CodePoints.Length(s), out long start, out long end);
        if (arg is PyStr p) return Match(s, p, start, end, atEnd);
        if (arg is PyTuple tup)
        {
            foreach (var item in tup.Items)
            {
                if (item is not PyStr ps) throw ts.Rt.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (Match(s, ps, start, end, atEnd)) return true;
            }
            return false;
        }
        throw ts.Rt.TypeError($"{name} first arg must be str or a tuple of str, not {arg.Type.Name}");
    }

    /// <summary>s.startswith(p) / s.endswith(p) over the whole of s.</summary>
    private static bool WholeTailMatch(PyStr s, PyStr p, bool atEnd) =>
        atEnd ? s.Value.EndsWith(p.Value, StringComparison.Ordinal) : s.Value.StartsWith(p.Value, StringComparison.Ordinal);

    private static bool Match(PyStr s, PyStr sub, long start, long end, bool atEnd)
    {
        if (end - CodePoints.Length(sub) < start) return false;
        if (sub.Value.Length == 0) return true;
        int cs = CodePoints.CharIndex(s, start), ce = CodePoints.CharIndex(s, end);
        var span = s.Value.AsSpan(cs, ce - cs);
        return atEnd ? span.EndsWith(sub.Value.AsSpan()) : span.StartsWith(sub.Value.AsSpan());
    }

    private static readonly string[] s_replaceNames = ["old", "new", "count"];

    private static PyObject Replace(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var s = Self(a);
        PyObject oldO, newO;
        PyObject? countO = null;
        if (kw == null && a.Length is 3 or 4)
        {
            oldO = a[1];
            newO = a[2];
            if (a.Length == 4) countO = a[3];
        }
        else
        {
            var b = Args.Bind(ts, "replace", a[1..], kw, s_replaceNames, 2, posOnly: 2);
            oldO = b[0]!;
            newO = b[1]!;
            countO = b[2];
        }
        var old = StrArg(ts, oldO, "replace", 1);
        var nw = StrArg(ts, newO, "replace", 2);
        long count = countO == null ? -1 : SeqIndex<TSync>.AsSsize(ts, countO);
        if (count < 0) count = long.MaxValue;
        var v = s.Value;
        if (count == 0 || (old.Value.Length > 0 && v.Length < old.Value.Length)) return Result(ts, s, v);
        if (old.Value.Length == 0)
        {
            var sb = new System.Text.StringBuilder(v.Length + (int)Math.Min(count, v.Length + 1) * nw.Value.Length);
            long done = 0;
            int i = 0;
            while (i < v.Length)
            {
                if (done < count)
                {
                    sb.Append(nw.Value);
                    done++;
                }
                else
                {
                    sb.Append(v, i, v.Length - i);
                    return rt.NewStr(sb.ToString());
                }
                int j = i;
                CodePoints.Next(v, ref j);
                sb.Append(v, i, j - i);
                i = j;
            }
            if (done < count) sb.Append(nw.Value);
            return rt.NewStr(sb.ToString());
        }
        if (count == long.MaxValue)
        {
            var r = v.Replace(old.Value, nw.Value, StringComparison.Ordinal);
            return Result(ts, s, r);
        }
        int first = v.IndexOf(old.Value, StringComparison.Ordinal);
        if (first < 0) return Result(ts, s, v);
        var res = new System.Text.StringBuilder(v.Length);
        int pos = 0;
        long k = 0;
        int at = first;
        while (at >= 0 && k < count)
        {
            res.Append(v, pos, at - pos).Append(nw.Value);
            pos = at + old.Value.Length;
            k++;
            at = k < count ? v.IndexOf(old.Value, pos, StringComparison.Ordinal) : -1;
        }
        res.Append(v, pos, v.Length - pos);
        return rt.NewStr(res.ToString());
    }

    private static PyObject Partition(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 1);
        var s = Self(a);
        if (a[1] is not PyStr sep) throw rt.TypeError($"must be str, not {a[1].Type.Name}");
        if (sep.Value.Length == 0) throw rt.ValueError("empty separator");
        var v = s.Value;
        int i = reverse ? v.LastIndexOf(sep.Value, StringComparison.Ordinal) : v.IndexOf(sep.Value, StringComparison.Ordinal);
        PyObject self = s.Type == rt.StrType ? s : rt.NewStr(v);
        if (i < 0)
            return reverse ? Ops<TSync>.NewTuple(ts, [rt.EmptyStr, rt.EmptyStr, self]) : Ops<TSync>.NewTuple(ts, [self, rt.EmptyStr, rt.EmptyStr]);
        PyObject sepObj = sep.Type == rt.StrType ? sep : rt.NewStr(sep.Value);
        return Ops<TSync>.NewTuple(ts, [rt.NewStr(v[..i]), sepObj, rt.NewStr(v[(i + sep.Value.Length)..])]);
    }
}
