// The _locale module under Lib/locale.py: the C library's locale (PosixNative.Locale.cs) as
// CPython exposes it on Linux: setlocale, localeconv, nl_langinfo and its item numbers, strcoll,
// strxfrm, getencoding, the LC_* categories and locale.Error.
//
// The locale is process-wide state of the C library; calls are not serialised here (CPython does
// not either: setlocale is documented as not thread-safe). Like CPython at start-up, LC_CTYPE is
// taken from the environment once per process, when the module is first made.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class LocaleModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_locale";
    private const int LcCtype = 0, LcAll = 6, CharMax = 127;
    private static int s_ctypeFromEnvironment;

    private static readonly (string Name, int Value)[] s_categories =
    [
        ("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4),
        ("LC_MESSAGES", 5), ("LC_ALL", LcAll),
    ];

    /// <summary>nl_langinfo's items (glibc's numbers).</summary>
    private static readonly (string Name, int Value)[] s_langInfo = BuildLangInfo();

    private static (string, int)[] BuildLangInfo()
    {
        var items = new List<(string, int)>
        {
            ("CODESET", 14), ("D_T_FMT", 0x20028), ("D_FMT", 0x20029), ("T_FMT", 0x2002A), ("T_FMT_AMPM", 0x2002B),
            ("AM_STR", 0x20026), ("PM_STR", 0x20027), ("ERA", 0x2002C), ("ERA_D_FMT", 0x2002E), ("ALT_DIGITS", 0x2002F),
            ("ERA_D_T_FMT", 0x20030), ("ERA_T_FMT", 0x20031), ("RADIXCHAR", 0x10000), ("THOUSEP", 0x10001),
            ("YESEXPR", 0x50000), ("NOEXPR", 0x50001), ("CRNCYSTR", 0x4000F),
        };
        for (int i = 0; i < 7; i++)
        {
            items.Add(($"ABDAY_{i + 1}", 0x20000 + i));
            items.Add(($"DAY_{i + 1}", 0x20007 + i));
        }
        for (int i = 0; i < 12; i++)
        {
            items.Add(($"ABMON_{i + 1}", 0x2000E + i));
            items.Add(($"MON_{i + 1}", 0x2001A + i));
        }
        return [.. items];
    }

    // localeconv()'s keys in CPython's order, each with its index in struct lconv: strings 0-9,
    // then the char fields from 10 on.
    private static readonly (string Key, int Field)[] s_lconv =
    [
        ("int_curr_symbol", 3), ("currency_symbol", 4), ("mon_decimal_point", 5), ("mon_thousands_sep", 6),
        ("mon_grouping", 7), ("positive_sign", 8), ("negative_sign", 9), ("int_frac_digits", 10), ("frac_digits", 11),
        ("p_cs_precedes", 12), ("p_sep_by_space", 13), ("n_cs_precedes", 14), ("n_sep_by_space", 15),
        ("p_sign_posn", 16), ("n_sign_posn", 17), ("decimal_point", 0), ("thousands_sep", 1), ("grouping", 2),
    ];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        if (Interlocked.Exchange(ref s_ctypeFromEnvironment, 1) == 0) CtypeFromEnvironment();
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        foreach (var (name, value) in s_categories) Def.Value(rt, d, name, rt.NewInt(value));
        foreach (var (name, value) in s_langInfo) Def.Value(rt, d, name, rt.NewInt(value));
        Def.Value(rt, d, "CHAR_MAX", rt.NewInt(CharMax));
        var error = ModuleSupport<TSync>.NewExceptionType(ts, "locale", "Error", rt.ExceptionTypes["Exception"]);
        Def.Value(rt, d, "Error", error);

        Def.Function(rt, d, "setlocale", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "setlocale", a, kw, ["category", "locale"], 1);
            int category = (int)Args.ToLong(ts2, b[0]!);
            string? locale = b[1] == null || ReferenceEquals(b[1], ts2.Rt.None) ? null
                : b[1] is PyStr s ? s.Value
                : throw ts2.Rt.TypeError($"setlocale() argument 2 must be str or None, not {b[1]!.Type.Name}");
            if (locale != null && locale.Contains('\0')) throw ts2.Rt.ValueError("embedded null character");
            var result = PosixNative.SetLocale(category, locale);
            if (result == null)
                throw new PyException(ts2.Rt.NewException(error, locale == null ? "locale query failed" : "unsupported locale setting"));
            return ts2.Rt.NewStr(result);
        }, Mod);

        Def.Function(rt, d, "localeconv", (ts2, a, kw) =>
        {
            Args.Count(ts2, "localeconv", a.Length, 0, 0);
            var (strings, chars) = PosixNative.LocaleConv();
            var result = Ops<TSync>.NewDict(ts2);
            foreach (var (key, field) in s_lconv)
            {
                PyObject value = field is 2 or 7 ? Grouping(ts2, strings[field])
                    : field < 10 ? ts2.Rt.NewStr(System.Text.Encoding.UTF8.GetString(strings[field]))
                    : ts2.Rt.NewInt(chars[field - 10]);
                DictOps<TSync>.SetItem(ts2, result, ts2.Rt.NewStr(key), value);
            }
            return result;
        }, Mod);

        Def.Function(rt, d, "nl_langinfo", (ts2, a, kw) =>
        {
            Args.Count(ts2, "nl_langinfo", a.Length, 1, 1);
            long key = Args.ToLong(ts2, a[0]);
            foreach (var (_, value) in s_langInfo)
                if (value == key) return ts2.Rt.NewStr(PosixNative.NlLangInfo(value));
            throw ts2.Rt.ValueError("unsupported langinfo constant");
        }, Mod);

        Def.Function(rt, d, "strcoll", (ts2, a, kw) =>
        {
            Args.Count(ts2, "strcoll", a.Length, 2, 2);
            return ts2.Rt.NewInt(PosixNative.StrColl(Text(ts2, "strcoll", a[0], 1), Text(ts2, "strcoll", a[1], 2)));
        }, Mod);

        Def.Function(rt, d, "strxfrm", (ts2, a, kw) =>
        {
            Args.Count(ts2, "strxfrm", a.Length, 1, 1);
            var key = PosixNative.StrXfrm(Text(ts2, "strxfrm", a[0], 1));
            // The transformed bytes as a str of the same code units, so comparing two keys as str
            // orders them as strcoll() does.
            var chars = new char[key.Length];
            for (int i = 0; i < key.Length; i++) chars[i] = (char)key[i];
            return ts2.Rt.NewStr(new string(chars));
        }, Mod);

        Def.Function(rt, d, "getencoding", (ts2, a, kw) => ts2.Rt.NewStr(PosixNative.NlLangInfo(CodesetItem)), Mod);
        return m;
    }

    private const int CodesetItem = 14;

    /// <summary>LC_CTYPE from the environment; the plain C locale becomes a UTF-8 one where the
    /// system has one (as CPython's PEP 538 coercion does), so text is not limited to ASCII.</summary>
    private static void CtypeFromEnvironment()
    {
        var name = PosixNative.SetLocale(LcCtype, "");
        if (name is not ("C" or "POSIX")) return;
        foreach (var utf8 in (string[])["C.UTF-8", "C.utf8", "UTF-8"])
            if (PosixNative.SetLocale(LcCtype, utf8) != null) return;
    }

    /// <summary>A grouping string as CPython lists it: its sizes up to and including the 0 or
    /// CHAR_MAX that ends it; an empty string is an empty list.</summary>
    private static PyObject Grouping(PyThreadState ts, byte[] raw)
    {
        var items = new List<PyObject>();
        bool stopped = false;
        foreach (var g in raw)
        {
            items.Add(ts.Rt.NewInt(g));
            if (stopped = g == CharMax) break;
        }
        if (raw.Length > 0 && !stopped) items.Add(ts.Rt.NewInt(0));
        return Ops<TSync>.NewList(ts, [.. items]);
    }

    private static string Text(PyThreadState ts, string fn, PyObject o, int n) =>
        o is PyStr s ? s.Value : throw ts.Rt.TypeError($"{fn}() argument {n} must be str, not {o.Type.Name}");
}
