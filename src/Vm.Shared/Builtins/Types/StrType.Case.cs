// str: case conversion (full Unicode mappings, Final_Sigma) and the is* predicates.
using System.Text;
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync>
{
    private static void InstallCase(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        // Method0: Fn and the eval loop's Fast1 (Interpreter.BuiltinCalls.cs) run one body.
        Def.Method0(rt, t, "lower", (ts2, s) => Result(ts2, (PyStr)s, Lower(((PyStr)s).Value)));
        Def.Method0(rt, t, "upper", (ts2, s) => Result(ts2, (PyStr)s, Upper(((PyStr)s).Value)));
        Def.Method(rt, t, "casefold", (ts2, a, kw) => { NoArgs(ts2, "casefold", a, kw); return Result(ts2, Self(a), CaseFold(Self(a).Value)); });
        Def.Method(rt, t, "swapcase", (ts2, a, kw) => { NoArgs(ts2, "swapcase", a, kw); return ts2.Rt.NewStr(SwapCase(Self(a).Value)); });
        Def.Method(rt, t, "title", (ts2, a, kw) => { NoArgs(ts2, "title", a, kw); return ts2.Rt.NewStr(Title(Self(a).Value)); });
        Def.Method(rt, t, "capitalize", (ts2, a, kw) => { NoArgs(ts2, "capitalize", a, kw); return ts2.Rt.NewStr(Capitalize(Self(a).Value)); });

        Predicate(rt, t, "isascii", s => Ascii.IsValid(s), true);
        Predicate(rt, t, "isalpha", s => All(s, Unicode.IsAlpha), false);
        Predicate(rt, t, "isalnum", s => All(s, Unicode.IsAlnum), false);
        Predicate(rt, t, "isdecimal", s => All(s, Unicode.IsDecimal), false);
        Predicate(rt, t, "isdigit", s => All(s, Unicode.IsDigit), false);
        Predicate(rt, t, "isnumeric", s => All(s, Unicode.IsNumeric), false);
        Predicate(rt, t, "isspace", s => All(s, Unicode.IsSpace), false);
        Predicate(rt, t, "isprintable", s => All(s, Unicode.IsPrintable), true);
        Predicate(rt, t, "islower", s => CasedCheck(s, lower: true), false);
        Predicate(rt, t, "isupper", s => CasedCheck(s, lower: false), false);
        Predicate(rt, t, "istitle", IsTitle, false);
        Predicate(rt, t, "isidentifier", IsIdentifier, false);
    }

    private static void Predicate(PyRuntime rt, PyType t, string name, Func<string, bool> test, bool emptyResult)
    {
        Def.Method0(rt, t, name, (ts2, s) =>
        {
            var v = ((PyStr)s).Value;
            return ts2.Rt.NewBool(v.Length == 0 ? emptyResult : test(v));
        });
    }

    private static bool All(string s, Func<int, bool> pred)
    {
        for (int i = 0; i < s.Length;)
            if (!pred(CodePoints.Next(s, ref i))) return false;
        return true;
    }

    /// <summary>islower/isupper: at least one cased character and none of the other case.</summary>
    private static bool CasedCheck(string s, bool lower)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.Next(s, ref i);
            if (lower)
            {
                if (Unicode.IsUpper(cp) || Unicode.IsTitle(cp)) return false;
                if (!cased && Unicode.IsLower(cp)) cased = true;
            }
            else
            {
                if (Unicode.IsLower(cp) || Unicode.IsTitle(cp)) return false;
                if (!cased && Unicode.IsUpper(cp)) cased = true;
            }
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.Next(s, ref i);
            if (Unicode.IsUpper(cp) || Unicode.IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = true;
                cased = true;
            }
            else if (Unicode.IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = true;
                cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    private static bool IsIdentifier(string s)
    {
        int i = 0;
        if (!Unicode.IsXidStart(CodePoints.Next(s, ref i))) return false;
        while (i < s.Length)
            if (!Unicode.IsXidContinue(CodePoints.Next(s, ref i))) return false;
        return true;
    }

    /// <summary>Strings up to this long are classified by <see cref="AsciiCase"/> in one scalar pass
    /// (a word: two vectorised calls cost more than the loop); longer ones by the vectorised searches.</summary>
    private const int ShortCaseScan = 32;

    /// <summary>-1 when <paramref name="s"/> is not all ASCII, else 1 when it holds a char in [lo, hi] (one to change), else 0.</summary>
    private static int AsciiCase(string s, char lo, char hi)
    {
        if (s.Length > ShortCaseScan)
            return !Ascii.IsValid(s) ? -1 : CodePoints.IndexOfInRange(s, lo, hi) < 0 ? 0 : 1;
        int r = 0;
        foreach (char c in s)
        {
            if (c >= 0x80) return -1;
            if ((uint)(c - lo) <= (uint)(hi - lo)) r = 1;
        }
        return r;
    }

    public static string Lower(string s)
    {
        int ascii = AsciiCase(s, 'A', 'Z');
        if (ascii == 0) return s;
        if (ascii > 0) return string.Create(s.Length, s, static (span, src) => Ascii.ToLower(src, span, out _));
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) Unicode.AppendLowerAt(sb, cps, i);
        return sb.ToString();
    }

    public static string Upper(string s)
    {
        int ascii = AsciiCase(s, 'a', 'z');
        if (ascii == 0) return s;
        if (ascii > 0) return string.Create(s.Length, s, static (span, src) => Ascii.ToUpper(src, span, out _));
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) Unicode.AppendUpper(sb, CodePoints.Next(s, ref i));
        return sb.ToString();
    }

    private static string CaseFold(string s)
    {
        if (Ascii.IsValid(s)) return Lower(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) Unicode.AppendFold(sb, CodePoints.Next(s, ref i));
        return sb.ToString();
    }

    private static string SwapCase(string s)
    {
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (Unicode.IsUpper(cp)) Unicode.AppendLowerAt(sb, cps, i);
            else if (Unicode.IsLower(cp)) Unicode.AppendUpper(sb, cp);
            else Unicode.AppendCp(sb, cp);
        }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (previousCased) Unicode.AppendLowerAt(sb, cps, i);
            else Unicode.AppendTitle(sb, cp);
            previousCased = Unicode.IsCased(cp);
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        Unicode.AppendTitle(sb, cps[0]);
        for (int i = 1; i < cps.Length; i++) Unicode.AppendLowerAt(sb, cps, i);
        return sb.ToString();
    }
}
