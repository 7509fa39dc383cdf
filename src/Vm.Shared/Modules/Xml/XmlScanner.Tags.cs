// Start and end tags, attribute values (references expanded, blanks normalised to spaces as expat does for
// CDATA-typed attributes) and references in content.
using System.Text;

namespace Vm.Modules.Xml;

public sealed partial class XmlScanner
{
    private R StartTag()
    {
        int nameStart = _p + 1;
        int q = NameEnd(nameStart);
        if (q < 0) return R.Partial;
        if (QNameError(nameStart, q) is var bad && bad >= 0) return Fail(4, bad);
        var name = Text(nameStart, q);
        var attrs = new List<string>();
        var attrAt = new List<int>();
        while (true)
        {
            int s = q;
            q = SkipSpace(q);
            if (q >= _end) return R.Partial;
            byte c = _b[q];
            if (c == '>' || c == '/')
            {
                int close = q + 1;
                if (c == '/')
                {
                    if (close >= _end) return R.Partial;
                    if (_b[close] != '>') return Fail(4, close);
                    close++;
                }
                for (int i = 0; i < attrs.Count; i += 2)
                    for (int j = 0; j < i; j += 2)
                        if (attrs[i] == attrs[j]) return Fail(8, attrAt[i / 2]);
                var e = Emit(XmlEventKind.StartTag, close, name);
                e.Attrs = attrs;
                e.Flag = c == '/' ? 1 : 0;
                if (Depth == 0) Phase = 2;
                if (c != '/') Depth++;
                Commit(close);
                if (c == '/') Emit(XmlEventKind.EndTag, close, name);
                return R.Ok;
            }
            if (!IsNameStart(c) || q == s) return Fail(4, q);
            int an = q;
            q = NameEnd(q);
            if (q < 0) return R.Partial;
            if (QNameError(an, q) is var badAttr && badAttr >= 0) return Fail(4, badAttr);
            var attrName = Text(an, q);
            q = SkipSpace(q);
            if (q >= _end) return R.Partial;
            if (_b[q] != '=') return Fail(4, q);
            q = SkipSpace(q + 1);
            if (q >= _end) return R.Partial;
            byte quote = _b[q];
            if (quote != '"' && quote != '\'') return Fail(4, q);
            var r = AttributeValue(q + 1, quote, out var value, out q);
            if (r != R.Ok) return r;
            attrs.Add(attrName);
            attrAt.Add(an);
            attrs.Add(value!);
            if (q >= _end) return R.Partial;
            c = _b[q];
            if (!IsSpace(c) && c != '>' && c != '/') return Fail(4, q);
        }
    }

    /// <summary>An attribute value from q (after the quote) to the closing quote; `next` is after it.</summary>
    private R AttributeValue(int q, byte quote, out string? value, out int next)
    {
        var sb = new StringBuilder();
        value = null; next = q;
        int run = q;
        while (true)
        {
            if (q >= _end) return R.Partial;
            byte c = _b[q];
            if (c == quote) break;
            if (c == '<') return Fail(4, q);
            if (c == '&')
            {
                sb.Append(Text(run, q));
                var r = ReferenceText(q, inAttribute: true, out var text, out int after);
                if (r != R.Ok) return r;
                sb.Append(text);
                q = run = after;
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r')
            {
                sb.Append(Text(run, q)).Append(' ');
                if (c == '\r' && q + 1 < _end && _b[q + 1] == '\n') q++;
                q = run = q + 1;
                continue;
            }
            if (c < 0x20) return Fail(4, q);
            if (c >= 0x80)
            {
                int n = Utf8Length(q);
                if (n == 0) return R.Partial;
                if (n < 0) return Fail(4, q);
                q += n;
                continue;
            }
            q++;
        }
        sb.Append(Text(run, q));
        value = sb.ToString();
        next = q + 1;
        return R.Ok;
    }

    private R EndTag()
    {
        int q = _p + 2;
        if (q >= _end) return R.Partial;
        if (!IsNameStart(_b[q])) return Fail(4, q);
        int ne = NameEnd(q);
        if (ne < 0) return R.Partial;
        if (QNameError(q, ne) is var bad && bad >= 0) return Fail(4, bad);
        var name = Text(q, ne);
        q = SkipSpace(ne);
        if (q >= _end) return R.Partial;
        if (_b[q] != '>') return Fail(4, q);
        Emit(XmlEventKind.EndTag, q + 1, name);
        Depth--;
        Commit(q + 1);
        return R.Ok;
    }

    private R Reference()
    {
        var r = ReferenceText(_p, inAttribute: false, out var text, out int after);
        if (r == R.Failed && Error is { Code: 11 } && _entities.ContainsKey(""))
        {
            // the document has an external subset (marked by the caller with an empty name): skipped, not an error
            Error = null;
            int ne = Array.IndexOf(_b, (byte)';', _p);
            Emit(XmlEventKind.SkippedEntity, ne + 1, Text(_p + 1, ne));
            Commit(ne + 1);
            return R.Ok;
        }
        if (r != R.Ok) return r;
        Emit(XmlEventKind.Data, after, text);
        Commit(after);
        return R.Ok;
    }

    /// <summary>The replacement text of the reference at q ('&amp;'): a character or a predefined/declared entity.</summary>
    private R ReferenceText(int q, bool inAttribute, out string? text, out int after)
    {
        text = null; after = q;
        int s = q + 1;
        if (s >= _end) return R.Partial;
        if (_b[s] == '#')
        {
            s++;
            if (s >= _end) return R.Partial;
            bool hex = _b[s] == 'x';
            if (hex) s++;
            long v = 0;
            int digits = s;
            while (true)
            {
                if (s >= _end) return R.Partial;
                byte d = _b[s];
                int dv = d >= '0' && d <= '9' ? d - '0' : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10 : -1;
                if (dv < 0) break;
                if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + dv;
                s++;
            }
            if (s == digits || _b[s] != ';') return Fail(4, s);
            if (!IsXmlChar((int)Math.Min(v, int.MaxValue))) return Fail(14, q);
            text = char.ConvertFromUtf32((int)v);
            after = s + 1;
            return R.Ok;
        }
        if (!IsNameStart(_b[s])) return Fail(4, s);
        int ne = NameEnd(s);
        if (ne < 0) return R.Partial;
        if (_b[ne] != ';') return Fail(4, ne);
        var name = Text(s, ne);
        text = name switch { "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"", "apos" => "'", _ => null };
        if (text == null && !_entities.TryGetValue(name, out text)) return Fail(11, inAttribute ? _p : q);
        after = ne + 1;
        return R.Ok;
    }
}
