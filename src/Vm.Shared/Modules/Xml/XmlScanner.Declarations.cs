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
            q++;
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
            q++;
        }
        var data = Text(ds, q);
        if (target.Equals("xml", StringComparison.OrdinalIgnoreCase))
        {
            if (target != "xml") return Fail(4, te);
            if (Phase != 0 || _p != 0) return Fail(17, _p);
            return XmlDecl(data, q + 2);
        }
        Emit(XmlEventKind.Pi, q + 2, target, data);
        LeaveStart();
        Commit(q + 2);
        return R.Ok;
    }

    private R XmlDecl(string data, int end)
    {
        string? version = null, encoding = null;
        int standalone = -1;
        int i = 0;
        while (i < data.Length)
        {
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length) break;
            int ns = i;
            while (i < data.Length && data[i] is not ('=' or ' ' or '\t' or '\n' or '\r')) i++;
            var key = data[ns..i];
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length || data[i] != '=') return Fail(30, _p);
            i++;
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= data.Length || data[i] is not ('"' or '\'')) return Fail(30, _p);
            int close = data.IndexOf(data[i], i + 1);
            if (close < 0) return Fail(30, _p);
            var val = data[(i + 1)..close];
            i = close + 1;
            switch (key)
            {
                case "version" when version == null && encoding == null && standalone < 0: version = val; break;
                case "encoding" when version != null && encoding == null && standalone < 0: encoding = val; break;
                case "standalone" when version != null && standalone < 0 && val is "yes" or "no": standalone = val == "yes" ? 1 : 0; break;
                default: return Fail(30, _p);
            }
        }
        if (version == null) return Fail(30, _p);
        var e = Emit(XmlEventKind.XmlDecl, end, version, encoding);
        e.Flag = standalone;
        LeaveStart();
        Commit(end);
        return R.Ok;
    }

    private R Cdata()
    {
        int start = _p + 9;
        int q = start;
        bool unclosed = false;
        while (true)
        {
            if (q + 2 >= _end)
            {
                if (!_final) return R.Partial;
                unclosed = true;
                q = _end;
                break;
            }
            if (_b[q] == ']' && _b[q + 1] == ']' && _b[q + 2] == '>') break;
            q++;
        }
        Emit(XmlEventKind.CdataStart, start);
        Commit(start);
        // The section's text, split at newlines like character data.
        int run = _p;
        for (int i = _p; i < q; i++)
        {
            byte c = _b[i];
            if (c != '\n' && c != '\r') continue;
            if (i > run) { Emit(XmlEventKind.Data, i, Text(run, i)); Commit(i); }
            int nl = c == '\r' && i + 1 < q && _b[i + 1] == '\n' ? i + 2 : i + 1;
            Emit(XmlEventKind.Data, nl, "\n");
            Commit(nl);
            i = nl - 1;
            run = nl;
        }
        if (q > run) { Emit(XmlEventKind.Data, q, Text(run, q)); Commit(q); }
        if (unclosed) return Fail(20, q);
        Emit(XmlEventKind.CdataEnd, q + 3);
        Commit(q + 3);
        return R.Ok;
    }

    private R Doctype()
    {
        int q = _p + 9;
        if (q >= _end) return R.Partial;
        if (!IsSpace(_b[q])) return Fail(2, q);
        q = SkipSpace(q);
        if (q >= _end) return R.Partial;
        if (!IsNameStart(_b[q])) return Fail(2, q);
        int ne = NameEnd(q);
        if (ne < 0) return R.Partial;
        var name = Text(q, ne);
        string? sys = null, pub = null;
        q = SkipSpace(ne);
        if (q >= _end) return R.Partial;
        if (StartsWith(q, "SYSTEM") || StartsWith(q, "PUBLIC"))
        {
            bool isPublic = _b[q] == 'P';
            q += 6;
            var r = Literal(ref q, out var first);
            if (r != R.Ok) return r;
            if (isPublic)
            {
                pub = first;
                r = Literal(ref q, out sys);
                if (r != R.Ok) return r;
            }
            else sys = first;
            q = SkipSpace(q);
            if (q >= _end) return R.Partial;
        }
        else if (PrefixOf(q, "SYSTEM") || PrefixOf(q, "PUBLIC")) return R.Partial;
        var entities = new List<(string, string)>();
        bool subset = _b[q] == '[';
        int startAt = q;
        if (subset)
        {
            var r = InternalSubset(q + 1, entities, out q);
            if (r != R.Ok) return r;
            q = SkipSpace(q);
            if (q >= _end) return R.Partial;
        }
        if (_b[q] != '>') return Fail(2, q);
        var e = Emit(XmlEventKind.Doctype, q + 1, name, sys, startAt);
        e.S3 = pub;
        e.Flag = subset ? 1 : 0;
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

    /// <summary>Blanks then a quoted literal from q; q moves after the closing quote.</summary>
    private R Literal(ref int q, out string? value)
    {
        value = null;
        int s = SkipSpace(q);
        if (s >= _end) return R.Partial;
        if (s == q) return Fail(2, s);
        byte quote = _b[s];
        if (quote != '"' && quote != '\'') return Fail(2, s);
        int e = Array.IndexOf(_b, quote, s + 1);
        if (e < 0) return R.Partial;
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
