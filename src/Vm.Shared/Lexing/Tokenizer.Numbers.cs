using System.Globalization;
using System.Numerics;

namespace Vm.Lexing;

// Numeric literals: decimal, 0x/0o/0b integers, floats, imaginary numbers, with '_' separators.
public sealed partial class Tokenizer
{
    private const int MaxIntDigits = 4300;

    private static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    private Token LexNumber(int start)
    {
        int p = start;
        char c = _s[p];
        char c1 = (char)(At(p + 1) | 0x20);
        if (c == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b'))
        {
            return LexRadixNumber(start, c1);
        }
        bool isFloat = false, isImag = false;
        if (c == '.')
        {
            isFloat = true;
            p = DecimalTail(p + 1);
        }
        else if (c == '0')
        {
            p++;
            while (true)
            {
                if (At(p) == '_')
                {
                    p++;
                    if (!IsDigit(At(p))) throw Err("invalid decimal literal", p);
                }
                if (At(p) != '0') break;
                p++;
            }
            int zerosEnd = p;
            bool nonzero = false;
            if (IsDigit(At(p)))
            {
                nonzero = true;
                p = DecimalTail(p);
            }
            char d = At(p);
            if (d == '.')
            {
                isFloat = true;
                p = Fraction(p + 1);
            }
            else if (nonzero && d != 'e' && d != 'E' && d != 'j' && d != 'J')
            {
                throw _text.Error("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    _line, start + 1 - _lineStart, _line, zerosEnd + 1 - _lineStart);
            }
        }
        else
        {
            p = DecimalTail(p);
            if (At(p) == '.')
            {
                isFloat = true;
                p = Fraction(p + 1);
            }
        }

        char e = At(p);
        bool exponentDone = false;
        if (e == 'e' || e == 'E')
        {
            int ePos = p;
            char sign = At(p + 1);
            if (sign == '+' || sign == '-')
            {
                if (!IsDigit(At(p + 2))) throw Err("invalid decimal literal", p + 2);
                p = DecimalTail(p + 2);
                isFloat = true;
            }
            else if (IsDigit(sign))
            {
                p = DecimalTail(p + 1);
                isFloat = true;
            }
            else
            {
                // "1else": the number ends before the 'e' (a keyword follows); otherwise an error
                VerifyEndOfNumber(ePos, "decimal");
                p = ePos;
                exponentDone = true;
            }
        }
        if (!exponentDone)
        {
            char j = At(p);
            if (j == 'j' || j == 'J')
            {
                isImag = true;
                p++;
                VerifyEndOfNumber(p, "imaginary");
            }
            else
            {
                VerifyEndOfNumber(p, "decimal");
            }
        }

        _pos = p;
        var tok = Make(TokenKind.Number, start, _line, start - _lineStart);
        string text = RemoveUnderscores(start, isImag ? p - 1 : p);
        if (isImag)
        {
            tok.Value = new Complex(0, ParseFloat(text));
        }
        else if (isFloat)
        {
            tok.Value = ParseFloat(text);
        }
        else if (text.Length > MaxIntDigits)
        {
            // CPython's default sys.get_int_max_str_digits() limit, reported by its parser
            tok.Value = 0L;
            tok.Error = _text.Error("SyntaxError",
                $"Exceeds the limit ({MaxIntDigits} digits) for integer string conversion: value has {text.Length} digits; "
                + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
                + "to avoid decimal conversion limits.", tok.Line, 0, tok.Line, 0);
        }
        else
        {
            tok.Value = ParseInteger(text, 10);
        }
        return tok;
    }

    private int Fraction(int p) => IsDigit(At(p)) ? DecimalTail(p) : p;

    /// <summary>Digits with single underscores between them, starting at a digit.</summary>
    private int DecimalTail(int p)
    {
        while (true)
        {
            while (IsDigit(At(p))) p++;
            if (At(p) != '_') return p;
            p++;
            if (!IsDigit(At(p))) throw Err("invalid decimal literal", p);
        }
    }

    private Token LexRadixNumber(int start, char kindChar)
    {
        int p = start + 2;
        char c = At(p);
        string kind;
        int radix;
        switch (kindChar)
        {
            case 'x':
                kind = "hexadecimal";
                radix = 16;
                do
                {
                    if (c == '_') c = At(++p);
                    if (!IsHex(c)) throw Err("invalid hexadecimal literal", p);
                    while (IsHex(At(p))) p++;
                    c = At(p);
                } while (c == '_');
                break;
            case 'o':
                kind = "octal";
                radix = 8;
                do
                {
                    if (c == '_') c = At(++p);
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) throw Err($"invalid digit '{c}' in octal literal", p + 1);
                        throw Err("invalid octal literal", p);
                    }
                    while (At(p) >= '0' && At(p) < '8') p++;
                    c = At(p);
                } while (c == '_');
                if (IsDigit(c)) throw Err($"invalid digit '{c}' in octal literal", p + 1);
                break;
            default:
                kind = "binary";
                radix = 2;
                do
                {
                    if (c == '_') c = At(++p);
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) throw Err($"invalid digit '{c}' in binary literal", p + 1);
                        throw Err("invalid binary literal", p);
                    }
                    while (At(p) == '0' || At(p) == '1') p++;
                    c = At(p);
                } while (c == '_');
                if (IsDigit(c)) throw Err($"invalid digit '{c}' in binary literal", p + 1);
                break;
        }
        VerifyEndOfNumber(p, kind);
        _pos = p;
        var tok = Make(TokenKind.Number, start, _line, start - _lineStart);
        tok.Value = ParseInteger(RemoveUnderscores(start + 2, p), radix);
        return tok;
    }

    /// <summary>
    /// CPython's verify_end_of_number: a number directly followed by a keyword that may legally
    /// follow it ("1if", "0x1for") is accepted (CPython only warns); any other identifier
    /// character makes the literal invalid.
    /// </summary>
    private void VerifyEndOfNumber(int p, string kind)
    {
        char c = At(p);
        bool keyword = c switch
        {
            'a' => LookaheadWord(p + 1, "nd"),
            'e' => LookaheadWord(p + 1, "lse"),
            'f' => LookaheadWord(p + 1, "or"),
            'i' => At(p + 1) is 'f' or 'n' or 's',
            'o' => LookaheadWord(p + 1, "r"),
            'n' => LookaheadWord(p + 1, "ot"),
            _ => false,
        };
        if (keyword) return;
        if (c < 128 && IsAsciiIdentChar(c)) throw Err($"invalid {kind} literal", p);
    }

    private bool LookaheadWord(int p, string rest)
    {
        for (int i = 0; i < rest.Length; i++)
        {
            if (At(p + i) != rest[i]) return false;
        }
        char after = At(p + rest.Length);
        return !(after != '\0' && IsPotentialIdentChar(after));
    }

    private string RemoveUnderscores(int start, int end)
    {
        string text = _s.Substring(start, end - start);
        return text.Contains('_') ? text.Replace("_", "") : text;
    }

    private static double ParseFloat(string text)
        => double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>An integer literal's value: a long when it fits, else a BigInteger.</summary>
    private static readonly object[] s_smallInts = CreateSmallInts();

    private static object[] CreateSmallInts()
    {
        var a = new object[257];
        for (int i = 0; i < a.Length; i++) a[i] = (long)i;
        return a;
    }

    internal static object ParseInteger(string digits, int radix)
    {
        if (radix == 10 && digits.Length <= 18)
        {
            long v = 0;
            foreach (char ch in digits) v = v * 10 + (ch - '0');
            return v < s_smallInts.Length ? s_smallInts[v] : v;
        }
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : radix == 2 ? 1 : 0;
        if (bitsPerDigit != 0 && digits.Length * bitsPerDigit <= 63)
        {
            long v = 0;
            foreach (char ch in digits) v = (v << bitsPerDigit) | (long)HexValue(ch);
            return v;
        }
        BigInteger big;
        if (radix == 10)
        {
            big = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            big = BigInteger.Zero;
            foreach (char ch in digits) big = (big << bitsPerDigit) | HexValue(ch);
        }
        if (big >= long.MinValue && big <= long.MaxValue) return (long)big;
        return big;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
