// Comments, processing instructions, the XML declaration, CDATA sections and the document type declaration
// (its internal subset is skipped except for general entities with a literal value, which content may use).
using System.Text;

namespace Vm.Modules.Xml;

public sealed partial class XmlScanner
{
    private void LeaveStart() { if (Phase == 0) Phase = 1; }

    private R Comment()
    {
        int q = _p + 4;
        while (true)
        {
            if (q + 1 >= _end) return R.Partial;
            if (_b[q] == '-' && _b[q + 1] == '-')
            {
                if (q + 2 >= _end) return R.Partial;
                if (_b[q + 2] != '>') return Fail(4, q + 2);
                break;
            }
            int n = CharLength(q);
            if (n == 0) return R.Partial;
            if (n < 0) return Fail(4, q);
            q += n;
        }
        Emit(XmlEventKind.Comment, q + 3, Text(_p + 4, q));
        LeaveStart();
        Commit(q + 3);
        return R.Ok;
    }

    private R Pi()
    {
        int ts = _p + 2;
        if (ts >= _end) return R.Partial;
        if (!IsNameStart(_b[ts])) return Fail(4, ts);
        int te = NameEnd(ts);
        if (te < 0) return R.Partial;
        var target = Text(ts, te);
        int q = te, ds;
        if (_b[q] == '?') ds = q;
        else if (IsSpace(_b[q])) ds = q = SkipSpace(q);
        else return Fail(4, q);
        while (true)
        {
            if (q + 1 >= _end) return R.Partial;
            if (_b[q] == '?' && _b[q + 1] == '>') break;
            int n = CharLength(q);
            if (n == 0) return R.Partial;
            if (n < 0) return Fail(4, q);
            q += n;
        }
        var data = Text(ds, q);
        if (target.Equals("xml", StringComparison.OrdinalIgnoreCase))
        {
            if (target != "xml") return Fail(4, te);
            if (Phase != 0 || _p != 0) return Fail(17, _p);
            return XmlDecl(data, ds, q + 2);
        }
        Emit(XmlEventKind.Pi, q + 2, target, data);
        LeaveStart();
        Commit(q + 2);
        return R.Ok;
    }

    private R XmlDecl(string data, int ds, int end)
    {
        string? version = null, encoding = null;
        int standalone = -1;
        int i = 0;
        while (i < data.Length)
        {
            int blanks = i;
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length) break;
            if (i == blanks && i > 0) return Fail(30, ds + i);
            int ns = i;
            while (i < data.Length && data[i] is not ('=' or ' ' or '\t' or '\n' or '\r')) i++;
            var key = data[ns..i];
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length || data[i] != '=') return Fail(30, ds + i);
            i++;
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length || data[i] is not ('"' or '\'')) return Fail(30, ds + i);
            int close = data.IndexOf(data[i], i + 1);
            if (close < 0) return Fail(30, ds + i);
            var val = data[(i + 1)..close];
            int valueAt = i + 1;
            i = close + 1;
            if (val.Length == 0 && key is "version" or "encoding") return Fail(30, ds + valueAt);
            for (int k = 0; k < val.Length; k++)
            {
                char vc = val[k];
                bool ok = char.IsAsciiLetterOrDigit(vc) || vc is '.' or '_' or '-' || key == "version" && vc == ':';
                if (!ok || key == "encoding" && k == 0 && !char.IsAsciiLetter(vc)) return Fail(30, ds + valueAt + k);
            }
            switch (key)
            {
                case "version" when version == null && encoding == null && standalone < 0: version = val; break;
                case "encoding" when version != null && encoding == null && standalone < 0: encoding = val; break;
                case "standalone" when version != null && standalone < 0 && val is "yes" or "no": standalone = val == "yes" ? 1 : 0; break;
                case "standalone" when version != null && standalone < 0: return Fail(30, ds + valueAt);
                default: return Fail(30, ds + ns);
            }
        }
        if (version == null) return Fail(30, ds);
        var e = Emit(XmlEventKind.XmlDecl, end, version, encoding);
        e.Flag = standalone;
        LeaveStart();
        Commit(end);
        return R.Ok;
    }

    /// <summary>The "&lt;![CDATA[" that opens a section; its text comes from CdataText() (Phase is InCdata meanwhile).</summary>
    private R Cdata()
    {
        Emit(XmlEventKind.CdataStart, _p + 9);
        Commit(_p + 9);
        Phase = InCdata;
        return R.Ok;
    }

    /// <summary>One token of a CDATA section's text, as expat splits it: a newline, a run of characters up to
    /// the next ']' or line end, a lone ']' before another ']', or the closing "]]>".</summary>
    private R CdataText()
    {
        int q = _p;
        byte c = _b[q];
        if (c == '\n' || c == '\r') return Newline();
        if (c == ']')
        {
            if (q + 1 >= _end) return R.Partial;
            if (_b[q + 1] == ']')
            {
                if (q + 2 >= _end) return R.Partial;
                if (_b[q + 2] == '>')
                {
                    Emit(XmlEventKind.CdataEnd, q + 3);
                    Phase = 2;
                    Commit(q + 3);
                    return R.Ok;
                }
                Emit(XmlEventKind.Data, q + 1, "]");
                Commit(q + 1);
                return R.Ok;
            }
            q++;
        }
        while (q < _end)
        {
            c = _b[q];
            if (c == ']' || c == '\n' || c == '\r') break;
            if (c < 0x20 && c != '\t') { if (q > _p) break; return Fail(4, q); }
            if (c < 0x80) { q++; continue; }
            int n = Utf8Length(q);
            if (n == 0) { if (q > _p) break; return R.Partial; }
            if (n < 0) { if (q > _p) break; return Fail(4, q); }
            q += n;
        }
        Emit(XmlEventKind.Data, q, Text(_p, q));
        Commit(q);
        return R.Ok;
    }

    /// <summary>A partial DOCTYPE: expat reads it as several prolog tokens and consumes the complete ones, which
    /// its reparse deferral counts; `done` is where expat would have stopped.</summary>
    private R Held(int done)
    {
        Progress = done;
        return R.Partial;
    }

    private R Doctype()
    {
        int q = _p + 9;
        if (q >= _end) return R.Partial;
        if (_b[q] < 0x80 && char.IsAsciiLetter((char)_b[q])) return Fail(2, _p);
        if (!IsSpace(_b[q])) return Fail(4, q);
        q = SkipSpace(q);
        if (q >= _end) return Held(q);
        if (!IsNameStart(_b[q])) return PrologFail(q);
        int ne = NameEnd(q);
        if (ne < 0) return Held(q);
        if (!IsSpace(_b[ne]) && _b[ne] != '[' && _b[ne] != '>') return Fail(4, ne);
        var name = Text(q, ne);
        string? sys = null, pub = null;
        q = SkipSpace(ne);
        if (q >= _end) return Held(q);
        if (StartsWith(q, "SYSTEM") || StartsWith(q, "PUBLIC"))
        {
            bool isPublic = _b[q] == 'P';
            q += 6;
            int before = q;
            var r = Literal(ref q, out var first);
            if (r == R.Partial) return Held(before < _end ? SkipSpace(before) : before - 6);
            if (r != R.Ok) return r;
            if (isPublic)
            {
                pub = first;
                before = q;
                r = Literal(ref q, out sys);
                if (r == R.Partial) return Held(SkipSpace(before));
                if (r != R.Ok) return r;
            }
            else sys = first;
            q = SkipSpace(q);
            if (q >= _end) return Held(q);
        }
        else if (PrefixOf(q, "SYSTEM") || PrefixOf(q, "PUBLIC")) return Held(q);
        var entities = new List<(string, string)>();
        bool subset = _b[q] == '[';
        int startAt = q;
        if (subset)
        {
            var r = InternalSubset(q + 1, entities, out q);
            if (r == R.Partial) return Held(startAt + 1);
            if (r != R.Ok) return r;
            q = SkipSpace(q);
            if (q >= _end) return Held(q);
        }
        if (_b[q] != '>') return PrologFail(q);
        var e = Emit(XmlEventKind.Doctype, q + 1, name, sys, startAt);
        e.S3 = pub;
        e.Flag = subset ? 1 : 0;
        if (sys != null || pub != null) _entities.TryAdd("", ""); // see Reference(): undeclared entities are skipped
        foreach (var (n, v) in entities)
        {
            _entities.TryAdd(n, v);
            Emit(XmlEventKind.Entity, q + 1, n, v, startAt);
        }
        Emit(XmlEventKind.DoctypeEnd, q + 1, at: q);
        Phase = 3;
        Commit(q + 1);
        return R.Ok;
    }

    /// <summary>The error expat gives for an unexpected byte at q inside a DOCTYPE: an invalid token where no
    /// prolog token can start, otherwise a syntax error at the token.</summary>
    private static readonly byte[] s_prologDelimiters = ">[]()|,%*?+"u8.ToArray();

    private R PrologFail(int q)
    {
        byte c = _b[q];
        if (c == '<' && q + 1 < _end && !IsNameStart(_b[q + 1]) && _b[q + 1] != '!' && _b[q + 1] != '?') return Fail(4, q + 1);
        if (c < 0x80 ? c < 0x20 && !IsSpace(c) : Utf8Length(q) < 0) return Fail(4, q);
        if (IsNameChar(c))
        {
            int e = NameEnd(q);
            if (e < 0) return _final ? Fail(2, q) : R.Partial;
            if (!IsSpace(_b[e]) && Array.IndexOf(s_prologDelimiters, _b[e]) < 0) return Fail(4, e);
        }
        return Fail(2, q);
    }

    /// <summary>Blanks then a quoted literal from q; q moves after the closing quote.</summary>
    private R Literal(ref int q, out string? value)
    {
        value = null;
        int s = SkipSpace(q);
        if (s >= _end) return R.Partial;
        byte quote = _b[s];
        if (s == q) return quote == '"' || quote == '\'' ? Fail(4, s) : PrologFail(s);
        if (quote != '"' && quote != '\'') return PrologFail(s);
        int e = s + 1;
        while (true)
        {
            if (e >= _end) return R.Partial;
            if (_b[e] == quote) break;
            int n = CharLength(e);
            if (n == 0) return R.Partial;
            if (n < 0) return Fail(4, e);
            e += n;
        }
        value = Text(s + 1, e);
        q = e + 1;
        return R.Ok;
    }

    /// <summary>Skips the internal subset from q to its closing ']' (quoted strings, comments and PIs may hold
    /// one), collecting general entities declared with a literal value.</summary>
    private R InternalSubset(int q, List<(string, string)> entities, out int next)
    {
        next = q;
        while (true)
        {
            if (q >= _end) return R.Partial;
            byte c = _b[q];
            if (c == ']') { next = q + 1; return R.Ok; }
            if (c == '"' || c == '\'')
            {
                int e = Array.IndexOf(_b, c, q + 1);
                if (e < 0) return R.Partial;
                q = e + 1;
                continue;
            }
            if (StartsWith(q, "<!--"))
            {
                int e = IndexOf(q + 4, "-->");
                if (e < 0) return R.Partial;
                q = e + 3;
                continue;
            }
            if (StartsWith(q, "<?"))
            {
                int e = IndexOf(q + 2, "?>");
                if (e < 0) return R.Partial;
                q = e + 2;
                continue;
            }
            if (StartsWith(q, "<!ENTITY"))
            {
                int s = SkipSpace(q + 8);
                if (s < _end && _b[s] != '%')
                {
                    int ne = NameEnd(s);
                    if (ne < 0) return R.Partial;
                    int v = SkipSpace(ne);
                    if (v < _end && (_b[v] == '"' || _b[v] == '\''))
                    {
                        int e = Array.IndexOf(_b, _b[v], v + 1);
                        if (e < 0) return R.Partial;
                        entities.Add((Text(s, ne), Text(v + 1, e)));
                        q = e + 1;
                        continue;
                    }
                }
            }
            q++;
        }
    }

    private int IndexOf(int from, string s)
    {
        for (int i = from; i + s.Length <= _end; i++)
            if (StartsWith(i, s)) return i;
        return -1;
    }
}
