// Parsing numbers from text with CPython's rules: int(s, base) (bases 0 and 2..36, prefixes,
// underscores, surrounding whitespace, Unicode decimal digits), float(s) (inf/nan, underscores),
// complex(s) and float.fromhex(s). The callers raise the ValueError with CPython's message.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Vm.Builtins.Formatting;

public static class NumberParsing
{
    /// <summary>The NaN CPython's float('nan') and math.nan are (sign bit clear): .NET's double.NaN is
    /// 0/0 with the sign bit set on x64, so `-double.NaN` was float('nan') inverted.</summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>Whitespace after the Unicode-to-ASCII step: ASCII " \t\n\v\f\r" (Py_ISSPACE).</summary>
    private static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>
    /// _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes ' ', Unicode decimal
    /// digits become ASCII digits, other non-ASCII characters become '?' (never valid).
    /// </summary>
    public static string ToAsciiNumeric(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 128) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 128) { sb.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var r = new Rune(c, s[i + 1]);
                i++;
                if (Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)
                    sb.Append((char)('0' + (int)Rune.GetNumericValue(r)));
                else sb.Append('?');
                continue;
            }
            if (char.IsWhiteSpace(c)) sb.Append(' ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
                sb.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            else sb.Append('?');
        }
        return sb.ToString();
    }

    public static string StripSpaces(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsAsciiSpace(s[a])) a++;
        while (b > a && IsAsciiSpace(s[b - 1])) b--;
        return s.Substring(a, b - a);
    }

    /// <summary>
    /// int(s) in its common form: ASCII whitespace and a sign around at most 18 ASCII decimal digits,
    /// with single underscores between digits. False for anything else (longer, non-ASCII, another
    /// base, invalid): the caller then takes the general path, which also raises the errors.
    /// </summary>
    public static bool TryParseSmallDecimal(string s, out long value)
    {
        value = 0;
        int a = 0, b = s.Length;
        while (a < b && IsAsciiSpace(s[a])) a++;
        while (b > a && IsAsciiSpace(s[b - 1])) b--;
        bool neg = false;
        if (a < b && (s[a] == '+' || s[a] == '-')) { neg = s[a] == '-'; a++; }
        long v = 0;
        int digits = 0;
        bool afterUnderscoreOrStart = true; // an underscore may not lead, trail or repeat
        for (int i = a; i < b; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (afterUnderscoreOrStart) return false;
                afterUnderscoreOrStart = true;
                continue;
            }
            uint d = (uint)(c - '0');
            if (d > 9 || ++digits > 18) return false;
            v = v * 10 + d;
            afterUnderscoreOrStart = false;
        }
        if (afterUnderscoreOrStart) return false; // no digits, or a trailing underscore
        value = neg ? -v : v;
        return true;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }

    /// <summary>
    /// int(text, base) for ASCII text (after ToAsciiNumeric). Returns false for an invalid literal.
    /// digitCount is the number of digits (for the max-str-digits check, non power-of-two bases only).
    /// </summary>
    public static bool TryParseInt(string text, int radix, out BigInteger value, out int digitCount)
    {
        value = default;
        digitCount = 0;
        string s = StripSpaces(text);
        int p = 0;
        bool neg = false;
        if (p < s.Length && (s[p] == '+' || s[p] == '-')) { neg = s[p] == '-'; p++; }
        bool prefixed = false;
        if (radix == 0)
        {
            if (p + 1 < s.Length && s[p] == '0')
            {
                char c = char.ToLowerInvariant(s[p + 1]);
                if (c == 'x') radix = 16;
                else if (c == 'o') radix = 8;
                else if (c == 'b') radix = 2;
            }
            if (radix == 0) radix = 10;
            else { p += 2; prefixed = true; }
            if (!prefixed)
            {
                // Leading zeros are not allowed in a decimal literal (other than zero itself).
                if (p < s.Length && s[p] == '0')
                {
                    for (int i = p; i < s.Length; i++)
                        if (s[i] != '0' && s[i] != '_') return false;
                }
            }
        }
        else if (p + 1 < s.Length && s[p] == '0')
        {
            char c = char.ToLowerInvariant(s[p + 1]);
            if ((radix == 16 && c == 'x') || (radix == 8 && c == 'o') || (radix == 2 && c == 'b'))
            {
                p += 2;
                prefixed = true;
            }
        }
        // Digits with single underscores between them (or right after a base prefix).
        var digits = new StringBuilder(s.Length - p);
        bool lastUnderscore = false;
        if (prefixed && p < s.Length && s[p] == '_') { p++; lastUnderscore = true; }
        for (; p < s.Length; p++)
        {
            char c = s[p];
            if (c == '_')
            {
                if (lastUnderscore || digits.Length == 0) return false;
                lastUnderscore = true;
                continue;
            }
            if (DigitValue(c) >= radix) return false;
            digits.Append(c);
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.Length == 0) return false;
        digitCount = digits.Length;
        value = DigitsToBig(digits.ToString(), radix);
        if (neg) value = -value;
        return true;
    }

    private static BigInteger DigitsToBig(string d, int radix)
    {
        if (radix == 10)
        {
            if (d.Length <= 18) return long.Parse(d, CultureInfo.InvariantCulture);
            return BigInteger.Parse(d, CultureInfo.InvariantCulture);
        }
        if ((radix & (radix - 1)) == 0)
        {
            int bits = BitOperations.Log2((uint)radix);
            long nbits = (long)d.Length * bits;
            var bytes = new byte[(nbits + 7) / 8 + 1];
            long bit = 0;
            for (int i = d.Length - 1; i >= 0; i--)
            {
                int v = DigitValue(d[i]);
                for (int b = 0; b < bits; b++, bit++)
                    if (((v >> b) & 1) != 0) bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
            }
            return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        }
        // Other bases: accumulate chunks that fit in a long.
        int chunk = 1;
        long chunkMul = radix;
        while (chunkMul <= long.MaxValue / radix / radix) { chunkMul *= radix; chunk++; }
        BigInteger acc = BigInteger.Zero;
        int pos = 0;
        while (pos < d.Length)
        {
            int n = Math.Min(chunk, d.Length - pos);
            long part = 0, mul = 1;
            for (int i = 0; i < n; i++)
            {
                part = part * radix + DigitValue(d[pos + i]);
                mul *= radix;
            }
            acc = acc * mul + part;
            pos += n;
        }
        return acc;
    }

    /// <summary>float(text) for ASCII text (after ToAsciiNumeric); false when malformed.</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        string s = StripSpaces(text);
        return TryParseFloatExact(s, out value);
    }

    /// <summary>A float literal with no surrounding whitespace.</summary>
    private static bool TryParseFloatExact(string s, out double value)
    {
        value = 0;
        int p = 0;
        bool neg = false;
        if (p < s.Length && (s[p] == '+' || s[p] == '-')) { neg = s[p] == '-'; p++; }
        var rest = s.AsSpan(p);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? -PositiveNaN : PositiveNaN;
            return true;
        }
        var clean = new StringBuilder(s.Length);
        if (neg) clean.Append('-');
        int intDigits = ScanDigits(s, ref p, clean);
        if (intDigits < 0) return false;
        int fracDigits = 0;
        if (p < s.Length && s[p] == '.')
        {
            clean.Append('.');
            p++;
            fracDigits = ScanDigits(s, ref p, clean);
            if (fracDigits < 0) return false;
        }
        if (intDigits + fracDigits == 0) return false;
        if (p < s.Length && (s[p] == 'e' || s[p] == 'E'))
        {
            clean.Append('e');
            p++;
            if (p < s.Length && (s[p] == '+' || s[p] == '-')) clean.Append(s[p++]);
            int expDigits = ScanDigits(s, ref p, clean);
            if (expDigits <= 0) return false;
        }
        if (p != s.Length) return false;
        value = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Digits with single underscores between them; -1 when an underscore is misplaced.</summary>
    private static int ScanDigits(string s, ref int p, StringBuilder sink)
    {
        int n = 0;
        while (p < s.Length)
        {
            char c = s[p];
            if (c >= '0' && c <= '9') { sink.Append(c); n++; p++; continue; }
            if (c == '_')
            {
                if (n == 0 || p + 1 >= s.Length || s[p + 1] < '0' || s[p + 1] > '9') return -1;
                p++;
                continue;
            }
            break;
        }
        return n;
    }

    /// <summary>
    /// _Py_string_to_number_with_underscores' check: every '_' must sit between two digits.
    /// Returns the text without underscores, or null when an underscore is misplaced.
    /// </summary>
    public static string? RemoveUnderscores(string s)
    {
        if (s.IndexOf('_') < 0) return s;
        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (prev < '0' || prev > '9') return null;
            }
            else
            {
                sb.Append(c);
                if (prev == '_' && (c < '0' || c > '9')) return null;
            }
            prev = c;
        }
        return prev == '_' ? null : sb.ToString();
    }

    /// <summary>complex(text) for ASCII text; false when malformed.</summary>
    public static bool TryParseComplex(string text, out double real, out double imag)
    {
        real = imag = 0;
        string s = StripSpaces(text);
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')') s = StripSpaces(s.Substring(1, s.Length - 2));
        if (s.Length == 0) return false;
        if (s[^1] == 'j' || s[^1] == 'J')
        {
            string body = s.Substring(0, s.Length - 1);
            // Split "real(+|-)imag": the last sign that is not part of an exponent.
            int split = -1;
            for (int i = body.Length - 1; i > 0; i--)
            {
                if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E')
                {
                    split = i;
                    break;
                }
            }
            string re = split < 0 ? "" : body.Substring(0, split);
            string im = split < 0 ? body : body.Substring(split);
            if (re.Length > 0 && !TryParseFloatExact(re, out real)) return false;
            if (im is "" or "+") imag = 1;
            else if (im == "-") imag = -1;
            else if (!TryParseFloatExact(im, out imag)) return false;
            return true;
        }
        return TryParseFloatExact(s, out real);
    }

    public enum HexResult { Ok, Invalid, Overflow }

    /// <summary>float.fromhex(s).</summary>
    public static HexResult FromHex(string text, out double value)
    {
        value = 0;
        string s = StripSpaces(ToAsciiNumeric(text));
        int p = 0;
        bool neg = false;
        if (p < s.Length && (s[p] == '+' || s[p] == '-')) { neg = s[p] == '-'; p++; }
        var rest = s.AsSpan(p);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return HexResult.Ok;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? -PositiveNaN : PositiveNaN;
            return HexResult.Ok;
        }
        if (p + 1 < s.Length && s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'X')) p += 2;
        // The digits are collected and converted once: adding them one by one to a BigInteger
        // took time quadratic in their number (100,000 digits: seconds; found by fuzzing).
        var hex = new StringBuilder("0", s.Length - p + 1); // leading 0: read as unsigned
        int ndig = 0, fracDig = 0;
        while (p < s.Length && Uri.IsHexDigit(s[p])) { hex.Append(s[p]); p++; ndig++; }
        if (p < s.Length && s[p] == '.')
        {
            p++;
            while (p < s.Length && Uri.IsHexDigit(s[p])) { hex.Append(s[p]); p++; ndig++; fracDig++; }
        }
        if (ndig == 0) return HexResult.Invalid;
        long exp = 0;
        if (p < s.Length && (s[p] == 'p' || s[p] == 'P'))
        {
            p++;
            bool eneg = false;
            if (p < s.Length && (s[p] == '+' || s[p] == '-')) { eneg = s[p] == '-'; p++; }
            int start = p;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9')
            {
                if (exp < 1_000_000_000) exp = exp * 10 + (s[p] - '0');
                p++;
            }
            if (p == start) return HexResult.Invalid;
            if (eneg) exp = -exp;
        }
        if (p != s.Length) return HexResult.Invalid;
        var mant = BigInteger.Parse(hex.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        double r = IntMath.ScaleToDouble(mant, exp - 4L * fracDig, out bool ovf);
        if (ovf) return HexResult.Overflow;
        value = neg ? -r : r;
        return HexResult.Ok;
    }
}
