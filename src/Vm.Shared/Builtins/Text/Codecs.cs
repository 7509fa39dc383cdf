// str.encode / bytes.decode: the codecs CPython implements in C (utf-8, utf-8-sig, ascii,
// latin-1, utf-16/32 with and without byte order, unicode_escape, raw_unicode_escape) plus the
// single-byte code pages (cp1252, iso8859-N, ...) through .NET's tables, with CPython's error
// handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape, surrogatepass) and exact UnicodeEncodeError/UnicodeDecodeError messages.
using System.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public enum CodecKind
{
    Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE,
    UnicodeEscape, RawUnicodeEscape, Charmap,
}

public sealed class Codec
{
    public readonly CodecKind Kind;
    /// <summary>The name CPython's error messages use ('utf-8', 'ascii', 'latin-1', 'charmap', ...).</summary>
    public readonly string ErrorName;
    /// <summary>For charmap codecs: byte -> char (\uFFFE = undefined), and the reverse map.</summary>
    public readonly char[]? DecodeTable;
    public readonly Dictionary<char, byte>? EncodeTable;

    public Codec(CodecKind kind, string errorName, char[]? decodeTable = null)
    {
        Kind = kind;
        ErrorName = errorName;
        DecodeTable = decodeTable;
        if (decodeTable != null)
        {
            EncodeTable = new Dictionary<char, byte>();
            for (int i = 255; i >= 0; i--)
                if (decodeTable[i] != '\uFFFE') EncodeTable[decodeTable[i]] = (byte)i;
        }
    }
}

public static partial class Codecs<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly Codec s_utf8 = new(CodecKind.Utf8, "utf-8");
    private static readonly Codec s_ascii = new(CodecKind.Ascii, "ascii");
    private static readonly Codec s_latin1 = new(CodecKind.Latin1, "latin-1");
    private static readonly Dictionary<string, Codec> s_codecs = BuildCodecs();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Codec?> s_charmaps = new();

    private static Dictionary<string, Codec> BuildCodecs()
    {
        var d = new Dictionary<string, Codec>();
        void Add(Codec c, params string[] names)
        {
            foreach (var n in names) d[n] = c;
        }
        Add(s_utf8, "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add(new Codec(CodecKind.Utf8Sig, "utf-8"), "utf_8_sig");
        Add(s_ascii, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
            "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add(s_latin1, "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add(new Codec(CodecKind.Utf16, "utf-16"), "utf_16", "u16", "utf16");
        Add(new Codec(CodecKind.Utf16LE, "utf-16-le"), "utf_16_le", "utf_16le", "unicodelittleunmarked");
        Add(new Codec(CodecKind.Utf16BE, "utf-16-be"), "utf_16_be", "utf_16be", "unicodebigunmarked");
        Add(new Codec(CodecKind.Utf32, "utf-32"), "utf_32", "u32", "utf32");
        Add(new Codec(CodecKind.Utf32LE, "utf-32-le"), "utf_32_le", "utf_32le");
        Add(new Codec(CodecKind.Utf32BE, "utf-32-be"), "utf_32_be", "utf_32be");
        Add(new Codec(CodecKind.UnicodeEscape, "unicodeescape"), "unicode_escape");
        Add(new Codec(CodecKind.RawUnicodeEscape, "rawunicodeescape"), "raw_unicode_escape");
        return d;
    }

    /// <summary>CPython's encodings.normalize_encoding, lower-cased (runs of punctuation/space become '_').</summary>
    private static string Normalize(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        bool punct = false;
        foreach (char c in encoding)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
                punct = false;
            }
            else punct = true;
        }
        return sb.ToString();
    }

    public static Codec Lookup(PyThreadState ts, string encoding)
    {
        // Fast path for the spellings everyone uses.
        switch (encoding)
        {
            case "utf-8": case "utf8": case "UTF-8": return s_utf8;
            case "ascii": return s_ascii;
            case "latin-1": case "latin1": return s_latin1;
        }
        var norm = Normalize(encoding);
        if (s_codecs.TryGetValue(norm, out var c)) return c;
        var cm = s_charmaps.GetOrAdd(norm, CharmapFor);
        return cm ?? throw ts.Rt.Error("LookupError", $"unknown encoding: {encoding}");
    }

    /// <summary>A single-byte code page (cp1252, iso8859_15, koi8_r, ...) from .NET's tables.</summary>
    private static Codec? CharmapFor(string norm)
    {
        string? netName = null;
        if (norm.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(norm.AsSpan(2), out var cpn)) netName = "windows-" + cpn;
        else if (norm.StartsWith("windows_", StringComparison.Ordinal) && int.TryParse(norm.AsSpan(8), out cpn)) netName = "windows-" + cpn;
        else if (norm.StartsWith("iso8859_", StringComparison.Ordinal)) netName = "iso-8859-" + norm[8..];
        else if (norm.StartsWith("iso_8859_", StringComparison.Ordinal)) netName = "iso-8859-" + norm[9..];
        else if (norm.StartsWith("latin_", StringComparison.Ordinal) || norm.StartsWith("latin", StringComparison.Ordinal)) return null;
        else if (norm is "koi8_r" or "koi8_u") netName = norm.Replace('_', '-');
        else if (norm is "mac_roman" or "macroman") netName = "macintosh";
        if (netName == null) return null;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Encoding enc;
            if (netName.StartsWith("windows-", StringComparison.Ordinal))
            {
                int n = int.Parse(netName.AsSpan(8));
                enc = Encoding.GetEncoding(n, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            else enc = Encoding.GetEncoding(netName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (!enc.IsSingleByte) return null;
            var table = new char[256];
            for (int b = 0; b < 256; b++)
            {
                try
                {
                    var s = enc.GetString([(byte)b]);
                    table[b] = s.Length == 1 ? s[0] : '\uFFFE';
                }
                catch (DecoderFallbackException)
                {
                    table[b] = '\uFFFE';
                }
            }
            // .NET maps the undefined bytes of cp1252 & co. to C1 controls (best fit); CPython does not.
            if (netName == "windows-1252")
                foreach (int b in new[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D }) table[b] = '\uFFFE';
            return new Codec(CodecKind.Charmap, "charmap", table);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------ errors

    private static void CheckHandler(PyThreadState ts, string errors)
    {
        switch (errors)
        {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "namereplace": case "surrogateescape": case "surrogatepass":
                return;
        }
        throw ts.Rt.Error("LookupError", $"unknown error handler name '{errors}'");
    }

    /// <summary>A UnicodeDecodeError(encoding, object, start, end, reason).</summary>
    public static PyException DecodeError(PyThreadState ts, string encoding, ReadOnlySpan<byte> obj, int start, int end, string reason)
    {
        var rt = ts.Rt;
        return MakeError(ts, "UnicodeDecodeError", rt.NewStr(encoding), rt.NewBytes(obj.ToArray()), start, end, reason);
    }

    public static PyException EncodeError(PyThreadState ts, string encoding, PyStr obj, int start, int end, string reason) =>
        MakeError(ts, "UnicodeEncodeError", ts.Rt.NewStr(encoding), obj, start, end, reason);

    private static PyException MakeError(PyThreadState ts, string type, PyObject encoding, PyObject obj, int start, int end, string reason)
    {
        var rt = ts.Rt;
        PyObject[] items = [encoding, obj, rt.NewInt(start), rt.NewInt(end), rt.NewStr(reason)];
        var e = ExceptionLinks<TSync>.New(ts, rt.ExceptionTypes[type], items);
        SetErrorAttrs(ts, e, items);
        return new PyException(e);
    }

    private static readonly string[] s_attrNames = ["encoding", "object", "start", "end", "reason"];

    private static void SetErrorAttrs(PyThreadState ts, PyBaseException e, PyObject[] items)
    {
        var ed = Ops<TSync>.GetOrCreateDict(ts, e, e);
        for (int i = 0; i < s_attrNames.Length; i++)
            DictOps<TSync>.SetItem(ts, ed, ts.Rt.Intern(s_attrNames[i]), items[i]);
    }

    /// <summary>The name codecs.lookup(encoding).name gives in CPython ('utf-8', 'iso8859-1', 'cp1252', ...).</summary>
    public static string CanonicalName(PyThreadState ts, string encoding)
    {
        var c = Lookup(ts, encoding);
        switch (c.Kind)
        {
            case CodecKind.Utf8: return "utf-8";
            case CodecKind.Utf8Sig: return "utf-8-sig";
            case CodecKind.Ascii: return "ascii";
            case CodecKind.Latin1: return "iso8859-1";
            case CodecKind.Utf16: return "utf-16";
            case CodecKind.Utf16LE: return "utf-16-le";
            case CodecKind.Utf16BE: return "utf-16-be";
            case CodecKind.Utf32: return "utf-32";
            case CodecKind.Utf32LE: return "utf-32-le";
            case CodecKind.Utf32BE: return "utf-32-be";
            case CodecKind.UnicodeEscape: return "unicode-escape";
            case CodecKind.RawUnicodeEscape: return "raw-unicode-escape";
        }
        var norm = Normalize(encoding);
        if (norm.StartsWith("windows_", StringComparison.Ordinal)) return "cp" + norm[8..];
        if (norm.StartsWith("iso_8859_", StringComparison.Ordinal)) return "iso8859-" + norm[9..];
        if (norm == "macroman") return "mac-roman";
        return norm.Replace('_', '-');
    }

    /// <summary>__init__ and __str__ of UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError; encodings.CodecRegistryError.</summary>
    public static void InstallErrorTypes(PyThreadState ts)
    {
        var rt = ts.Rt;
        var ns = new PyDict(rt.DictType);
        DictOps<TSync>.SetItem(ts, ns, rt.Intern("__module__"), rt.NewStr("encodings"));
        DictOps<TSync>.SetItem(ts, ns, rt.Intern("__qualname__"), rt.NewStr("CodecRegistryError"));
        rt.CodecRegistryError = TypeOps<TSync>.NewClass(ts, rt.TypeType, "CodecRegistryError",
            [rt.ExceptionTypes["LookupError"], rt.ExceptionTypes["SystemError"]], ns, null);
        foreach (var name in new[] { "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError" })
        {
            var t = rt.ExceptionTypes[name];
            bool translate = name == "UnicodeTranslateError";
            bool decode = name == "UnicodeDecodeError";
            Def.Method(rt, t, "__init__", (ts2, a, kw) =>
            {
                Args.NoKwargs(ts2, name, kw);
                var e = (PyBaseException)a[0];
                var args = a.Slice(1);
                int want = translate ? 4 : 5;
                if (args.Length != want)
                    throw ts2.Rt.TypeError($"function takes exactly {want} arguments ({args.Length} given)");
                int k = 0;
                PyObject enc = ts2.Rt.None;
                if (!translate)
                {
                    enc = args[k++];
                    if (enc is not PyStr) throw ts2.Rt.TypeError($"argument 1 must be str, not {enc.Type.Name}");
                }
                var obj = args[k++];
                if (decode)
                {
                    if (obj is PyByteArray ba) obj = ts2.Rt.NewBytes(ba.ToArray());
                    else if (obj is not PyBytes) throw ts2.Rt.TypeError($"a bytes-like object is required, not '{obj.Type.Name}'");
                }
                else if (obj is not PyStr) throw ts2.Rt.TypeError($"argument {k} must be str, not {obj.Type.Name}");
                var start = args[k++];
                var end = args[k++];
                var reason = args[k];
                if (start is not PyInt) throw ts2.Rt.TypeError($"'{start.Type.Name}' object cannot be interpreted as an integer");
                if (end is not PyInt) throw ts2.Rt.TypeError($"'{end.Type.Name}' object cannot be interpreted as an integer");
                if (reason is not PyStr) throw ts2.Rt.TypeError($"argument {k + 1} must be str, not {reason.Type.Name}");
                ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, args.ToArray()));
                SetErrorAttrs(ts2, e, [enc, obj, start, end, reason]);
                return ts2.Rt.None;
            });
            Def.Method(rt, t, "__str__", (ts2, a, kw) =>
            {
                var e = (PyBaseException)a[0];
                var d = e.Dict;
                PyObject? Get(string n) => d?.GetStr(ts2.Rt.Intern(n));
                var obj = Get("object");
                if (obj == null || obj == ts2.Rt.None)
                    return e.Args.Count == 0 ? ts2.Rt.EmptyStr : Ops<TSync>.Str(ts2, e.Args.Count == 1 ? e.Args.Items[0] : e.Args);
                string reason = Ops<TSync>.StrValue(ts2, Get("reason") ?? ts2.Rt.None);
                string encoding = translate ? "" : Ops<TSync>.StrValue(ts2, Get("encoding") ?? ts2.Rt.None);
                long start = Get("start") is PyInt si ? si.Small : 0;
                long end = Get("end") is PyInt ei ? ei.Small : 0;
                if (decode)
                {
                    var bytes = obj is PyBytes pb ? pb.Value : [];
                    if (start < bytes.Length && end == start + 1)
                        return ts2.Rt.NewStr($"'{encoding}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}");
                    return ts2.Rt.NewStr($"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}");
                }
                var s = (PyStr)obj;
                if (end == start + 1 && start < CodePoints.Length(s))
                {
                    var cps = CodePoints.ToArray(s);
                    int cp = cps[start];
                    string ch = cp <= 0xFF ? $"\\x{cp:x2}" : cp <= 0xFFFF ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
                    return ts2.Rt.NewStr(translate
                        ? $"can't translate character '{ch}' in position {start}: {reason}"
                        : $"'{encoding}' codec can't encode character '{ch}' in position {start}: {reason}");
                }
                return ts2.Rt.NewStr(translate
                    ? $"can't translate characters in position {start}-{end - 1}: {reason}"
                    : $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}");
            });
        }
    }
}
