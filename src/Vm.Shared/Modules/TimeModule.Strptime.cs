// time.strptime for the C locale, with the behaviour of CPython 3.13's Lib/_strptime.py: the
// format becomes a case-insensitive regular expression (whitespace matches \s+), the match must
// start at the beginning and consume the whole string, and missing fields default to
// 1900-01-01 00:00:00 with the weekday and day of the year computed from the date.
using System.Text;
using System.Text.RegularExpressions;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class TimeModule<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly string[] s_wdayAbbrMon = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] s_wdayFullMon = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static string NamesRe(string group, IEnumerable<string> names)
    {
        var sorted = names.Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        if (sorted.Count == 0) return "";
        return $"(?<{group}>" + string.Join("|", sorted.Select(Regex.Escape)) + ")";
    }

    private static string? DirectiveRe(PyThreadState ts, char c) => c switch
    {
        'd' => "(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])",
        'f' => "(?<f>[0-9]{1,6})",
        'H' => "(?<H>2[0-3]|[0-1]\\d|\\d)",
        'I' => "(?<I>1[0-2]|0[1-9]|[1-9])",
        'G' => "(?<G>\\d\\d\\d\\d)",
        'j' => "(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
        'm' => "(?<m>1[0-2]|0[1-9]|[1-9])",
        'M' => "(?<M>[0-5]\\d|\\d)",
        'S' => "(?<S>6[0-1]|[0-5]\\d|\\d)",
        'U' => "(?<U>5[0-3]|[0-4]\\d|\\d)",
        'W' => "(?<W>5[0-3]|[0-4]\\d|\\d)",
        'w' => "(?<w>[0-6])",
        'u' => "(?<u>[1-7])",
        'V' => "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
        'y' => "(?<y>\\d\\d)",
        'Y' => "(?<Y>\\d\\d\\d\\d)",
        'z' => "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))",
        'A' => NamesRe("A", s_wdayFullMon),
        'a' => NamesRe("a", s_wdayAbbrMon),
        'B' => NamesRe("B", s_monFull.Select(n => n.ToLowerInvariant())),
        'b' => NamesRe("b", s_monAbbr.Select(n => n.ToLowerInvariant())),
        'p' => NamesRe("p", ["am", "pm"]),
        'Z' => NamesRe("Z", ZoneNames(ts).SelectMany(z => z)),
        '%' => "%",
        _ => null,
    };

    /// <summary>The names %Z accepts: (no DST: utc, gmt, tzname[0]; DST: tzname[1] if daylight).</summary>
    private static HashSet<string>[] ZoneNames(PyThreadState ts)
    {
        var (std, dst, _, _, daylight) = ZoneInfo(ts);
        var noSaving = new HashSet<string> { "utc", "gmt", std.ToLowerInvariant() };
        var saving = daylight != 0 ? new HashSet<string> { dst.ToLowerInvariant() } : new HashSet<string>();
        return [noSaving, saving];
    }

    /// <summary>_strptime's TimeRE.pattern: the regular expression for a format.</summary>
    private static string FormatToRegex(PyThreadState ts, string format, string wholeFormat, int depth = 0)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (c == '%')
            {
                if (i + 1 >= format.Length) throw ts.Rt.ValueError($"stray % in format '{wholeFormat}'");
                char dch = format[i + 1];
                string? re = dch switch
                {
                    'c' when depth == 0 => FormatToRegex(ts, "%a %b %d %H:%M:%S %Y", wholeFormat, depth + 1),
                    'x' when depth == 0 => FormatToRegex(ts, "%m/%d/%y", wholeFormat, depth + 1),
                    'X' when depth == 0 => FormatToRegex(ts, "%H:%M:%S", wholeFormat, depth + 1),
                    _ => DirectiveRe(ts, dch),
                };
                if (re == null)
                {
                    // CPython escapes regex syntax and whitespace first, so those report as '%'.
                    char shown = "\\.^$*+?(){}[]|".Contains(dch) || char.IsWhiteSpace(dch) ? '%' : dch;
                    throw ts.Rt.ValueError($"'{shown}' is a bad directive in format '{wholeFormat}'");
                }
                sb.Append(re);
                i += 2;
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < format.Length && char.IsWhiteSpace(format[i])) i++;
                sb.Append("\\s+");
            }
            else
            {
                if ("\\.^$*+?(){}[]|".Contains(c)) sb.Append('\\');
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>CPython 3.13's warning (its spelling kept) for a format with %d and no %Y, %y or %G.</summary>
    internal const string AmbiguousDayMessage =
        "Parsing dates involving a day of month without a year specified is ambiguious\n" +
        "and fails to parse leap day. The default behavior will change in Python 3.15\n" +
        "to either always raise an exception or to use a different default year (TBD).\n" +
        "To avoid trouble, add a specific year to the input & format.\n" +
        "See https://github.com/python/cpython/issues/70647.";

    /// <summary>True when the format's own directives (not %c/%x expansions) include %d but no year.</summary>
    private static bool DayOfMonthWithoutYear(string format)
    {
        bool day = false, year = false;
        for (int i = 0; i + 1 < format.Length; i++)
        {
            if (format[i] != '%') continue;
            char c = format[++i];
            if (c == 'd') day = true;
            else if (c is 'Y' or 'y' or 'G') year = true;
        }
        return day && !year;
    }

    private static PyObject Strptime(PyThreadState ts, string data, string format)
    {
        var rt = ts.Rt;
        string pattern = FormatToRegex(ts, format, format);
        if (DayOfMonthWithoutYear(format)) Warnings<TSync>.Warn(ts, "DeprecationWarning", AmbiguousDayMessage);
        Regex re;
        try
        {
            re = new Regex("\\G(?:" + pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            throw rt.ValueError($"time data {StrRepr(ts, data)} does not match format {StrRepr(ts, format)}");
        }
        var m = re.Match(data);
        if (!m.Success) throw rt.ValueError($"time data {StrRepr(ts, data)} does not match format {StrRepr(ts, format)}");
        if (m.Index + m.Length != data.Length)
            throw rt.ValueError("unconverted data remains: " + data[(m.Index + m.Length)..]);

        long? year = null, isoYear = null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1;
        long? gmtoff = null;
        int? isoWeek = null, weekOfYear = null, weekday = null, julian = null;
        int weekOfYearStart = 0;
        string? G(string name) => m.Groups[name].Success ? m.Groups[name].Value : null;
        // The groups in the order _strptime processes its found_dict (order of appearance does not matter here).
        foreach (var name in re.GetGroupNames())
        {
            var v = G(name);
            if (v == null || char.IsDigit(name[0])) continue;
            switch (name)
            {
                case "y":
                    year = Digits(v);
                    year += year <= 68 ? 2000 : 1900;
                    break;
                case "Y": year = Digits(v); break;
                case "G": isoYear = Digits(v); break;
                case "m": month = Digits(v); break;
                case "B": month = Array.FindIndex(s_monFull, n => n.Equals(v, StringComparison.OrdinalIgnoreCase)) + 1; break;
                case "b": month = Array.FindIndex(s_monAbbr, n => n.Equals(v, StringComparison.OrdinalIgnoreCase)) + 1; break;
                case "d": day = Digits(v.Trim()); break;
                case "H": hour = Digits(v); break;
                case "I":
                {
                    hour = Digits(v);
                    var ampm = (G("p") ?? "").ToLowerInvariant();
                    if (ampm is "" or "am")
                    {
                        if (hour == 12) hour = 0;
                    }
                    else if (ampm == "pm" && hour != 12) hour += 12;
                    break;
                }
                case "M": minute = Digits(v); break;
                case "S": second = Digits(v); break;
                case "A": weekday = Array.IndexOf(s_wdayFullMon, v.ToLowerInvariant()); break;
                case "a": weekday = Array.IndexOf(s_wdayAbbrMon, v.ToLowerInvariant()); break;
                case "w":
                    weekday = Digits(v);
                    weekday = weekday == 0 ? 6 : weekday - 1;
                    break;
                case "u": weekday = Digits(v) - 1; break;
                case "j": julian = Digits(v); break;
                case "U":
                case "W":
                    weekOfYear = Digits(v);
                    weekOfYearStart = name == "U" ? 6 : 0;
                    break;
                case "V": isoWeek = Digits(v); break;
                case "z": gmtoff = ParseOffset(ts, v); break;
                case "Z":
                {
                    var found = v.ToLowerInvariant();
                    var zones = ZoneNames(ts);
                    var (std, dst, _, _, daylight) = ZoneInfo(ts);
                    for (int k = 0; k < zones.Length; k++)
                    {
                        if (!zones[k].Contains(found)) continue;
                        if (std == dst && daylight != 0 && found is not ("utc" or "gmt")) break;
                        tz = k;
                        break;
                    }
                    break;
                }
            }
        }

        if (year == null && isoYear != null)
        {
            if (isoWeek == null || weekday == null)
                throw rt.ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
            if (julian != null)
                throw rt.ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
        }
        else if (isoWeek != null)
        {
            if (year == null || weekday == null)
                throw rt.ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
            throw rt.ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
        }

        bool leapYearFix = false;
        if (year == null && month == 2 && day == 29)
        {
            year = 1904;
            leapYearFix = true;
        }
        else year ??= 1900;
        long y = year.Value;

        if (julian == null && weekday != null)
        {
            if (weekOfYear != null)
                julian = JulianFromUW(y, weekOfYear.Value, weekday.Value, weekOfYearStart == 0);
            else if (isoYear != null && isoWeek != null)
            {
                // date.fromisocalendar(iso_year, iso_week, weekday + 1)
                long jan1 = DaysFromCivil(isoYear.Value, 1, 1);
                int jan1Wday = (int)(((jan1 + 3) % 7 + 7) % 7);
                bool has53 = jan1Wday == 3 || (jan1Wday == 2 && IsLeap(isoYear.Value));
                if (isoWeek.Value < 1 || (isoWeek.Value == 53 && !has53))
                    throw rt.ValueError($"Invalid week: {isoWeek.Value}");
                var (iy, ordinal) = JulianFromV(isoYear.Value, isoWeek.Value, weekday.Value + 1);
                var (cy, cm, cd) = CivilFromDays(DaysFromCivil(iy, 1, 1) + ordinal - 1);
                y = cy;
                month = cm;
                day = cd;
            }
            if (julian != null && julian <= 0)
            {
                y -= 1;
                julian += IsLeap(y) ? 366 : 365;
            }
        }
        if (julian == null)
        {
            CheckDate(ts, y, month, day);
            julian = (int)(DaysFromCivil(y, month, day) - DaysFromCivil(y, 1, 1) + 1);
        }
        else
        {
            long ord = julian.Value - 1 + DaysFromCivil(y, 1, 1);
            var (yy, mm, dd) = CivilFromDays(ord);
            if (yy < 1 || yy > 9999) throw rt.OverflowError("date value out of range");
            y = yy;
            month = mm;
            day = dd;
        }
        weekday ??= (int)(((DaysFromCivil(y, month, day) + 3) % 7 + 7) % 7);
        if (leapYearFix) y = 1900;

        var items = new PyObject[]
        {
            rt.NewInt(y), rt.NewInt(month), rt.NewInt(day), rt.NewInt(hour), rt.NewInt(minute), rt.NewInt(second),
            rt.NewInt(weekday.Value), rt.NewInt(julian.Value), rt.NewInt(tz),
        };
        var zone = G("Z") is { } zn ? (PyObject)rt.NewStr(zn) : rt.None;
        var st = new StructTime(StructTimeType(rt), items, zone, gmtoff is { } g ? rt.NewInt(g) : rt.None);
        st.MakeImmortal();
        return st;
    }

    /// <summary>The value of a run of decimal digits (any Unicode decimal digits, as Python's int()).</summary>
    private static int Digits(string s)
    {
        int v = 0;
        foreach (char ch in s.Trim())
            v = v * 10 + (int)char.GetNumericValue(ch);
        return v;
    }

    private static string StrRepr(PyThreadState ts, string s) => Ops<TSync>.ReprValue(ts, ts.Rt.NewStr(s));

    private static void CheckDate(PyThreadState ts, long y, int month, int day)
    {
        if (y < 1 || y > 9999) throw ts.Rt.ValueError($"year {y} is out of range");
        int dim = month == 2 ? (IsLeap(y) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
        if (day < 1 || day > dim) throw ts.Rt.ValueError("day is out of range for month");
    }

    private static long ParseOffset(PyThreadState ts, string z)
    {
        if (z == "Z" || z == "z") return 0;
        if (z[3] == ':')
        {
            z = z[..3] + z[4..];
            if (z.Length > 5)
            {
                if (z[5] != ':') throw ts.Rt.ValueError("Inconsistent use of : in " + z);
                z = z[..5] + z[6..];
            }
        }
        long hours = Digits(z.Substring(1, 2));
        long minutes = Digits(z.Substring(3, 2));
        long seconds = z.Length >= 7 ? Digits(z.Substring(5, 2)) : 0;
        long off = hours * 3600 + minutes * 60 + seconds;
        return z[0] == '-' ? -off : off;
    }

    private static int JulianFromUW(long year, int weekOfYear, int dayOfWeek, bool weekStartsMon)
    {
        int firstWeekday = (int)(((DaysFromCivil(year, 1, 1) + 3) % 7 + 7) % 7);
        if (!weekStartsMon)
        {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        if (weekOfYear == 0) return 1 + dayOfWeek - firstWeekday;
        return 1 + week0Length + 7 * (weekOfYear - 1) + dayOfWeek;
    }

    private static (long Year, int Julian) JulianFromV(long isoYear, int isoWeek, int isoWeekday)
    {
        int jan4Iso = (int)(((DaysFromCivil(isoYear, 1, 4) + 3) % 7 + 7) % 7) + 1;
        int correction = jan4Iso + 3;
        long ordinal = isoWeek * 7 + isoWeekday - correction;
        if (ordinal < 1)
        {
            ordinal += DaysFromCivil(isoYear, 1, 1);
            isoYear -= 1;
            ordinal -= DaysFromCivil(isoYear, 1, 1);
        }
        return (isoYear, (int)ordinal);
    }
}
