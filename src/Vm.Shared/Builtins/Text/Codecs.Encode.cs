// Encoding str -> bytes.
using System.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public static partial class Codecs<TSync>
{
    public static byte[] Encode(PyThreadState ts, PyStr str, string encoding, string errors)
    {
        var codec = Lookup(ts, encoding);
        string s = str.Value;
        switch (codec.Kind)
        {
            case CodecKind.Utf8:
                if (CodePoints.IndexOfInRange(s, '\uD800', '\uDFFF') < 0 || !HasLoneSurrogate(s)) return Encoding.UTF8.GetBytes(s);
                break;
            case CodecKind.Ascii:
                if (Ascii.IsValid(s)) return Encoding.ASCII.GetBytes(s);
                break;
            case CodecKind.Latin1:
                if (CodePoints.IndexOfOutsideRange(s, '\0', '\u00FF') < 0) return Encoding.Latin1.GetBytes(s);
                break;
            case CodecKind.UnicodeEscape:
                return EncodeUnicodeEscape(s, raw: false);
            case CodecKind.RawUnicodeEscape:
                return EncodeUnicodeEscape(s, raw: true);
        }
        return EncodeSlow(ts, codec, str, errors);
    }

    /// <summary>True if the Value holds an (escaped) lone surrogate, which UTF-8 cannot encode strictly.</summary>
    private static bool HasLoneSurrogate(string s) => LoneSurrogates.Contains(s);

    /// <summary>True if the codec can encode cp (surrogates are never encodable without a handler).</summary>
    private static bool Encodable(Codec codec, int cp) => codec.Kind switch
    {
        CodecKind.Ascii => cp < 0x80,
        CodecKind.Latin1 => cp < 0x100,
        CodecKind.Charmap => cp < 0x10000 && codec.EncodeTable!.ContainsKey((char)cp),
        _ => cp is < 0xD800 or > 0xDFFF,
    };

    private static void EmitCp(Codec codec, ref ByteBuf buf, int cp)
    {
        switch (codec.Kind)
        {
            case CodecKind.Ascii: case CodecKind.Latin1: buf.Add((byte)cp); break;
            case CodecKind.Charmap: buf.Add(codec.EncodeTable![(char)cp]); break;
            case CodecKind.Utf8: case CodecKind.Utf8Sig: EmitUtf8(ref buf, cp); break;
            case CodecKind.Utf16: case CodecKind.Utf16LE: case CodecKind.Utf16BE:
            {
                bool be = codec.Kind == CodecKind.Utf16BE;
                if (cp >= 0x10000)
                {
                    int v = cp - 0x10000;
                    Emit16(ref buf, 0xD800 + (v >> 10), be);
                    Emit16(ref buf, 0xDC00 + (v & 0x3FF), be);
                }
                else Emit16(ref buf, cp, be);
                break;
            }
            default:
            {
                bool be = codec.Kind == CodecKind.Utf32BE;
                if (be) { buf.Add((byte)(cp >> 24)); buf.Add((byte)(cp >> 16)); buf.Add((byte)(cp >> 8)); buf.Add((byte)cp); }
                else { buf.Add((byte)cp); buf.Add((byte)(cp >> 8)); buf.Add((byte)(cp >> 16)); buf.Add((byte)(cp >> 24)); }
                break;
            }
        }
    }

    private static void Emit16(ref ByteBuf buf, int u, bool be)
    {
        if (be) { buf.Add((byte)(u >> 8)); buf.Add((byte)u); }
        else { buf.Add((byte)u); buf.Add((byte)(u >> 8)); }
    }

    private static void EmitUtf8(ref ByteBuf buf, int cp)
    {
        if (cp < 0x80) buf.Add((byte)cp);
        else if (cp < 0x800)
        {
            buf.Add((byte)(0xC0 | (cp >> 6)));
            buf.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            buf.Add((byte)(0xE0 | (cp >> 12)));
            buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            buf.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            buf.Add((byte)(0xF0 | (cp >> 18)));
            buf.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            buf.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    private static string EncodeReason(Codec codec) => codec.Kind switch
    {
        CodecKind.Ascii => "ordinal not in range(128)",
        CodecKind.Latin1 => "ordinal not in range(256)",
        CodecKind.Charmap => "character maps to <undefined>",
        _ => "surrogates not allowed",
    };

    private static byte[] EncodeSlow(PyThreadState ts, Codec codec, PyStr str, string errors)
    {
        string s = str.Value;
        var cps = CodePoints.ToArray(str);
        var buf = new ByteBuf(s.Length + 8);
        if (codec.Kind == CodecKind.Utf8Sig) buf.Add([0xEF, 0xBB, 0xBF]);
        else if (codec.Kind == CodecKind.Utf16) { buf.Add(0xFF); buf.Add(0xFE); }
        else if (codec.Kind == CodecKind.Utf32) { buf.Add([0xFF, 0xFE, 0, 0]); }
        for (int i = 0; i < cps.Length;)
        {
            int cp = cps[i];
            if (Encodable(codec, cp))
            {
                EmitCp(codec, ref buf, cp);
                i++;
                continue;
            }
            // CPython's UTF-16/32 encoders report one code point at a time; the others a whole run.
            int end = i + 1;
            if (codec.Kind is not (CodecKind.Utf16 or CodecKind.Utf16LE or CodecKind.Utf16BE or CodecKind.Utf32 or CodecKind.Utf32LE or CodecKind.Utf32BE))
                while (end < cps.Length && !Encodable(codec, cps[end])) end++;
            CheckHandler(ts, errors);
            switch (errors)
            {
                case "strict":
                    throw EncodeError(ts, codec.ErrorName, str, i, end, EncodeReason(codec));
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) EmitCp(codec, ref buf, '?');
                    break;
                case "backslashreplace":
                case "namereplace":
                    for (int k = i; k < end; k++)
                    {
                        int c = cps[k];
                        string? name = errors == "namereplace" ? Vm.Text.Ucd.UnicodeDatabase.Instance.Name(c) : null;
                        string esc = name != null ? $"\\N{{{name}}}" : c <= 0xFF ? $"\\x{c:x2}" : c <= 0xFFFF ? $"\\u{c:x4}" : $"\\U{c:x8}";
                        foreach (char ch in esc) EmitCp(codec, ref buf, ch);
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++)
                        foreach (char ch in $"&#{cps[k]};") EmitCp(codec, ref buf, ch);
                    break;
                case "surrogateescape":
                {
                    // The escapable prefix of the run is written; the error covers the rest of the run.
                    int k = i;
                    for (; k < end && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF; k++) buf.Add((byte)(cps[k] - 0xDC00));
                    if (k < end) throw EncodeError(ts, codec.ErrorName, str, k, end, EncodeReason(codec));
                    break;
                }
                case "surrogatepass":
                    if (codec.Kind is CodecKind.Ascii or CodecKind.Latin1 or CodecKind.Charmap)
                        throw EncodeError(ts, codec.ErrorName, str, i, end, EncodeReason(codec));
                    for (int k = i; k < end; k++) EmitSurrogate(codec, ref buf, cps[k]);
                    break;
            }
            i = end;
        }
        return buf.ToArray();
    }

    private static void EmitSurrogate(Codec codec, ref ByteBuf buf, int cp)
    {
        switch (codec.Kind)
        {
            case CodecKind.Utf8: case CodecKind.Utf8Sig:
                buf.Add((byte)(0xE0 | (cp >> 12)));
                buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                buf.Add((byte)(0x80 | (cp & 0x3F)));
                break;
            case CodecKind.Utf16: case CodecKind.Utf16LE: Emit16(ref buf, cp, false); break;
            case CodecKind.Utf16BE: Emit16(ref buf, cp, true); break;
            case CodecKind.Utf32BE: buf.Add([0, 0, (byte)(cp >> 8), (byte)cp]); break;
            default: buf.Add([(byte)cp, (byte)(cp >> 8), 0, 0]); break;
        }
    }

    private static byte[] EncodeUnicodeEscape(string s, bool raw)
    {
        var buf = new ByteBuf(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.Next(s, ref i);
            if (raw)
            {
                if (cp < 0x100) buf.Add((byte)cp);
                else if (cp <= 0xFFFF) buf.AddAscii($"\\u{cp:x4}");
                else buf.AddAscii($"\\U{cp:x8}");
                continue;
            }
            if (cp == '\\') buf.AddAscii("\\\\");
            else if (cp == '\t') buf.AddAscii("\\t");
            else if (cp == '\n') buf.AddAscii("\\n");
            else if (cp == '\r') buf.AddAscii("\\r");
            else if (cp >= 0x20 && cp < 0x7F) buf.Add((byte)cp);
            else if (cp < 0x100) buf.AddAscii($"\\x{cp:x2}");
            else if (cp <= 0xFFFF) buf.AddAscii($"\\u{cp:x4}");
            else buf.AddAscii($"\\U{cp:x8}");
        }
        return buf.ToArray();
    }
}
