// A hand-written XML 1.0 tokenizer over UTF-8 bytes that reports what expat reports: the same tokens (character
// data split at newlines and references, CDATA sections, comments, PIs, the XML declaration, DOCTYPE with its
// internal subset skipped), the same positions (line from 1, column from 0 counted in characters) and expat's
// error codes at expat's error positions. It is incremental: Scan() stops before a token the buffer does not
// hold whole (unless final), and the caller keeps the unscanned tail for the next call. Structure (which end
// tag matches which start tag, namespaces) is checked by the caller, Lib/pyexpat.py; this class only counts
// depth so it knows prolog, content and epilog apart.
using System.Text;

namespace Vm.Modules.Xml;

public sealed partial class XmlScanner
{
    private readonly byte[] _b;
    private readonly int _end;
    private readonly bool _final;
    private int _p;
    private readonly Dictionary<string, string> _entities;
    private readonly bool _namespaces;

    public int Line, Column, Depth;
    /// <summary>0: nothing scanned yet; 1: prolog; 2: root element seen; 3: doctype seen (still prolog);
    /// 4 (InCdata): inside a CDATA section of the root.</summary>
    public int Phase;
    private const int InCdata = 4;
    public readonly List<XmlEvent> Events = [];
    public XmlScanError? Error;
    public int Position => _p;
    /// <summary>Where expat would have stopped consuming (beyond Position inside a partial DOCTYPE).</summary>
    public int Progress = -1;

    private enum R { Ok, Partial, Failed }

    public XmlScanner(byte[] b, int start, bool final, int line, int column, int depth, int phase,
        Dictionary<string, string> entities, bool namespaces)
    {
        _b = b; _p = start; _end = b.Length; _final = final; _namespaces = namespaces;
        Line = line; Column = column; Depth = depth; Phase = phase; _entities = entities;
    }

    /// <summary>Scans tokens until the buffer ends, a token is incomplete, or an error (then Error is set).</summary>
    public void Scan()
    {
        while (_p < _end)
        {
            var r = Phase == InCdata ? CdataText() : Depth > 0 ? Content() : Outside();
            if (r == R.Failed) return;
            if (r == R.Partial)
            {
                if (_final) Fail(Phase == InCdata ? 20 : Unclosed(), _p);
                return;
            }
        }
        if (_final && (Phase != 2 || Depth > 0)) Fail(Phase == InCdata ? 20 : 3, _p);
    }

    private int Unclosed() => _b[_p] == '<' || _b[_p] == '&' ? 5 : (_b[_p] & 0x80) != 0 ? 6 : 5;

    // ---- positions ----

    /// <summary>Line and column of byte offset q (at or after the committed position).</summary>
    private (int, int) Pos(int q)
    {
        int line = Line, col = Column;
        for (int i = _p; i < q; i++)
        {
            byte c = _b[i];
            if (c == '\n') { line++; col = 0; }
            else if (c == '\r') { line++; col = 0; if (i + 1 < q && _b[i + 1] == '\n') i++; }
            else if ((c & 0xC0) != 0x80) col++;
        }
        return (line, col);
    }

    private void Commit(int q)
    {
        (Line, Column) = Pos(q);
        _p = q;
    }

    private R Fail(int code, int at)
    {
        var (l, c) = Pos(at);
        Error = new XmlScanError(code, at, l, c);
        return R.Failed;
    }

    private XmlEvent Emit(XmlEventKind kind, int end, string? s1 = null, string? s2 = null, int at = -1)
    {
        var (line, col) = at < 0 ? (Line, Column) : Pos(at);
        var e = new XmlEvent { Kind = kind, Offset = at < 0 ? _p : at, End = end, Line = line, Column = col, S1 = s1, S2 = s2 };
        Events.Add(e);
        return e;
    }

    // ---- character classes ----

    private static bool IsNameStart(byte c) => c >= 0x80 || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '_' || c == ':';
    private static bool IsNameChar(byte c) => IsNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    private static bool IsSpace(byte c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    private string Text(int from, int to) => Encoding.UTF8.GetString(_b, from, to - from);

    private bool StartsWith(int at, string s)
    {
        for (int i = 0; i < s.Length; i++)
            if (at + i >= _end || _b[at + i] != s[i]) return false;
        return true;
    }

    /// <summary>True if the bytes from `at` to the end are a proper prefix of s (more input could complete it).</summary>
    private bool PrefixOf(int at, string s)
    {
        if (_end - at >= s.Length) return false;
        for (int i = at; i < _end; i++)
            if (_b[i] != s[i - at]) return false;
        return true;
    }

    /// <summary>Scans a name starting at q; returns its end, or -1 at the buffer's end (partial).</summary>
    private int NameEnd(int q)
    {
        while (q < _end && IsNameChar(_b[q]))
        {
            if (_b[q] < 0x80) { q++; continue; }
            int n = Utf8Length(q);
            if (n == 0) return -1;
            if (n < 0) return q; // the caller finds no delimiter here: an invalid token at q
            q += n;
        }
        return q >= _end ? -1 : q;
    }

    /// <summary>With namespaces on, where the element or attribute name [start, end) stops being a QName
    /// (a leading colon, a second colon, a colon not followed by a name character), or -1 if it is one.</summary>
    private int QNameError(int start, int end)
    {
        if (!_namespaces) return -1;
        bool seen = false;
        for (int i = start; i < end; i++)
        {
            if (_b[i] != ':') continue;
            if (i == start || seen) return i;
            seen = true;
            if (i + 1 >= end) return end;
            byte n = _b[i + 1];
            if (n < 0x80 && !((n | 0x20) >= 'a' && (n | 0x20) <= 'z' || n == '_')) return i + 1;
        }
        return -1;
    }

    /// <summary>Length of the character at q in markup text: >0 valid, 0 incomplete at the end, -1 not allowed.</summary>
    private int CharLength(int q)
    {
        byte c = _b[q];
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r' ? 1 : -1;
        return c < 0x80 ? 1 : Utf8Length(q);
    }

    private int SkipSpace(int q)
    {
        while (q < _end && IsSpace(_b[q])) q++;
        return q;
    }

    /// <summary>Length of the UTF-8 sequence at q: >0 valid, 0 incomplete at the buffer's end, -1 malformed.</summary>
    private int Utf8Length(int q)
    {
        byte c = _b[q];
        int n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : -1;
        if (n <= 1) return n;
        for (int i = 1; i < n; i++)
        {
            if (q + i >= _end) return 0;
            if ((_b[q + i] & 0xC0) != 0x80) return -1;
        }
        return n;
    }

    private static bool IsXmlChar(int v) =>
        v == 9 || v == 10 || v == 13 || v >= 0x20 && v <= 0xD7FF || v >= 0xE000 && v <= 0xFFFD || v >= 0x10000 && v <= 0x10FFFF;
}
