// Decoding bytes -> str.
using System.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public static partial class Codecs<TSync>
{
    public static string Decode(PyThreadState ts, ReadOnlySpan<byte> data, string encoding, string errors) =>
        DecodeOrError(ts, data, encoding, errors, out var error) ?? throw error!;

    /// <summary>
    /// Decode, returning the UnicodeDecodeError of a strict UTF-8 decode instead of throwing it
    /// (null and the error; bytes.decode raises it without a .NET throw). Every other error throws.
    /// </summary>
    public static string? DecodeOrError(PyThreadState ts, ReadOnlySpan<byte> data, string encoding, string errors, out PyException? error)
    {
        error = null;
        var codec = Lookup(ts, encoding);
        switch (codec.Kind)
        {
            case CodecKind.Utf8:
                if (Ascii.IsValid(data)) return Encoding.ASCII.GetString(data);
                if (System.Text.Unicode.Utf8.IsValid(data)) return Encoding.UTF8.GetString(data);
                if (errors == "strict")
                {
                    error = FirstUtf8Error(ts, codec.ErrorName, data);
                    return null;
                }
                return DecodeUtf8(ts, codec.ErrorName, data, errors);
            case CodecKind.Utf8Sig:
                if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    // Positions in errors stay relative to the whole input.
                    var rest = data[3..];
                    if (System.Text.Unicode.Utf8.IsValid(rest)) return Encoding.UTF8.GetString(rest);
                    return DecodeUtf8(ts, codec.ErrorName, data, errors, 3);
                }
                if (System.Text.Unicode.Utf8.IsValid(data)) return Encoding.UTF8.GetString(data);
                return DecodeUtf8(ts, codec.ErrorName, data, errors);
            case CodecKind.Ascii:
                if (Ascii.IsValid(data)) return Encoding.ASCII.GetString(data);
                return DecodeSingleByte(ts, codec, data, errors);
            case CodecKind.Latin1:
                return Encoding.Latin1.GetString(data);
            case CodecKind.Charmap:
                return DecodeSingleByte(ts, codec, data, errors);
            case CodecKind.Utf16:
                if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) return DecodeUtf16(ts, data, 2, false, errors);
                if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) return DecodeUtf16(ts, data, 2, true, errors);
                return DecodeUtf16(ts, data, 0, false, errors);
            case CodecKind.Utf16LE: return DecodeUtf16(ts, data, 0, false, errors);
            case CodecKind.Utf16BE: return DecodeUtf16(ts, data, 0, true, errors);
            case CodecKind.Utf32:
                if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) return DecodeUtf32(ts, data, 4, false, errors);
                if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) return DecodeUtf32(ts, data, 4, true, errors);
                return DecodeUtf32(ts, data, 0, false, errors);
            case CodecKind.Utf32LE: return DecodeUtf32(ts, data, 0, false, errors);
            case CodecKind.Utf32BE: return DecodeUtf32(ts, data, 0, true, errors);
            case CodecKind.UnicodeEscape: return DecodeUnicodeEscape(ts, data, errors, raw: false);
            default: return DecodeUnicodeEscape(ts, data, errors, raw: true);
        }
    }

    /// <summary>Applies a decode error handler to data[start..end); returns the index to resume at.</summary>
    private static int HandleDecodeError(PyThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end,
        string reason, string errors, StringBuilder sb)
    {
        CheckHandler(ts, errors);
        switch (errors)
        {
            case "ignore":
                return end;
            case "replace":
                sb.Append('\uFFFD');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append("\\x").Append(data[k].ToString("x2"));
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++)
                    if (data[k] < 128) throw DecodeError(ts, encoding, data, start, end, reason);
                for (int k = start; k < end; k++) Unicode.AppendCp(sb, 0xDC00 + data[k]);
                return end;
            default:
                throw DecodeError(ts, encoding, data, start, end, reason);
        }
    }

    private static string DecodeSingleByte(PyThreadState ts, Codec codec, ReadOnlySpan<byte> data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        var table = codec.DecodeTable;
        for (int i = 0; i < data.Length;)
        {
            byte b = data[i];
            char c = table != null ? table[b] : b < 0x80 ? (char)b : '\uFFFE';
            if (c != '\uFFFE')
            {
                sb.Append(c);
                i++;
                continue;
            }
            string reason = codec.Kind == CodecKind.Ascii ? "ordinal not in range(128)" : "character maps to <undefined>";
            i = HandleDecodeError(ts, codec.ErrorName, data, i, i + 1, reason, errors, sb);
        }
        return sb.ToString();
    }

    private static string DecodeUtf8(PyThreadState ts, string name, ReadOnlySpan<byte> data, string errors, int from = 0)
    {
        var sb = new StringBuilder(data.Length);
        int n = data.Length;
        int i = from;
        while (i < n)
        {
            byte b0 = data[i];
            if (b0 < 0x80)
            {
                sb.Append((char)b0);
                i++;
                continue;
            }
            string? err = Utf8Sequence(data, i, out int cp, out int j);
            if (err == null)
            {
                Unicode.AppendCp(sb, cp);
                i = j;
                continue;
            }
            if (errors == "surrogatepass" && b0 == 0xED && i + 2 < n && data[i + 1] >= 0xA0 && data[i + 1] <= 0xBF
                && data[i + 2] >= 0x80 && data[i + 2] <= 0xBF)
            {
                Unicode.AppendCp(sb, 0xD000 | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
                i += 3;
                continue;
            }
            i = HandleDecodeError(ts, name, data, i, j, err, errors, sb);
        }
        return sb.ToString();
    }

    /// <summary>The error a strict DecodeUtf8 of invalid UTF-8 throws: its first bad sequence's.</summary>
    private static PyException FirstUtf8Error(PyThreadState ts, string name, ReadOnlySpan<byte> data)
    {
        for (int i = 0; i < data.Length;)
        {
            if (data[i] < 0x80)
            {
                i++;
                continue;
            }
            string? err = Utf8Sequence(data, i, out _, out int end);
            if (err != null) return DecodeError(ts, name, data, i, end, err);
            i = end;
        }
        throw new InvalidOperationException("valid UTF-8 has no decode error");
    }

    /// <summary>
    /// The UTF-8 sequence starting with the non-ASCII byte data[i]: null with its code point and
    /// the index after it, or the reason it is invalid with the end of the bad bytes.
    /// </summary>
    private static string? Utf8Sequence(ReadOnlySpan<byte> data, int i, out int cp, out int end)
    {
        int n = data.Length;
        byte b0 = data[i];
        cp = 0;
        if (b0 < 0xC2 || b0 > 0xF4)
        {
            end = i + 1;
            return "invalid start byte";
        }
        int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
        cp = b0 & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        int j = i + 1;
        for (int k = 0; k < need; k++, j++)
        {
            if (j >= n)
            {
                end = n;
                return "unexpected end of data";
            }
            byte b = data[j];
            int lo = 0x80, hi = 0xBF;
            if (k == 0)
            {
                if (b0 == 0xE0) lo = 0xA0;
                else if (b0 == 0xED) hi = 0x9F;
                else if (b0 == 0xF0) lo = 0x90;
                else if (b0 == 0xF4) hi = 0x8F;
            }
            if (b < lo || b > hi)
            {
                end = j;
                return "invalid continuation byte";
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        end = j;
        return null;
    }

    private static string DecodeUtf16(PyThreadState ts, ReadOnlySpan<byte> data, int from, bool be, string errors)
    {
        string name = be ? "utf-16-be" : "utf-16-le";
        int n = data.Length;
        var sb = new StringBuilder(n / 2);
        int i = from;
        int Read(ReadOnlySpan<byte> d, int at) => be ? (d[at] << 8) | d[at + 1] : d[at] | (d[at + 1] << 8);
        while (i < n)
        {
            if (n - i < 2)
            {
                i = HandleDecodeError(ts, name, data, i, n, "truncated data", errors, sb);
                continue;
            }
            int u = Read(data, i);
            if (u < 0xD800 || u > 0xDFFF)
            {
                sb.Append((char)u);
                i += 2;
                continue;
            }
            if (u >= 0xDC00)
            {
                if (errors == "surrogatepass") { Unicode.AppendCp(sb, u); i += 2; continue; }
                i = HandleDecodeError(ts, name, data, i, i + 2, "illegal encoding", errors, sb);
                continue;
            }
            if (n - i < 4)
            {
                if (errors == "surrogatepass" && n - i >= 2) { Unicode.AppendCp(sb, u); i += 2; continue; }
                i = HandleDecodeError(ts, name, data, i, n, "unexpected end of data", errors, sb);
                continue;
            }
            int u2 = Read(data, i + 2);
            if (u2 < 0xDC00 || u2 > 0xDFFF)
            {
                if (errors == "surrogatepass") { Unicode.AppendCp(sb, u); i += 2; continue; }
                i = HandleDecodeError(ts, name, data, i, i + 2, "illegal UTF-16 surrogate", errors, sb);
                continue;
            }
            sb.Append((char)u).Append((char)u2);
            i += 4;
        }
        return sb.ToString();
    }

    private static string DecodeUtf32(PyThreadState ts, ReadOnlySpan<byte> data, int from, bool be, string errors)
    {
        string name = be ? "utf-32-be" : "utf-32-le";
        int n = data.Length;
        var sb = new StringBuilder(n / 4);
        int i = from;
        while (i < n)
        {
            if (n - i < 4)
            {
                i = HandleDecodeError(ts, name, data, i, n, "truncated data", errors, sb);
                continue;
            }
            uint cp = be
                ? ((uint)data[i] << 24) | ((uint)data[i + 1] << 16) | ((uint)data[i + 2] << 8) | data[i + 3]
                : data[i] | ((uint)data[i + 1] << 8) | ((uint)data[i + 2] << 16) | ((uint)data[i + 3] << 24);
            if (cp > 0x10FFFF)
            {
                i = HandleDecodeError(ts, name, data, i, i + 4, "code point not in range(0x110000)", errors, sb);
                continue;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF && errors != "surrogatepass")
            {
                i = HandleDecodeError(ts, name, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors, sb);
                continue;
            }
            Unicode.AppendCp(sb, (int)cp);
            i += 4;
        }
        return sb.ToString();
    }

    private static int HexVal(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static string DecodeUnicodeEscape(PyThreadState ts, ReadOnlySpan<byte> data, string errors, bool raw)
    {
        string name = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(data.Length);
        int n = data.Length;
        int i = 0;
        while (i < n)
        {
            byte b = data[i];
            if (b != '\\' || i + 1 >= n)
            {
                if (b == '\\' && !raw)
                {
                    i = HandleDecodeError(ts, name, data, i, n, "\\ at end of string", errors, sb);
                    continue;
                }
                sb.Append((char)b);
                i++;
                continue;
            }
            int start = i;
            byte c = data[i + 1];
            if (raw && c != 'u' && c != 'U')
            {
                sb.Append('\\');
                i++;
                continue;
            }
            i += 2;
            switch ((char)c)
            {
                case '\n': continue;
                case '\\': sb.Append('\\'); continue;
                case '\'': sb.Append('\''); continue;
                case '"': sb.Append('"'); continue;
                case 'a': sb.Append('\a'); continue;
                case 'b': sb.Append('\b'); continue;
                case 'f': sb.Append('\f'); continue;
                case 'n': sb.Append('\n'); continue;
                case 'r': sb.Append('\r'); continue;
                case 't': sb.Append('\t'); continue;
                case 'v': sb.Append('\v'); continue;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) v = v * 8 + (data[i++] - '0');
                    sb.Append((char)v);
                    continue;
                }
                case 'x': case 'u': case 'U':
                {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    for (; k < digits && i < n; k++, i++)
                    {
                        int h = HexVal(data[i]);
                        if (h < 0) break;
                        v = v * 16 + h;
                    }
                    if (k < digits)
                    {
                        string what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        i = HandleDecodeError(ts, name, data, start, i, $"truncated {what} escape", errors, sb);
                        continue;
                    }
                    if ((uint)v > 0x10FFFF)
                    {
                        i = HandleDecodeError(ts, name, data, start, i, "illegal Unicode character", errors, sb);
                        continue;
                    }
                    Unicode.AppendCp(sb, v);
                    continue;
                }
                case 'N':
                {
                    int close = i < n && data[i] == '{' ? data[i..].IndexOf((byte)'}') : -1;
                    if (close < 0)
                    {
                        i = HandleDecodeError(ts, name, data, start, n, "malformed \\N character escape", errors, sb);
                        continue;
                    }
                    var nm = Encoding.ASCII.GetString(data.Slice(i + 1, close - 1));
                    int cp = Vm.Text.Ucd.UnicodeDatabase.Instance.Lookup(nm);
                    int end = i + close + 1;
                    if (cp < 0)
                    {
                        i = HandleDecodeError(ts, name, data, start, end, "unknown Unicode character name", errors, sb);
                        continue;
                    }
                    Unicode.AppendCp(sb, cp);
                    i = end;
                    continue;
                }
                default:
                    sb.Append('\\').Append((char)c);
                    continue;
            }
        }
        return sb.ToString();
    }
}
