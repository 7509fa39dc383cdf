// The _re module: the engine behind Lib/re (compiled patterns and match objects) on top of .NET
// Regex, with patterns translated by ReTranslator. Indices are Python code point indices (the
// UTF-16 offsets of .NET are converted when a string has astral characters); bytes patterns work
// on latin-1 decoded text. .NET Regex objects are immutable and thread-safe.
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public sealed class RePattern : IHasChildren
{
    public PyObject Source = null!;      // the pattern str/bytes
    public bool Bytes;
    public int Flags;
    public ReTranslation T = null!;
    public Regex Search = null!;         // unanchored
    public Regex SearchNonEmpty = null!; // unanchored, but not an empty match at the start position
    public Regex Anchored = null!;       // \G(?:...)
    public Regex Full = null!;           // \G(?:...)\z
    public PyObject? GroupIndexDict;

    public void CollectChildren(List<PyObject> sink) => sink.Add(Source);
}

public sealed class ReMatch : IHasChildren
{
    public RePattern Pat = null!;
    public PyObject PatternObj = null!;
    public PyObject StringObj = null!;
    public string Text = "";             // the (possibly endpos-truncated) text searched
    public bool Simple = true;           // no surrogate pairs: char index == code point index
    public Match M = null!;
    public int Pos, EndPos;              // code point indices

    public void CollectChildren(List<PyObject> sink)
    {
        if (PatternObj != null) sink.Add(PatternObj);
        if (StringObj != null) sink.Add(StringObj);
    }
}

public static class ReModule<TSync> where TSync : struct, ISyncPolicy
{
    private sealed class ReTypes
    {
        public PyType Pattern = null!, Match = null!, Scanner = null!;
        public PyObject? ErrorType;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, ReTypes> s_types = new();
    private static readonly ConcurrentDictionary<(string, bool, int), (ReTranslation, Regex, Regex, Regex, Regex)> s_cache = new();

    private static ReTypes Types(PyThreadState ts) => s_types.GetValue(ts.Rt, _ => Build(ts));

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_re", out var d);
        var types = Types(ts);
        Def.Value(rt, d, "Pattern", types.Pattern);
        Def.Value(rt, d, "Match", types.Match);
        Def.Function(rt, d, "compile", (ts2, a, kw) =>
        {
            Args.Count(ts2, "compile", a.Length, 2, 2);
            return Compile(ts2, a[0], (int)ModuleSupport<TSync>.ToLong(ts2, a[1]));
        }, "_re");
        Def.Function(rt, d, "set_error", (ts2, a, kw) =>
        {
            Types(ts2).ErrorType = a[0];
            return ts2.Rt.None;
        }, "_re");
        Def.Function(rt, d, "purge", (ts2, a, kw) =>
        {
            s_cache.Clear();
            return ts2.Rt.None;
        }, "_re");
        return m;
    }

    private static PyException PatternError(PyThreadState ts, string msg, PyObject? pattern, int pos)
    {
        var et = Types(ts).ErrorType ?? ts.Rt.ExceptionTypes["ValueError"];
        var args = pattern == null ? new PyObject[] { ts.Rt.NewStr(msg) } : new PyObject[] { ts.Rt.NewStr(msg), pattern, ts.Rt.NewInt(pos) };
        var e = Ops<TSync>.Call(ts, et, args, null);
        return new PyException((PyBaseException)e);
    }

    private static string TextOf(PyObject o, out bool bytes)
    {
        switch (o)
        {
            case PyStr s:
                bytes = false;
                return s.Value;
            case PyBytes b:
                bytes = true;
                return Encoding.Latin1.GetString(b.Value);
            case PyByteArray ba:
                bytes = true;
                return Encoding.Latin1.GetString(ba._data, 0, ba._size);
        }
        bytes = false;
        return null!;
    }

    private static PyObject MakeText(PyThreadState ts, string s, bool bytes) =>
        bytes ? ts.Rt.NewBytes(Encoding.Latin1.GetBytes(s)) : ts.Rt.NewStr(s);

    public static PyObject Compile(PyThreadState ts, PyObject pattern, int flags)
    {
        var types = Types(ts);
        if (pattern is PyNative<RePattern> existing && pattern.Type == types.Pattern)
        {
            if (flags != 0) throw ts.Rt.ValueError("cannot process flags argument with a compiled pattern");
            return pattern;
        }
        var text = TextOf(pattern, out bool bytes);
        if (text == null) throw ts.Rt.TypeError("first argument must be string or compiled pattern");
        var key = (text, bytes, flags);
        if (!s_cache.TryGetValue(key, out var entry))
        {
            ReTranslation tr;
            try
            {
                tr = ReTranslator.Translate(text, flags, bytes);
            }
            catch (RePatternException e)
            {
                throw PatternError(ts, e.Msg, pattern, e.Pos);
            }
            var opts = RegexOptions.CultureInvariant;
            if ((tr.Flags & ReTranslator.IGNORECASE) != 0) opts |= RegexOptions.IgnoreCase;
            if ((tr.Flags & ReTranslator.MULTILINE) != 0) opts |= RegexOptions.Multiline;
            if ((tr.Flags & ReTranslator.DOTALL) != 0) opts |= RegexOptions.Singleline;
            try
            {
                var search = new Regex(tr.Net, opts);
                var anchored = new Regex("\\G(?:" + tr.Net + ")", opts);
                var full = new Regex("\\G(?:" + tr.Net + ")\\z", opts);
                // After an empty match Python retries at the same position for a non-empty match:
                // (?!\G) rejects an empty match at the start position only.
                var nonEmpty = new Regex("(?:" + tr.Net + ")(?!\\G)", opts);
                entry = (tr, search, anchored, full, nonEmpty);
            }
            catch (ArgumentException e)
            {
                throw PatternError(ts, e.Message, pattern, 0);
            }
            if (s_cache.Count > 512) s_cache.Clear();
            s_cache[key] = entry;
        }
        var rp = new RePattern
        {
            Source = pattern,
            Bytes = bytes,
            Flags = entry.Item1.Flags,
            T = entry.Item1,
            Search = entry.Item2,
            Anchored = entry.Item3,
            Full = entry.Item4,
            SearchNonEmpty = entry.Item5,
        };
        ObjectLifecycle<TSync>.IncRef(ts, pattern);
        return new PyNativeHolder<RePattern>(types.Pattern, rp);
    }

    // ------------------------------------------------------------------ helpers

    private static RePattern P(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<RePattern>(ts, a, "re.Pattern", method);

    private static ReMatch M(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<ReMatch>(ts, a, "re.Match", method);

    private static string Subject(PyThreadState ts, RePattern p, PyObject s)
    {
        var text = TextOf(s, out bool bytes);
        if (text == null)
        {
            if (s.Type == ts.Rt.MemoryViewType)
            {
                var b = (PyBytes)Ops<TSync>.CallMethod(ts, s, "tobytes", []);
                text = Encoding.Latin1.GetString(b.Value);
                bytes = true;
            }
            else throw ts.Rt.TypeError($"expected string or bytes-like object, got '{s.Type.Name}'");
        }
        if (bytes && !p.Bytes) throw ts.Rt.TypeError("cannot use a string pattern on a bytes-like object");
        if (!bytes && p.Bytes) throw ts.Rt.TypeError("cannot use a bytes pattern on a string-like object");
        return text;
    }

    private static bool IsSimple(string s)
    {
        foreach (var c in s)
            if (char.IsSurrogate(c)) return false;
        return true;
    }

    /// <summary>Parses (string, pos=0, endpos=maxsize) into the text to search and char offsets.</summary>
    private static (string Text, bool Simple, int Start, int Pos, int EndPos) Range(PyThreadState ts, RePattern p, ReadOnlySpan<PyObject> a,
        PyTuple? kw, string fname)
    {
        var b = Args.Bind(ts, fname, a, kw, ["string", "pos", "endpos"], 1);
        var full = Subject(ts, p, b[0]!);
        bool simple = p.Bytes || IsSimple(full);
        int len = simple ? full.Length : CodePoints.CountCp(full, 0, full.Length);
        long pos = b[1] == null ? 0 : ModuleSupport<TSync>.ToSsize(ts, b[1]!);
        long endpos = b[2] == null ? len : ModuleSupport<TSync>.ToSsize(ts, b[2]!);
        if (pos < 0) pos = 0;
        if (pos > len) pos = len;
        if (endpos < 0) endpos = 0;
        if (endpos > len) endpos = len;
        int endChar = simple ? (int)endpos : CodePoints.CharIndex(full, endpos);
        var text = endChar < full.Length ? full.Substring(0, endChar) : full;
        int startChar = simple ? (int)pos : CodePoints.CharIndex(text, pos);
        return (text, simple, startChar, (int)pos, (int)endpos);
    }

    private static PyObject? NewMatch(PyThreadState ts, PyObject patObj, RePattern p, PyObject strObj, string text, bool simple, Match m, int pos, int endpos)
    {
        if (!m.Success) return null;
        var rm = new ReMatch { Pat = p, PatternObj = patObj, StringObj = strObj, Text = text, Simple = simple, M = m, Pos = pos, EndPos = endpos };
        ObjectLifecycle<TSync>.IncRef(ts, patObj);
        ObjectLifecycle<TSync>.IncRef(ts, strObj);
        return new PyNativeHolder<ReMatch>(Types(ts).Match, rm);
    }

    private static int Cp(ReMatch m, int charIndex) => m.Simple ? charIndex : CodePoints.CountCp(m.Text, 0, charIndex);

    private static int GroupIndex(PyThreadState ts, ReMatch m, PyObject g)
    {
        if (g is PyInt gi)
        {
            long v = gi.IsBig ? -1 : gi.Small;
            if (v < 0 || v > m.Pat.T.Groups) throw ts.Rt.IndexError("no such group");
            return (int)v;
        }
        if (g is PyStr gs)
        {
            if (m.Pat.T.GroupIndex.TryGetValue(gs.Value, out var idx)) return idx;
            throw ts.Rt.IndexError("no such group");
        }
        if (g.Type.Lookup(ts.Rt.Intern("__index__")) != null) return GroupIndex(ts, m, Ops<TSync>.Index(ts, g));
        throw ts.Rt.IndexError("no such group");
    }

    private static PyObject GroupValue(PyThreadState ts, ReMatch m, int idx, PyObject? dflt)
    {
        var g = m.M.Groups[idx];
        if (!g.Success) return dflt ?? ts.Rt.None;
        return MakeText(ts, g.Value, m.Pat.Bytes);
    }

    private static (int, int) Span(ReMatch m, int idx)
    {
        var g = m.M.Groups[idx];
        if (!g.Success) return (-1, -1);
        return (Cp(m, g.Index), Cp(m, g.Index + g.Length));
    }

    private static int LastIndex(ReMatch m)
    {
        var t = m.Pat.T;
        int bestEnd = -1;
        var cands = new List<int>();
        for (int i = 1; i <= t.Groups; i++)
        {
            var g = m.M.Groups[i];
            if (!g.Success) continue;
            int end = g.Index + g.Length;
            if (end > bestEnd)
            {
                bestEnd = end;
                cands.Clear();
            }
            if (end == bestEnd) cands.Add(i);
        }
        if (cands.Count == 0) return -1;
        int res = cands[^1];
        // An enclosing group that ends at the same place closes later.
        for (int p = t.Parent[res]; p != 0; p = t.Parent[p])
            if (cands.Contains(p)) res = p;
        return res;
    }

    /// <summary>All matches from start, Python 3.7+ style: an empty match may follow a non-empty one at the same position.</summary>
    private static IEnumerable<Match> Matches(RePattern p, string text, int start)
    {
        int pos = start;
        bool mustAdvance = false;
        while (pos <= text.Length)
        {
            var m = (mustAdvance ? p.SearchNonEmpty : p.Search).Match(text, pos);
            if (!m.Success) yield break;
            yield return m;
            mustAdvance = m.Length == 0;
            pos = m.Index + m.Length;
        }
    }

    // ------------------------------------------------------------------ template expansion

    private abstract record TplPart;
    private sealed record TplLit(string Text) : TplPart;
    private sealed record TplGroup(int Index) : TplPart;

    private static List<TplPart> ParseTemplate(PyThreadState ts, RePattern p, string tpl, PyObject tplObj)
    {
        var parts = new List<TplPart>();
        var lit = new StringBuilder();
        int i = 0;
        void Flush()
        {
            if (lit.Length > 0)
            {
                parts.Add(new TplLit(lit.ToString()));
                lit.Clear();
            }
        }
        while (i < tpl.Length)
        {
            char c = tpl[i];
            if (c != '\\')
            {
                lit.Append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= tpl.Length) throw PatternError(ts, "bad escape (end of pattern)", tplObj, start);
            char e = tpl[i++];
            switch (e)
            {
                case 'g':
                {
                    if (i >= tpl.Length || tpl[i] != '<') throw PatternError(ts, "missing <", tplObj, i);
                    int close = tpl.IndexOf('>', i + 1);
                    if (close < 0) throw PatternError(ts, "missing >, unterminated name", tplObj, i + 1);
                    var name = tpl[(i + 1)..close];
                    if (name.Length == 0) throw PatternError(ts, "missing group name", tplObj, i + 1);
                    int idx;
                    if (name.All(char.IsAsciiDigit))
                    {
                        idx = int.Parse(name);
                        if (idx > p.T.Groups) throw PatternError(ts, $"invalid group reference {idx}", tplObj, i + 1);
                    }
                    else if (!p.T.GroupIndex.TryGetValue(name, out idx))
                    {
                        bool ident = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
                        if (!ident) throw PatternError(ts, $"bad character in group name '{name}'", tplObj, i + 1);
                        throw ts.Rt.IndexError($"unknown group name '{name}'");
                    }
                    Flush();
                    parts.Add(new TplGroup(idx));
                    i = close + 1;
                    continue;
                }
                case '0':
                {
                    int v = 0, n = 0;
                    while (n < 2 && i < tpl.Length && tpl[i] >= '0' && tpl[i] <= '7')
                    {
                        v = v * 8 + (tpl[i] - '0');
                        i++;
                        n++;
                    }
                    lit.Append((char)v);
                    continue;
                }
                case 'n': lit.Append('\n'); continue;
                case 't': lit.Append('\t'); continue;
                case 'r': lit.Append('\r'); continue;
                case 'f': lit.Append('\f'); continue;
                case 'v': lit.Append('\v'); continue;
                case 'a': lit.Append('\a'); continue;
                case 'b': lit.Append('\b'); continue;
                case '\\': lit.Append('\\'); continue;
            }
            if (e >= '1' && e <= '9')
            {
                if (i + 1 < tpl.Length && e <= '7' && tpl[i] >= '0' && tpl[i] <= '7' && tpl[i + 1] >= '0' && tpl[i + 1] <= '7')
                {
                    int v = (e - '0') * 64 + (tpl[i] - '0') * 8 + (tpl[i + 1] - '0');
                    if (v > 0xFF) throw PatternError(ts, $"octal escape value \\{tpl.Substring(start + 1, 3)} outside of range 0-0xFF", tplObj, start);
                    lit.Append((char)v);
                    i += 2;
                    continue;
                }
                int g = e - '0';
                if (i < tpl.Length && char.IsAsciiDigit(tpl[i]))
                {
                    g = g * 10 + (tpl[i] - '0');
                    i++;
                }
                if (g > p.T.Groups) throw PatternError(ts, $"invalid group reference {g}", tplObj, start + 1);
                Flush();
                parts.Add(new TplGroup(g));
                continue;
            }
            if (char.IsAsciiLetter(e)) throw PatternError(ts, "bad escape \\" + e, tplObj, start);
            lit.Append('\\').Append(e);
        }
        Flush();
        return parts;
    }

    private static string Expand(ReMatch m, List<TplPart> parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (part is TplLit l) sb.Append(l.Text);
            else if (part is TplGroup g)
            {
                var grp = m.M.Groups[g.Index];
                if (grp.Success) sb.Append(grp.Value);
            }
        }
        return sb.ToString();
    }

    // ------------------------------------------------------------------ types

    private static ReTypes Build(PyThreadState ts)
    {
        var rt = ts.Rt;
        var types = new ReTypes();
        var pt = types.Pattern = rt.NewBuiltinType("Pattern", null, TypeFlags.None);
        var mt = types.Match = rt.NewBuiltinType("Match", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, pt, "re");
        ModuleSupport<TSync>.SetModule(rt, mt, "re");
        PatternMethods(ts, pt, types);
        MatchMethods(ts, mt, types);
        if (rt.ListType.Dict.GetStr(rt.Intern("__class_getitem__")) is { } cgi)
        {
            Def.Value(rt, pt.Dict, "__class_getitem__", cgi);
            Def.Value(rt, mt.Dict, "__class_getitem__", cgi);
        }
        return types;
    }

    private static void PatternMethods(PyThreadState ts, PyType t, ReTypes types)
    {
        var rt = ts.Rt;
        Def.Getter(rt, t, "pattern", (ts2, o) => ((PyNative<RePattern>)o).State.Source);
        Def.Getter(rt, t, "flags", (ts2, o) => ts2.Rt.NewInt(((PyNative<RePattern>)o).State.Flags));
        Def.Getter(rt, t, "groups", (ts2, o) => ts2.Rt.NewInt(((PyNative<RePattern>)o).State.T.Groups));
        Def.Getter(rt, t, "groupindex", (ts2, o) =>
        {
            var p = ((PyNative<RePattern>)o).State;
            var d = Ops<TSync>.NewDict(ts2);
            foreach (var kv in p.T.GroupIndex.OrderBy(kv => kv.Value))
                DictOps<TSync>.SetItem(ts2, d, ts2.Rt.NewStr(kv.Key), ts2.Rt.NewInt(kv.Value));
            return d;
        });
        Def.Method(rt, t, "match", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "match");
            var r = Range(ts2, p, a.Slice(1), kw, "match");
            return NewMatch(ts2, a[0], p, a[1], r.Text, r.Simple, p.Anchored.Match(r.Text, r.Start), r.Pos, r.EndPos) ?? ts2.Rt.None;
        });
        Def.Method(rt, t, "fullmatch", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "fullmatch");
            var r = Range(ts2, p, a.Slice(1), kw, "fullmatch");
            return NewMatch(ts2, a[0], p, a[1], r.Text, r.Simple, p.Full.Match(r.Text, r.Start), r.Pos, r.EndPos) ?? ts2.Rt.None;
        });
        Def.Method(rt, t, "search", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "search");
            var r = Range(ts2, p, a.Slice(1), kw, "search");
            return NewMatch(ts2, a[0], p, a[1], r.Text, r.Simple, p.Search.Match(r.Text, r.Start), r.Pos, r.EndPos) ?? ts2.Rt.None;
        });
        Def.Method(rt, t, "findall", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "findall");
            var r = Range(ts2, p, a.Slice(1), kw, "findall");
            var res = new List<PyObject>();
            foreach (Match m in Matches(p, r.Text, r.Start))
            {
                int ng = p.T.Groups;
                if (ng == 0) res.Add(MakeText(ts2, m.Value, p.Bytes));
                else if (ng == 1) res.Add(MakeText(ts2, m.Groups[1].Success ? m.Groups[1].Value : "", p.Bytes));
                else
                {
                    var items = new PyObject[ng];
                    for (int i = 1; i <= ng; i++) items[i - 1] = MakeText(ts2, m.Groups[i].Success ? m.Groups[i].Value : "", p.Bytes);
                    res.Add(Ops<TSync>.NewTuple(ts2, items));
                }
            }
            return Ops<TSync>.NewList(ts2, res.ToArray());
        });
        Def.Method(rt, t, "finditer", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "finditer");
            var r = Range(ts2, p, a.Slice(1), kw, "finditer");
            var patObj = a[0];
            var strObj = a[1];
            var e = Matches(p, r.Text, r.Start).GetEnumerator();
            var gate = new object();
            return PyFuncIter.Create<TSync>(ts2, ts2.Rt.IteratorType, ts3 =>
            {
                Match cur;
                lock (gate)
                {
                    if (!e.MoveNext()) return null;
                    cur = e.Current;
                }
                return NewMatch(ts3, patObj, p, strObj, r.Text, r.Simple, cur, r.Pos, r.EndPos);
            });
        });
        Def.Method(rt, t, "split", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "split");
            var b = Args.Bind(ts2, "split", a.Slice(1), kw, ["string", "maxsplit"], 1);
            return Split(ts2, p, b[0]!, b[1] == null ? 0 : ModuleSupport<TSync>.ToSsize(ts2, b[1]!));
        });
        Def.Method(rt, t, "sub", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "sub");
            var b = Args.Bind(ts2, "sub", a.Slice(1), kw, ["repl", "string", "count"], 2);
            return Sub(ts2, a[0], p, b[0]!, b[1]!, b[2] == null ? 0 : ModuleSupport<TSync>.ToSsize(ts2, b[2]!), false);
        });
        Def.Method(rt, t, "subn", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "subn");
            var b = Args.Bind(ts2, "subn", a.Slice(1), kw, ["repl", "string", "count"], 2);
            return Sub(ts2, a[0], p, b[0]!, b[1]!, b[2] == null ? 0 : ModuleSupport<TSync>.ToSsize(ts2, b[2]!), true);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "__repr__");
            var src = Ops<TSync>.ReprValue(ts2, p.Source);
            var fl = FlagNames(p.Flags & ~(p.Bytes ? 0 : ReTranslator.UNICODE));
            return ts2.Rt.NewStr(fl.Length == 0 ? $"re.compile({src})" : $"re.compile({src}, {fl})");
        });
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
        {
            if (a[1] is not PyNative<RePattern> o) return ts2.Rt.NotImplemented;
            var p = P(ts2, a, "__eq__");
            return ts2.Rt.NewBool(p.Flags == o.State.Flags && p.Bytes == o.State.Bytes && Ops<TSync>.Eq(ts2, p.Source, o.State.Source));
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var p = P(ts2, a, "__hash__");
            return ts2.Rt.NewInt(Ops<TSync>.Hash(ts2, p.Source) ^ p.Flags);
        });
        Def.Method(rt, t, "__copy__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__deepcopy__", (ts2, a, kw) => a[0]);
    }

    private static string FlagNames(int flags)
    {
        var names = new List<string>();
        foreach (var (v, n) in new[] { (ReTranslator.IGNORECASE, "re.IGNORECASE"), (ReTranslator.LOCALE, "re.LOCALE"), (ReTranslator.MULTILINE, "re.MULTILINE"),
                     (ReTranslator.DOTALL, "re.DOTALL"), (ReTranslator.UNICODE, "re.UNICODE"), (ReTranslator.VERBOSE, "re.VERBOSE"),
                     (ReTranslator.DEBUG, "re.DEBUG"), (ReTranslator.ASCII, "re.ASCII") })
        {
            if ((flags & v) != 0)
            {
                names.Add(n);
                flags &= ~v;
            }
        }
        if (flags != 0) names.Add("0x" + flags.ToString("x"));
        return string.Join("|", names);
    }

    private static PyObject Split(PyThreadState ts, RePattern p, PyObject strObj, long maxsplit)
    {
        var text = Subject(ts, p, strObj);
        var res = new List<PyObject>();
        int last = 0;
        long n = 0;
        foreach (Match m in Matches(p, text, 0))
        {
            if (maxsplit > 0 && n >= maxsplit) break;
            res.Add(MakeText(ts, text[last..m.Index], p.Bytes));
            for (int i = 1; i <= p.T.Groups; i++)
                res.Add(m.Groups[i].Success ? MakeText(ts, m.Groups[i].Value, p.Bytes) : ts.Rt.None);
            last = m.Index + m.Length;
            n++;
        }
        res.Add(MakeText(ts, text[last..], p.Bytes));
        return Ops<TSync>.NewList(ts, res.ToArray());
    }

    private static PyObject Sub(PyThreadState ts, PyObject patObj, RePattern p, PyObject repl, PyObject strObj, long count, bool withCount)
    {
        var text = Subject(ts, p, strObj);
        bool simple = p.Bytes || IsSimple(text);
        List<TplPart>? tpl = null;
        bool callable = false;
        if (repl is PyStr || repl is PyBytes || repl is PyByteArray)
        {
            var rtext = TextOf(repl, out bool rbytes);
            if (rbytes != p.Bytes)
                throw ts.Rt.TypeError(p.Bytes ? $"expected a bytes-like object, {repl.Type.Name} found" : $"expected str instance, {repl.Type.Name} found");
            tpl = rtext.Contains('\\') ? ParseTemplate(ts, p, rtext, repl) : [new TplLit(rtext)];
        }
        else if (Ops<TSync>.IsCallable(ts, repl)) callable = true;
        else throw ts.Rt.TypeError($"expected str instance, {repl.Type.Name} found");
        var sb = new StringBuilder();
        int last = 0;
        long n = 0;
        foreach (Match m in Matches(p, text, 0))
        {
            if (count > 0 && n >= count) break;
            sb.Append(text, last, m.Index - last);
            if (callable)
            {
                var mo = NewMatch(ts, patObj, p, strObj, text, simple, m, 0, simple ? text.Length : CodePoints.CountCp(text, 0, text.Length))!;
                var r = Ops<TSync>.Call(ts, repl, [mo], null);
                var rs = TextOf(r, out bool rb);
                if (rs == null || rb != p.Bytes)
                    throw ts.Rt.TypeError(p.Bytes ? $"expected a bytes-like object, {r.Type.Name} found" : $"expected str instance, {r.Type.Name} found");
                sb.Append(rs);
            }
            else
            {
                var rm = new ReMatch { Pat = p, M = m, Text = text };
                sb.Append(Expand(rm, tpl!));
            }
            last = m.Index + m.Length;
            n++;
        }
        sb.Append(text, last, text.Length - last);
        var result = MakeText(ts, sb.ToString(), p.Bytes);
        return withCount ? Ops<TSync>.NewTuple(ts, [result, ts.Rt.NewInt(n)]) : result;
    }

    private static void MatchMethods(PyThreadState ts, PyType t, ReTypes types)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "group", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "group");
            if (a.Length <= 2) return GroupValue(ts2, m, a.Length == 1 ? 0 : GroupIndex(ts2, m, a[1]), null);
            var items = new PyObject[a.Length - 1];
            for (int i = 1; i < a.Length; i++) items[i - 1] = GroupValue(ts2, m, GroupIndex(ts2, m, a[i]), null);
            return Ops<TSync>.NewTuple(ts2, items);
        });
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "__getitem__");
            return GroupValue(ts2, m, GroupIndex(ts2, m, a[1]), null);
        });
        Def.Method(rt, t, "groups", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "groups");
            var b = Args.Bind(ts2, "groups", a.Slice(1), kw, ["default"], 0);
            var items = new PyObject[m.Pat.T.Groups];
            for (int i = 1; i <= items.Length; i++) items[i - 1] = GroupValue(ts2, m, i, b[0]);
            return Ops<TSync>.NewTuple(ts2, items);
        });
        Def.Method(rt, t, "groupdict", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "groupdict");
            var b = Args.Bind(ts2, "groupdict", a.Slice(1), kw, ["default"], 0);
            var d = Ops<TSync>.NewDict(ts2);
            foreach (var kv in m.Pat.T.GroupIndex.OrderBy(kv => kv.Value))
                DictOps<TSync>.SetItem(ts2, d, ts2.Rt.NewStr(kv.Key), GroupValue(ts2, m, kv.Value, b[0]));
            return d;
        });
        Def.Method(rt, t, "start", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "start");
            return ts2.Rt.NewInt(Span(m, a.Length > 1 ? GroupIndex(ts2, m, a[1]) : 0).Item1);
        });
        Def.Method(rt, t, "end", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "end");
            return ts2.Rt.NewInt(Span(m, a.Length > 1 ? GroupIndex(ts2, m, a[1]) : 0).Item2);
        });
        Def.Method(rt, t, "span", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "span");
            var (s, e) = Span(m, a.Length > 1 ? GroupIndex(ts2, m, a[1]) : 0);
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(s), ts2.Rt.NewInt(e)]);
        });
        Def.Method(rt, t, "expand", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "expand");
            var tplText = TextOf(a[1], out _) ?? throw ts2.Rt.TypeError($"expected str instance, {a[1].Type.Name} found");
            var parts = ParseTemplate(ts2, m.Pat, tplText, a[1]);
            return MakeText(ts2, Expand(m, parts), m.Pat.Bytes);
        });
        Def.Getter(rt, t, "lastindex", (ts2, o) =>
        {
            var li = LastIndex(((PyNative<ReMatch>)o).State);
            return li < 0 ? ts2.Rt.None : ts2.Rt.NewInt(li);
        });
        Def.Getter(rt, t, "lastgroup", (ts2, o) =>
        {
            var m = ((PyNative<ReMatch>)o).State;
            var li = LastIndex(m);
            if (li < 0) return ts2.Rt.None;
            foreach (var kv in m.Pat.T.GroupIndex)
                if (kv.Value == li) return ts2.Rt.NewStr(kv.Key);
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "re", (ts2, o) => ((PyNative<ReMatch>)o).State.PatternObj);
        Def.Getter(rt, t, "string", (ts2, o) => ((PyNative<ReMatch>)o).State.StringObj);
        Def.Getter(rt, t, "pos", (ts2, o) => ts2.Rt.NewInt(((PyNative<ReMatch>)o).State.Pos));
        Def.Getter(rt, t, "endpos", (ts2, o) => ts2.Rt.NewInt(((PyNative<ReMatch>)o).State.EndPos));
        Def.Getter(rt, t, "regs", (ts2, o) =>
        {
            var m = ((PyNative<ReMatch>)o).State;
            var items = new PyObject[m.Pat.T.Groups + 1];
            for (int i = 0; i < items.Length; i++)
            {
                var (s, e) = Span(m, i);
                items[i] = Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(s), ts2.Rt.NewInt(e)]);
            }
            return Ops<TSync>.NewTuple(ts2, items);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var m = M(ts2, a, "__repr__");
            var (s, e) = Span(m, 0);
            return ts2.Rt.NewStr($"<re.Match object; span=({s}, {e}), match={Ops<TSync>.ReprValue(ts2, GroupValue(ts2, m, 0, null))}>");
        });
        Def.Method(rt, t, "__bool__", (ts2, a, kw) => ts2.Rt.True);
        Def.Method(rt, t, "__copy__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__deepcopy__", (ts2, a, kw) => a[0]);
    }
}
