// str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h): literal text
// with {{ and }}, replacement fields {name.attr[key]!conv:spec} with nested fields in the spec,
// automatic and manual numbering, and CPython's error messages.
using System.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public static class StrFormat<TSync> where TSync : struct, ISyncPolicy
{
    private enum Numbering { Unknown, Auto, Manual }

    private sealed class State
    {
        public ReadOnlyMemory<PyObject> Args;
        public PyObject? Kwargs;   // a dict (format) or any mapping (format_map)
        public PyTuple? KwNames;   // format(): keyword names parallel to KwValues
        public PyObject[]? KwValues;
        public bool IsMap;
        public Numbering Mode;
        public int AutoIndex;
    }

    /// <summary>fmt.format(*args, **kwargs): args are positional, kwnames/values the keywords.</summary>
    public static string Format(PyThreadState ts, string fmt, ReadOnlySpan<PyObject> positional, PyTuple? kwnames, ReadOnlySpan<PyObject> kwvalues)
    {
        if (fmt.IndexOf('{') < 0 && fmt.IndexOf('}') < 0) return fmt;
        var st = new State
        {
            Args = positional.ToArray(),
            KwNames = kwnames,
            KwValues = kwnames != null ? kwvalues.ToArray() : null,
        };
        var sb = new StringBuilder(fmt.Length + 16);
        Render(ts, fmt, st, sb, 2);
        return sb.ToString();
    }

    public static string FormatMap(PyThreadState ts, string fmt, PyObject mapping)
    {
        var st = new State { Args = Array.Empty<PyObject>(), Kwargs = mapping, IsMap = true };
        var sb = new StringBuilder(fmt.Length + 16);
        Render(ts, fmt, st, sb, 2);
        return sb.ToString();
    }

    private static void Render(PyThreadState ts, string s, State st, StringBuilder sb, int depth)
    {
        var rt = ts.Rt;
        if (depth <= 0) throw rt.ValueError("Max string recursion exceeded");
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            // Literal text up to the first '{' or '}'.
            int start = i;
            char c = '\0';
            bool markup = false;
            while (i < n)
            {
                c = s[i++];
                if (c is '{' or '}')
                {
                    markup = true;
                    break;
                }
            }
            bool atEnd = i >= n;
            int len = i - start;
            if (markup)
            {
                if (c == '}' && (atEnd || s[i] != '}')) throw rt.ValueError("Single '}' encountered in format string");
                if (atEnd && c == '{') throw rt.ValueError("Single '{' encountered in format string");
                if (s[i] == c)
                {
                    // Escaped brace: literal text including one brace.
                    i++;
                    markup = false;
                }
                else len--;
            }
            sb.Append(s, start, len);
            if (!markup) continue;
            ParseField(ts, s, ref i, out int nameStart, out int nameEnd, out char conv, out int specStart, out int specEnd, out bool specNested);
            var obj = GetField(ts, s, nameStart, nameEnd, st);
            if (conv != '\0')
            {
                obj = conv switch
                {
                    'r' => Ops<TSync>.Repr(ts, obj),
                    's' => Ops<TSync>.Str(ts, obj),
                    'a' => rt.NewStr(TextRepr.AsciiOf(Ops<TSync>.ReprValue(ts, obj))),
                    _ => throw rt.ValueError(conv > 32 && conv < 127
                        ? $"Unknown conversion specifier {conv}"
                        : $"Unknown conversion specifier \\x{(int)conv:x}"),
                };
            }
            string spec;
            if (specNested)
            {
                var inner = new StringBuilder();
                Render(ts, s.Substring(specStart, specEnd - specStart), st, inner, depth - 1);
                spec = inner.ToString();
            }
            else spec = specStart < 0 ? "" : s.Substring(specStart, specEnd - specStart);
            if (spec.Length == 0 && obj is PyStr ps && obj.Type == rt.StrType) sb.Append(ps.Value);
            else sb.Append(Ops<TSync>.Format(ts, obj, spec.Length == 0 ? rt.EmptyStr : rt.NewStr(spec)).Value);
        }
    }

    /// <summary>Parses "name[!c][:spec]}" after a '{'; leaves i after the closing '}'.</summary>
    private static void ParseField(PyThreadState ts, string s, ref int i, out int nameStart, out int nameEnd, out char conv,
        out int specStart, out int specEnd, out bool specNested)
    {
        var rt = ts.Rt;
        int n = s.Length;
        conv = '\0';
        specStart = specEnd = -1;
        specNested = false;
        nameStart = i;
        char c = '\0';
        while (i < n)
        {
            c = s[i++];
            if (c == '{') throw rt.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (i < n && s[i] != ']') i++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        nameEnd = i - 1;
        if (c is '!' or ':')
        {
            if (i >= n && c == '!') throw rt.ValueError("end of string while looking for conversion specifier");
            if (c == '!')
            {
                conv = s[i++];
                if (i < n)
                {
                    c = s[i++];
                    if (c == '}') return;
                    if (c != ':') throw rt.ValueError("expected ':' after conversion specifier");
                }
            }
            specStart = i;
            int count = 1;
            while (i < n)
            {
                c = s[i++];
                if (c == '{')
                {
                    specNested = true;
                    count++;
                }
                else if (c == '}')
                {
                    count--;
                    if (count == 0)
                    {
                        specEnd = i - 1;
                        return;
                    }
                }
            }
            throw rt.ValueError("unmatched '{' in format spec");
        }
        if (c != '}') throw rt.ValueError("expected '}' before end of string");
    }

    /// <summary>A non-negative decimal integer, -1 if s has a non-digit, error when too large.</summary>
    private static long ParseIndex(PyThreadState ts, string s, int start, int end)
    {
        if (start >= end) return -1;
        long v = 0;
        for (int k = start; k < end; k++)
        {
            char d = s[k];
            if (d < '0' || d > '9') return -1;
            v = v * 10 + (d - '0');
            if (v > int.MaxValue) throw ts.Rt.ValueError("Too many decimal digits in format string");
        }
        return v;
    }

    private static PyObject GetField(PyThreadState ts, string s, int start, int end, State st)
    {
        var rt = ts.Rt;
        // The first part: up to '.' or '['.
        int k = start;
        while (k < end && s[k] != '.' && s[k] != '[') k++;
        long index = ParseIndex(ts, s, start, k);
        PyObject obj;
        if (k == start)
        {
            // Automatic numbering.
            if (st.Mode == Numbering.Manual)
                throw rt.ValueError("cannot switch from manual field specification to automatic field numbering");
            st.Mode = Numbering.Auto;
            index = st.AutoIndex++;
            obj = Positional(ts, st, index);
        }
        else if (index >= 0)
        {
            if (st.Mode == Numbering.Auto)
                throw rt.ValueError("cannot switch from automatic field numbering to manual field specification");
            st.Mode = Numbering.Manual;
            obj = Positional(ts, st, index);
        }
        else
        {
            var key = s.Substring(start, k - start);
            obj = Keyword(ts, st, key);
        }
        // The rest: .attr and [key] accessors.
        while (k < end)
        {
            char c = s[k++];
            if (c == '.')
            {
                int a = k;
                while (k < end && s[k] != '.' && s[k] != '[') k++;
                if (k == a) throw rt.ValueError("Empty attribute in format string");
                obj = Ops<TSync>.GetAttr(ts, obj, rt.Intern(s.Substring(a, k - a)));
            }
            else if (c == '[')
            {
                int a = k;
                while (k < end && s[k] != ']') k++;
                if (k >= end) throw rt.ValueError("Missing ']' in format string");
                if (k == a) throw rt.ValueError("Empty attribute in format string");
                long idx = ParseIndex(ts, s, a, k);
                PyObject key = idx >= 0 ? rt.NewInt(idx) : rt.NewStr(s.Substring(a, k - a));
                obj = Ops<TSync>.GetItem(ts, obj, key);
                k++;
                if (k < end && s[k] != '.' && s[k] != '[')
                    throw rt.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw rt.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }

    private static PyObject Positional(PyThreadState ts, State st, long index)
    {
        if (st.IsMap) throw ts.Rt.ValueError("Format string contains positional fields");
        if (index >= st.Args.Length)
            throw ts.Rt.IndexError($"Replacement index {index} out of range for positional args tuple");
        return st.Args.Span[(int)index];
    }

    private static PyObject Keyword(PyThreadState ts, State st, string key)
    {
        var rt = ts.Rt;
        if (st.KwNames != null)
        {
            var items = st.KwNames.Items;
            for (int j = 0; j < items.Length; j++)
                if (((PyStr)items[j]).Value == key) return st.KwValues![j];
        }
        if (st.Kwargs != null) return Ops<TSync>.GetItem(ts, st.Kwargs, rt.NewStr(key));
        throw new PyException(rt.NewException(rt.ExceptionTypes["KeyError"], rt.NewTupleImmortalItems([rt.NewStr(key)])));
    }
}
