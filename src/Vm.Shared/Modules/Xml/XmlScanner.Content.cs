// Content and prolog/epilog scanning: what may stand between tags, where, and which error expat gives for
// what may not (syntax error before the root, junk after it, invalid token inside it).
namespace Vm.Modules.Xml;

public sealed partial class XmlScanner
{
    private R Content()
    {
        byte c = _b[_p];
        if (c == '<') return Markup(inProlog: false);
        if (c == '&') return Reference();
        if (c == '\n' || c == '\r') return Newline();
        return CharData();
    }

    /// <summary>A line end in character data (LF, CR or CRLF), reported as one "\n" as expat does.</summary>
    private R Newline()
    {
        int q = _p + 1;
        if (_b[_p] == '\r')
        {
            if (q >= _end && !_final) return R.Partial;
            if (q < _end && _b[q] == '\n') q++;
        }
        Emit(XmlEventKind.Data, q, "\n");
        Commit(q);
        return R.Ok;
    }

    private R CharData()
    {
        int q = _p;
        while (q < _end)
        {
            byte c = _b[q];
            if (c == '<' || c == '&' || c == '\n' || c == '\r') break;
            if (c == ']')
            {
                if (q + 2 >= _end && !_final && PrefixOf(q, "]]>")) break;
                if (StartsWith(q, "]]>")) { if (q > _p) break; return Fail(4, q + 2); }
                q++;
                continue;
            }
            if (c < 0x20 && c != '\t') { if (q > _p) break; return Fail(4, q); }
            if (c < 0x80) { q++; continue; }
            int n = Utf8Length(q);
            if (n == 0) { if (q > _p) break; return _final ? Fail(6, q) : R.Partial; }
            if (n < 0) { if (q > _p) break; return Fail(4, q); }
            q += n;
        }
        if (q == _p) return R.Partial;
        Emit(XmlEventKind.Data, q, Text(_p, q));
        Commit(q);
        return R.Ok;
    }

    /// <summary>Outside the root: blanks, comments, PIs, the XML declaration, DOCTYPE and the root's start tag.</summary>
    private R Outside()
    {
        byte c = _b[_p];
        if (IsSpace(c))
        {
            int q = SkipSpace(_p);
            if (q >= _end && !_final && _b[q - 1] == '\r') { if (q - 1 == _p) return R.Partial; q--; }
            Emit(XmlEventKind.Whitespace, q);
            if (Phase == 0) Phase = 1;
            Commit(q);
            return R.Ok;
        }
        if (c == '<') return Markup(inProlog: true);
        if (Phase == 2) return Fail(9, _p);
        if (c == '"' || c == '\'')
        {
            // a literal: expat's prolog tokenizer reads it whole before the grammar rejects it
            int e = Array.IndexOf(_b, c, _p + 1);
            return e < 0 ? R.Partial : Fail(2, _p);
        }
        if (c >= 0x80 && Utf8Length(_p) == 0) return R.Partial;
        return PrologFail(_p);
    }

    /// <summary>Offset of the first byte from `at` that differs from s.</summary>
    private int Mismatch(int at, string s)
    {
        int i = 0;
        while (i < s.Length && at + i < _end && _b[at + i] == s[i]) i++;
        return at + i;
    }

    private R Markup(bool inProlog)
    {
        int q = _p + 1;
        if (q >= _end) return R.Partial;
        byte c = _b[q];
        if (c == '/')
        {
            if (inProlog) return Fail(4, q);
            return EndTag();
        }
        if (c == '?') return Pi();
        if (c == '!')
        {
            if (StartsWith(_p, "<!--")) return Comment();
            if (PrefixOf(_p, "<!--") || PrefixOf(_p, "<![CDATA[") || PrefixOf(_p, "<!DOCTYPE")) return R.Partial;
            if (!inProlog && StartsWith(_p, "<![CDATA[")) return Cdata();
            if (inProlog && Phase < 2 && StartsWith(_p, "<!DOCTYPE")) return Doctype();
            if (inProlog)
            {
                // "<!" and a keyword: expat's declaration-open token ends at a blank
                int k = q + 1;
                while (k < _end && _b[k] < 0x80 && char.IsAsciiLetter((char)_b[k])) k++;
                if (k >= _end) return R.Partial;
                if (k == q + 1 && _b[k] == '-') return Fail(4, k + 1 < _end ? k + 1 : k);
                if (!IsSpace(_b[k])) return Fail(4, k);
                return Fail(Phase == 2 ? 9 : 2, _p);
            }
            if (q + 1 < _end && _b[q + 1] == '-') return Fail(4, q + 2);
            if (q + 1 < _end && _b[q + 1] == '[') return Fail(4, Mismatch(_p, "<![CDATA["));
            return Fail(4, q + 1);
        }
        if (!IsNameStart(c)) return Fail(4, q);
        if (inProlog && Phase == 2) return Fail(9, _p);
        return StartTag();
    }
}
