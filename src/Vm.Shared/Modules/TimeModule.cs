// The time module (CPython: Modules/timemodule.c).
//  * Clocks: time/time_ns (system clock), monotonic/perf_counter (Stopwatch), process_time and
//    thread_time (clock_gettime CPU clocks on Linux, the process's processor time elsewhere).
//  * sleep() detaches (releases the GIL / suspends critical sections) and waits on a private
//    monitor through the runtime's IWaitSeam, so Coyote controls it like every other timed wait.
//  * Calendar functions: gmtime is pure arithmetic (any time_t); localtime and mktime use libc's
//    localtime_r/mktime on Unix (exactly what CPython does) and TimeZoneInfo elsewhere; strftime
//    is implemented here for the C locale with glibc's conventions (flags, widths, %G/%V, ...).
using System.Diagnostics;
using System.Runtime.InteropServices;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class TimeModule<TSync> where TSync : struct, ISyncPolicy
{
    private const long UnixEpochTicks = 621355968000000000L; // DateTime(1970,1,1).Ticks

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var d = rt.NewModuleDict("time", null);
        var stType = StructTimeType(rt);
        Def.Value(rt, d, "struct_time", stType);
        Def.Function(rt, d, "time", (ts2, a, kw) => ts2.Rt.NewFloat((DateTime.UtcNow.Ticks - UnixEpochTicks) / 1e7), "time");
        Def.Function(rt, d, "time_ns", (ts2, a, kw) => ts2.Rt.NewInt((DateTime.UtcNow.Ticks - UnixEpochTicks) * 100), "time");
        Def.Function(rt, d, "monotonic", (ts2, a, kw) => ts2.Rt.NewFloat(MonotonicNs() / 1e9), "time");
        Def.Function(rt, d, "monotonic_ns", (ts2, a, kw) => ts2.Rt.NewInt(MonotonicNs()), "time");
        Def.Function(rt, d, "perf_counter", (ts2, a, kw) => ts2.Rt.NewFloat(MonotonicNs() / 1e9), "time");
        Def.Function(rt, d, "perf_counter_ns", (ts2, a, kw) => ts2.Rt.NewInt(MonotonicNs()), "time");
        Def.Function(rt, d, "process_time", (ts2, a, kw) => ts2.Rt.NewFloat(TimeNative.ProcessCpuNs() / 1e9), "time");
        Def.Function(rt, d, "process_time_ns", (ts2, a, kw) => ts2.Rt.NewInt(TimeNative.ProcessCpuNs()), "time");
        Def.Function(rt, d, "thread_time", (ts2, a, kw) => ts2.Rt.NewFloat(TimeNative.ThreadCpuNs() / 1e9), "time");
        Def.Function(rt, d, "thread_time_ns", (ts2, a, kw) => ts2.Rt.NewInt(TimeNative.ThreadCpuNs()), "time");
        Def.Function(rt, d, "sleep", SleepFn, "time");
        Def.Function(rt, d, "gmtime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "gmtime", kw);
            Args.Count(ts2, "gmtime", a.Length, 0, 1);
            long t = a.Length == 0 || a[0] == ts2.Rt.None ? NowSeconds() : ToTimeT(ts2, a[0]);
            return MakeStructTime(ts2, GmTime(ts2, t));
        }, "time");
        Def.Function(rt, d, "localtime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "localtime", kw);
            Args.Count(ts2, "localtime", a.Length, 0, 1);
            long t = a.Length == 0 || a[0] == ts2.Rt.None ? NowSeconds() : ToTimeT(ts2, a[0]);
            return MakeStructTime(ts2, LocalTime(ts2, t));
        }, "time");
        Def.Function(rt, d, "mktime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "mktime", kw);
            Args.Count(ts2, "mktime", a.Length, 1, 1);
            var tm = GetTmArg(ts2, a[0], "mktime");
            return ts2.Rt.NewFloat(MkTime(ts2, tm));
        }, "time");
        Def.Function(rt, d, "asctime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "asctime", kw);
            Args.Count(ts2, "asctime", a.Length, 0, 1);
            var tm = a.Length == 0 ? LocalTime(ts2, NowSeconds()) : GetTmArg(ts2, a[0], "asctime");
            if (a.Length > 0) CheckTm(ts2, ref tm);
            return ts2.Rt.NewStr(AscTime(tm));
        }, "time");
        Def.Function(rt, d, "ctime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "ctime", kw);
            Args.Count(ts2, "ctime", a.Length, 0, 1);
            long t = a.Length == 0 || a[0] == ts2.Rt.None ? NowSeconds() : ToTimeT(ts2, a[0]);
            return ts2.Rt.NewStr(AscTime(LocalTime(ts2, t)));
        }, "time");
        Def.Function(rt, d, "strftime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "strftime", kw);
            Args.Count(ts2, "strftime", a.Length, 1, 2);
            if (a[0] is not PyStr fmt) throw ts2.Rt.TypeError($"strftime() argument 1 must be str, not {a[0].Type.Name}");
            Tm tm;
            if (a.Length == 1) tm = LocalTime(ts2, NowSeconds());
            else
            {
                tm = GetTmArg(ts2, a[1], "strftime");
                CheckTm(ts2, ref tm);
            }
            if (fmt.Value.Contains('\0')) throw ts2.Rt.ValueError("embedded null character");
            return ts2.Rt.NewStr(Strftime(ts2, fmt.Value, tm));
        }, "time");
        Def.Function(rt, d, "strptime", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "strptime", kw);
            Args.Count(ts2, "strptime", a.Length, 1, 2);
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] is not PyStr)
                    throw ts2.Rt.TypeError($"strptime() argument {i} must be str, not <class '{a[i].Type.Name}'>");
            }
            var format = a.Length > 1 ? ((PyStr)a[1]).Value : "%a %b %d %H:%M:%S %Y";
            return Strptime(ts2, ((PyStr)a[0]).Value, format);
        }, "time");
        Def.Function(rt, d, "get_clock_info", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "get_clock_info", kw);
            Args.Count(ts2, "get_clock_info", a.Length, 1, 1);
            if (a[0] is not PyStr name) throw ts2.Rt.TypeError($"get_clock_info() argument 1 must be str, not {a[0].Type.Name}");
            return name.Value switch
            {
                "time" => ClockInfo(ts2, "clock_gettime(CLOCK_REALTIME)", false, true, 1e-09),
                "monotonic" => ClockInfo(ts2, "clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09),
                "perf_counter" => ClockInfo(ts2, "clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09),
                "process_time" => ClockInfo(ts2, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-09),
                "thread_time" => ClockInfo(ts2, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09),
                _ => throw ts2.Rt.ValueError("unknown clock"),
            };
        }, "time");

        // Time zone constants, computed as CPython does from January and July of this year.
        var (tzStd, tzDst, timezone, altzone, daylight) = ZoneInfo(ts);
        Def.Value(rt, d, "timezone", rt.NewInt(timezone));
        Def.Value(rt, d, "altzone", rt.NewInt(altzone));
        Def.Value(rt, d, "daylight", rt.NewInt(daylight));
        Def.Value(rt, d, "tzname", rt.NewTupleImmortalItems([rt.NewStr(tzStd), rt.NewStr(tzDst)]));
        Def.Value(rt, d, "CLOCK_REALTIME", rt.NewInt(0));
        Def.Value(rt, d, "CLOCK_MONOTONIC", rt.NewInt(1));
        Def.Value(rt, d, "CLOCK_PROCESS_CPUTIME_ID", rt.NewInt(2));
        Def.Value(rt, d, "CLOCK_THREAD_CPUTIME_ID", rt.NewInt(3));
        return new PyModule(rt.ModuleType, "time", d);
    }

    // ------------------------------------------------------------------ clocks and sleep

    private static long MonotonicNs()
    {
        long ticks = Stopwatch.GetTimestamp();
        if (Stopwatch.Frequency == 1_000_000_000) return ticks;
        return (long)((Int128)ticks * 1_000_000_000 / Stopwatch.Frequency);
    }

    private static long NowSeconds() => Math.DivRem(DateTime.UtcNow.Ticks - UnixEpochTicks, 10_000_000L).Quotient;

    private static PyObject SleepFn(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, "sleep", kw);
        Args.Count(ts, "sleep", a.Length, 1, 1);
        double secs;
        if (a[0] is PyFloat f)
        {
            secs = f.Value;
            if (double.IsNaN(secs)) throw rt.ValueError("Invalid value NaN (not a number)");
            if (Math.Abs(secs) * 1e9 >= 9.2233720368547758e18) throw rt.OverflowError("timestamp too large to convert to C PyTime_t");
        }
        else
        {
            var i = Ops<TSync>.Index(ts, a[0]);
            if (i.IsBig || Math.Abs((double)i.Small) * 1e9 >= 9.2233720368547758e18)
                throw rt.OverflowError("timestamp too large to convert to C PyTime_t");
            secs = i.Small;
        }
        if (secs < 0) throw rt.ValueError("sleep length must be non-negative");
        Sleep(ts, secs);
        return rt.None;
    }

    /// <summary>Sleeps detached, through the runtime's wait seam on a private monitor. Only an
    /// interrupt (Ctrl-C, a signal, a host cancel) pulses it: the pending exception is raised, or the
    /// signal's handler runs and, if it returns, the sleep goes on for the time left (PEP 475).</summary>
    public static void Sleep(PyThreadState ts, double secs) =>
        ResumingAfterHandlers(ts, secs, left => !WaitInterruptibly(ts, left));

    /// <summary>
    /// A blocking attempt (a sleep, a lock acquire; true when it completed) that an interrupt may end
    /// early: a pending exception is raised; if it was a signal whose handler returned, the attempt is
    /// made again for the time left (PEP 475). False when the timeout passed (negative: no timeout).
    /// </summary>
    public static bool ResumingAfterHandlers(PyThreadState ts, double timeout, Func<double, bool> attempt)
    {
        var deadline = WaitDeadline.Start(timeout);
        while (true)
        {
            if (attempt(timeout)) return true;
            if (!ts.InterruptPending) return false; // timed out
            ts.Rt.RaiseAsyncIfPending(ts); // raises, or ran signal handlers that returned
            if (timeout < 0) continue;
            timeout = deadline.RemainingMillis(out _) / 1000.0;
            if (timeout <= 0) return false;
        }
    }

    /// <summary>Waits detached for secs (negative: until interrupted); true if an interrupt ended it early.</summary>
    public static bool WaitInterruptibly(PyThreadState ts, double secs)
    {
        var monitor = new object();
        var seam = ts.Rt.WaitSeam;
        using (new Detached<TSync>(ts))
        {
            lock (monitor)
            {
                if (secs == 0)
                {
                    seam.Wait(monitor, 0); // sleep(0) yields
                    return ts.InterruptPending;
                }
                Interlocked.Exchange(ref ts.WaitingOn, monitor);
                try
                {
                    var deadline = WaitDeadline.Start(secs);
                    while (!ts.InterruptPending)
                    {
                        int ms = deadline.RemainingMillis(out bool whole);
                        if (ms == 0) break;
                        bool signalled = seam.Wait(monitor, ms);
                        if (!signalled && whole) break;
                    }
                }
                finally
                {
                    Volatile.Write(ref ts.WaitingOn, null);
                }
            }
        }
        return ts.InterruptPending;
    }

    private static PyObject ClockInfo(PyThreadState ts, string impl, bool monotonic, bool adjustable, double resolution)
    {
        var rt = ts.Rt;
        var t = rt.LazyType("time.clock_info_namespace", r =>
        {
            var nt = r.NewBuiltinType("namespace", null, TypeFlags.HasDict);
            Def.Value(r, nt.Dict, "__module__", r.NewStr("types"));
            Def.Method(r, nt, "__repr__", (ts2, a, kw) =>
            {
                var dd = InstanceDictOps<TSync>.DictOf(ts2, a[0]) ?? Ops<TSync>.NewDict(ts2);
                var parts = dd.Snapshot().Select(kv => $"{Ops<TSync>.StrValue(ts2, kv.Key)}={Ops<TSync>.ReprValue(ts2, kv.Value)}");
                return ts2.Rt.NewStr($"namespace({string.Join(", ", parts)})");
            });
            return nt;
        });
        var nd = Ops<TSync>.NewDict(ts);
        var ns = new PyInstance(t);
        ns.InitDict(nd);
        DictOps<TSync>.SetItem(ts, nd, rt.Intern("implementation"), rt.NewStr(impl));
        DictOps<TSync>.SetItem(ts, nd, rt.Intern("monotonic"), rt.NewBool(monotonic));
        DictOps<TSync>.SetItem(ts, nd, rt.Intern("adjustable"), rt.NewBool(adjustable));
        DictOps<TSync>.SetItem(ts, nd, rt.Intern("resolution"), rt.NewFloat(resolution));
        return ns;
    }

    // ------------------------------------------------------------------ struct_time

    /// <summary>A struct_time: the 9 visible fields are the tuple's items; tm_zone and tm_gmtoff are attributes only.</summary>
    public sealed class StructTime : PyTuple
    {
        public PyObject Zone;
        public PyObject GmtOff;

        public StructTime(PyType type, PyObject[] items, PyObject zone, PyObject gmtoff) : base(type, items)
        {
            Zone = zone;
            GmtOff = gmtoff;
        }
    }

    private static readonly string[] s_fields =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    private static PyType StructTimeType(PyRuntime rt) => rt.LazyType("time.struct_time", r =>
    {
        var t = r.NewBuiltinType("struct_time", r.TupleType, TypeFlags.None);
        Def.Value(r, t.Dict, "__module__", r.NewStr("time"));
        Def.Value(r, t.Dict, "n_fields", r.NewInt(11));
        Def.Value(r, t.Dict, "n_sequence_fields", r.NewInt(9));
        Def.Value(r, t.Dict, "n_unnamed_fields", r.NewInt(0));
        for (int i = 0; i < s_fields.Length; i++)
        {
            int idx = i;
            Def.Getter(r, t, s_fields[i], (ts2, o) => ((PyTuple)o).Items[idx]);
        }
        Def.Getter(r, t, "tm_zone", (ts2, o) => o is StructTime st ? st.Zone : ts2.Rt.None);
        Def.Getter(r, t, "tm_gmtoff", (ts2, o) => o is StructTime st ? st.GmtOff : ts2.Rt.None);
        t.New = (ts2, cls, a, kw) => NewStructTime(ts2, cls, a, kw);
        Def.StaticMethod(r, t, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw ts2.Rt.TypeError("struct_time.__new__(X): X is not a type object");
            return NewStructTime(ts2, cls, a[1..], kw);
        });
        Def.Method(r, t, "__repr__", (ts2, a, kw) =>
        {
            var tup = (PyTuple)a[0];
            var parts = s_fields.Select((f, i) => $"{f}={Ops<TSync>.ReprValue(ts2, tup.Items[i])}");
            return ts2.Rt.NewStr($"time.struct_time({string.Join(", ", parts)})");
        });
        Def.Method(r, t, "__reduce__", (ts2, a, kw) =>
        {
            var st = (PyTuple)a[0];
            var items = st.Items.ToList();
            if (st is StructTime s)
            {
                items.Add(s.Zone);
                items.Add(s.GmtOff);
            }
            return Ops<TSync>.NewTuple(ts2, [st.Type, Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewTuple(ts2, items.ToArray())])]);
        });
        return t;
    });

    private static PyObject NewStructTime(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var bound = Args.Bind(ts, "struct_time", a, kw, ["sequence", "dict"], 1);
        var items = Ops<TSync>.ToArray(ts, bound[0]!);
        if (items.Length < 9)
            throw rt.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
        if (items.Length > 11)
            throw rt.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
        var visible = items[..9];
        foreach (var o in items)
        {
            if (!o.IsImmortal) TSync.IncRef(ts, o);
        }
        // tm_zone/tm_gmtoff keep their (possibly counted) reference for the object's life.
        return new StructTime(cls, visible, items.Length > 9 ? items[9] : rt.None, items.Length > 10 ? items[10] : rt.None);
    }

    private static PyObject MakeStructTime(PyThreadState ts, Tm tm)
    {
        var rt = ts.Rt;
        var items = new PyObject[]
        {
            rt.NewInt(tm.Year), rt.NewInt(tm.Mon + 1), rt.NewInt(tm.MDay), rt.NewInt(tm.Hour), rt.NewInt(tm.Min), rt.NewInt(tm.Sec),
            rt.NewInt((tm.WDay + 6) % 7), rt.NewInt(tm.YDay + 1), rt.NewInt(tm.IsDst),
        };
        var st = new StructTime(StructTimeType(rt), items, tm.Zone != null ? rt.NewStr(tm.Zone) : rt.None, rt.NewInt(tm.GmtOff));
        st.MakeImmortal(); // all items are immortal ints/strs
        return st;
    }

    // ------------------------------------------------------------------ calendar arithmetic

    /// <summary>A C struct tm (year is the full year, months 0-11, wday 0 = Sunday, yday 0-365).</summary>
    public struct Tm
    {
        public long Year;
        public int Mon, MDay, Hour, Min, Sec, WDay, YDay, IsDst;
        public long GmtOff;
        public string? Zone;
    }

    /// <summary>A timestamp object to time_t, rounding floats toward minus infinity (CPython's _PyTime_ObjectToTime_t).</summary>
    private static long ToTimeT(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        if (o is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v)) throw rt.ValueError("Invalid value NaN (not a number)");
            v = Math.Floor(v);
            if (!(v >= -9.2233720368547758e18 && v < 9.2233720368547758e18))
                throw rt.OverflowError("timestamp out of range for platform time_t");
            return (long)v;
        }
        var i = Ops<TSync>.Index(ts, o);
        if (i.IsBig) throw rt.OverflowError("timestamp out of range for platform time_t");
        return i.Small;
    }

    private static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static (long Y, int M, int D) CivilFromDays(long z)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    private static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>UTC broken-down time of t (seconds since the epoch) plus an offset.</summary>
    private static Tm Broken(PyThreadState ts, long t, long offset, string? zone, int isDst)
    {
        long local = t + offset;
        long days = Math.DivRem(local, 86400L, out long rem);
        if (rem < 0)
        {
            rem += 86400;
            days--;
        }
        var (y, m, d) = CivilFromDays(days);
        if (y > int.MaxValue - 1900 || y < int.MinValue + 1900)
            throw ts.Rt.OverflowError("timestamp out of range for platform time_t");
        return new Tm
        {
            Year = y, Mon = m - 1, MDay = d,
            Hour = (int)(rem / 3600), Min = (int)(rem / 60 % 60), Sec = (int)(rem % 60),
            WDay = (int)(((days + 4) % 7 + 7) % 7),
            YDay = (int)(days - DaysFromCivil(y, 1, 1)),
            IsDst = isDst, GmtOff = offset, Zone = zone,
        };
    }

    private static Tm GmTime(PyThreadState ts, long t) => Broken(ts, t, 0, "GMT", 0);

    private static Tm LocalTime(PyThreadState ts, long t)
    {
        if (TimeNative.TryLocalTime(t, out var c))
        {
            return new Tm
            {
                Year = c.Year1900 + 1900L, Mon = c.Mon, MDay = c.MDay, Hour = c.Hour, Min = c.Min, Sec = c.Sec,
                WDay = c.WDay, YDay = c.YDay, IsDst = c.IsDst, GmtOff = c.GmtOff, Zone = c.Zone,
            };
        }
        if (TimeNative.LibcAvailable) throw ts.Rt.OverflowError("timestamp out of range for platform time_t");
        var tz = TimeZoneInfo.Local;
        TimeSpan off;
        bool dst = false;
        if (t > -62135596800L && t < 253402300799L)
        {
            var dto = DateTimeOffset.FromUnixTimeSeconds(t);
            off = tz.GetUtcOffset(dto);
            dst = tz.IsDaylightSavingTime(dto);
        }
        else off = tz.BaseUtcOffset;
        return Broken(ts, t, (long)off.TotalSeconds, dst ? tz.DaylightName : tz.StandardName, dst ? 1 : 0);
    }

    private static double MkTime(PyThreadState ts, Tm tm)
    {
        if (TimeNative.TryMkTime(tm.Year, tm.Mon, tm.MDay, tm.Hour, tm.Min, tm.Sec, tm.IsDst, out long r, out bool ok))
        {
            if (!ok) throw ts.Rt.OverflowError("mktime argument out of range");
            return r;
        }
        // Managed fallback: normalise the fields as local civil time, then subtract the offset.
        long mon = tm.Mon;
        long year = tm.Year + Math.DivRem(mon, 12L).Quotient;
        mon %= 12;
        if (mon < 0)
        {
            mon += 12;
            year--;
        }
        long days = DaysFromCivil(year, mon + 1, 1) + tm.MDay - 1;
        long local = days * 86400 + tm.Hour * 3600L + tm.Min * 60L + tm.Sec;
        var tz = TimeZoneInfo.Local;
        long guess = local - (long)tz.BaseUtcOffset.TotalSeconds;
        if (guess > -62135596800L && guess < 253402300799L)
            guess = local - (long)tz.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(guess)).TotalSeconds;
        return guess;
    }

    /// <summary>CPython's gettmarg: a 9-tuple or struct_time to a struct tm.</summary>
    private static Tm GetTmArg(PyThreadState ts, PyObject o, string fname)
    {
        var rt = ts.Rt;
        if (o is not PyTuple tup) throw rt.TypeError("Tuple or struct_time argument required");
        if (tup.Count != 9) throw rt.TypeError($"{fname}(): illegal time tuple argument");
        var v = new long[9];
        for (int i = 0; i < 9; i++)
        {
            var x = tup.Items[i];
            if (x is PyFloat) throw rt.TypeError("'float' object cannot be interpreted as an integer");
            var pi = Ops<TSync>.Index(ts, x);
            if (pi.IsBig || pi.Small > int.MaxValue || pi.Small < int.MinValue)
                throw rt.OverflowError(pi.IsBig || pi.Small > int.MaxValue ? "signed integer is greater than maximum" : "signed integer is less than minimum");
            v[i] = pi.Small;
        }
        var tm = new Tm
        {
            Year = v[0], Mon = (int)v[1] - 1, MDay = (int)v[2], Hour = (int)v[3], Min = (int)v[4], Sec = (int)v[5],
            WDay = (int)((v[6] + 1) % 7), YDay = (int)v[7] - 1, IsDst = (int)v[8],
        };
        if (o is StructTime st)
        {
            if (st.Zone is PyStr z) tm.Zone = z.Value;
            if (st.GmtOff is PyInt g && !g.IsBig) tm.GmtOff = g.Small;
        }
        return tm;
    }

    /// <summary>CPython's checktm plus strftime's normalisation of zero fields.</summary>
    private static void CheckTm(PyThreadState ts, ref Tm tm)
    {
        var rt = ts.Rt;
        if (tm.Mon == -1) tm.Mon = 0;
        else if (tm.Mon < 0 || tm.Mon > 11) throw rt.ValueError("month out of range");
        if (tm.MDay == 0) tm.MDay = 1;
        else if (tm.MDay < 0 || tm.MDay > 31) throw rt.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw rt.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw rt.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw rt.ValueError("seconds out of range");
        if (tm.WDay < 0) throw rt.ValueError("day of week out of range");
        if (tm.YDay == -1) tm.YDay = 0;
        else if (tm.YDay < 0 || tm.YDay > 365) throw rt.ValueError("day of year out of range");
        if (tm.IsDst < -1) tm.IsDst = -1;
        else if (tm.IsDst > 1) tm.IsDst = 1;
    }

    private static readonly string[] s_wdayAbbr = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] s_wdayFull = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] s_monAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] s_monFull =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string AscTime(Tm tm) =>
        $"{s_wdayAbbr[((tm.WDay % 7) + 7) % 7]} {s_monAbbr[((tm.Mon % 12) + 12) % 12]}{tm.MDay,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {tm.Year}";

    // ------------------------------------------------------------------ strftime (C locale, glibc conventions)

    private static string Strftime(PyThreadState ts, string fmt, Tm tm)
    {
        var sb = new System.Text.StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char pad = '\0';
            bool upcase = false, swapcase = false;
            while (i < fmt.Length && fmt[i] is '_' or '-' or '0' or '^' or '#' or '+')
            {
                if (fmt[i] == '^') upcase = true;
                else if (fmt[i] == '#') swapcase = true;
                else pad = fmt[i];
                i++;
            }
            int width = -1;
            while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
            {
                width = Math.Max(0, width) * 10 + (fmt[i] - '0');
                if (width > 1024) width = 1024;
                i++;
            }
            if (i < fmt.Length && fmt[i] is 'E' or 'O') i++;
            if (i >= fmt.Length)
            {
                sb.Append(fmt, start, fmt.Length - start);
                break;
            }
            char conv = fmt[i++];

            void Num(long value, int digits, char defPad = '0')
            {
                char p = pad == '\0' || pad == '+' ? defPad : pad;
                string s = Math.Abs(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                int w = width >= 0 ? width : digits;
                if (width >= 0 && (pad == '\0' || pad == '+')) p = '0';
                bool neg = value < 0;
                if (p == '-') w = 0;
                int fill = w - s.Length - (neg ? 1 : 0);
                if (p == '_' || p == ' ')
                {
                    if (fill > 0) sb.Append(' ', fill);
                    if (neg) sb.Append('-');
                }
                else
                {
                    if (neg) sb.Append('-');
                    if (fill > 0) sb.Append('0', fill);
                }
                sb.Append(s);
            }

            void Str(string s, bool lowerOnSwap = false)
            {
                if (upcase) s = s.ToUpperInvariant();
                else if (swapcase) s = lowerOnSwap ? s.ToLowerInvariant() : s.ToUpperInvariant();
                if (width > s.Length) sb.Append(pad == '0' || pad == '+' ? '0' : ' ', width - s.Length);
                sb.Append(s);
            }

            void Sub(string f) => Str(Strftime(ts, f, tm));

            int wday = ((tm.WDay % 7) + 7) % 7;
            switch (conv)
            {
                case '%': Str("%"); break;
                case 'a': Str(s_wdayAbbr[wday]); break;
                case 'A': Str(s_wdayFull[wday]); break;
                case 'b': case 'h': Str(s_monAbbr[((tm.Mon % 12) + 12) % 12]); break;
                case 'B': Str(s_monFull[((tm.Mon % 12) + 12) % 12]); break;
                case 'c': Sub("%a %b %e %H:%M:%S %Y"); break;
                case 'C':
                {
                    long year = tm.Year;
                    long century = year / 100 - (year % 100 < 0 ? 1 : 0);
                    Num(century, 1);
                    break;
                }
                case 'd': Num(tm.MDay, 2); break;
                case 'D': Sub("%m/%d/%y"); break;
                case 'e': Num(tm.MDay, 2, '_'); break;
                case 'F': Sub("%Y-%m-%d"); break;
                case 'H': Num(tm.Hour, 2); break;
                case 'I': Num((tm.Hour % 12) == 0 ? 12 : tm.Hour % 12, 2); break;
                case 'j': Num(tm.YDay + 1, 3); break;
                case 'k': Num(tm.Hour, 2, '_'); break;
                case 'l': Num((tm.Hour % 12) == 0 ? 12 : tm.Hour % 12, 2, '_'); break;
                case 'm': Num(tm.Mon + 1, 2); break;
                case 'M': Num(tm.Min, 2); break;
                case 'n': Str("\n"); break;
                case 't': Str("\t"); break;
                case 'p': Str(tm.Hour >= 12 ? "PM" : "AM", lowerOnSwap: true); break;
                case 'P': Str(tm.Hour >= 12 ? "pm" : "am"); break;
                case 'r': Sub("%I:%M:%S %p"); break;
                case 'R': Sub("%H:%M"); break;
                case 's':
                {
                    double secs;
                    try
                    {
                        secs = MkTime(ts, tm);
                    }
                    catch (PyException)
                    {
                        secs = -1;
                    }
                    Num((long)secs, 1);
                    break;
                }
                case 'S': Num(tm.Sec, 2); break;
                case 'T': Sub("%H:%M:%S"); break;
                case 'u': Num((wday + 6) % 7 + 1, 1); break;
                case 'U': Num((tm.YDay - wday + 7) / 7, 2); break;
                case 'w': Num(wday, 1); break;
                case 'W': Num((tm.YDay - (wday - 1 + 7) % 7 + 7) / 7, 2); break;
                case 'V': case 'g': case 'G':
                {
                    long year = tm.Year;
                    int days = IsoWeekDays(tm.YDay, wday);
                    if (days < 0)
                    {
                        year--;
                        days = IsoWeekDays(tm.YDay + (365 + (IsLeap(year) ? 1 : 0)), wday);
                    }
                    else
                    {
                        int dd = IsoWeekDays(tm.YDay - (365 + (IsLeap(year) ? 1 : 0)), wday);
                        if (dd >= 0)
                        {
                            year++;
                            days = dd;
                        }
                    }
                    if (conv == 'g') Num(((year % 100) + 100) % 100, 2);
                    else if (conv == 'G') Num(year, 1);
                    else Num(days / 7 + 1, 2);
                    break;
                }
                case 'x': Sub("%m/%d/%y"); break;
                case 'X': Sub("%H:%M:%S"); break;
                case 'y': Num(((tm.Year % 100) + 100) % 100, 2); break;
                case 'Y': Num(tm.Year, 1); break;
                case 'z':
                {
                    if (tm.IsDst < 0) break;
                    long off = tm.GmtOff;
                    sb.Append(off < 0 ? '-' : '+');
                    off = Math.Abs(off) / 60;
                    sb.Append((off / 60).ToString("00")).Append((off % 60).ToString("00"));
                    break;
                }
                case 'Z':
                {
                    string? zone = tm.Zone;
                    if (string.IsNullOrEmpty(zone) && tm.IsDst >= 0)
                    {
                        var (tzStd, tzDst, _, _, _) = ZoneInfo(ts);
                        zone = tm.IsDst != 0 ? tzDst : tzStd;
                    }
                    Str(zone ?? "", lowerOnSwap: true);
                    break;
                }
                default:
                    sb.Append(fmt, start, i - start);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int IsoWeekDays(int yday, int wday)
    {
        const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    /// <summary>(tzname[0], tzname[1], timezone, altzone, daylight), as CPython's init_timezone computes them.</summary>
    private static (string Std, string Dst, long Timezone, long Altzone, int Daylight) ZoneInfo(PyThreadState ts)
    {
        long year = Broken(ts, NowSeconds(), 0, null, 0).Year;
        long jan = DaysFromCivil(year, 1, 1) * 86400;
        long jul = DaysFromCivil(year, 7, 1) * 86400;
        var tj = LocalTime(ts, jan);
        var tl = LocalTime(ts, jul);
        long janzone = -tj.GmtOff, julzone = -tl.GmtOff;
        string janname = tj.Zone ?? "   ", julname = tl.Zone ?? "   ";
        if (janzone < julzone)
            return (julname, janname, julzone, janzone, janzone != julzone ? 1 : 0); // southern hemisphere
        return (janname, julname, janzone, julzone, janzone != julzone ? 1 : 0);
    }
}

/// <summary>libc's localtime_r/mktime and the CPU-time clocks (Unix); P/Invoke cannot live in a generic type.</summary>
internal static unsafe class TimeNative
{
    [StructLayout(LayoutKind.Sequential)]
    private struct CTm
    {
        public int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
        public nint tm_gmtoff;
        public nint tm_zone;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public nint tv_sec;
        public nint tv_nsec;
    }

    private static readonly delegate* unmanaged<long*, CTm*, CTm*> s_localtime;
    private static readonly delegate* unmanaged<CTm*, long> s_mktime;
    private static readonly delegate* unmanaged<void> s_tzset;
    private static readonly delegate* unmanaged<int, Timespec*, int> s_clockGettime;
    private static readonly object s_lock = new();

    static TimeNative()
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8) return;
        if (!NativeLibrary.TryLoad("libc.so.6", out var h) && !NativeLibrary.TryLoad("libc", out h)) return;
        if (NativeLibrary.TryGetExport(h, "localtime_r", out var p1) && NativeLibrary.TryGetExport(h, "mktime", out var p2) &&
            NativeLibrary.TryGetExport(h, "tzset", out var p3))
        {
            s_localtime = (delegate* unmanaged<long*, CTm*, CTm*>)p1;
            s_mktime = (delegate* unmanaged<CTm*, long>)p2;
            s_tzset = (delegate* unmanaged<void>)p3;
            s_tzset();
        }
        if (NativeLibrary.TryGetExport(h, "clock_gettime", out var p4))
            s_clockGettime = (delegate* unmanaged<int, Timespec*, int>)p4;
    }

    public static bool LibcAvailable => s_localtime != null;

    public static bool TryLocalTime(long t, out CTmView tm)
    {
        tm = default;
        if (s_localtime == null) return false;
        CTm c;
        if (s_localtime(&t, &c) == null) return false;
        tm = new CTmView(c.tm_year, c.tm_mon, c.tm_mday, c.tm_hour, c.tm_min, c.tm_sec, c.tm_wday, c.tm_yday, c.tm_isdst, c.tm_gmtoff,
            c.tm_zone == 0 ? null : Marshal.PtrToStringUTF8(c.tm_zone));
        return true;
    }

    /// <summary>mktime; returns false if libc is not available. ok = false when out of range.</summary>
    public static bool TryMkTime(long year, int mon, int mday, int hour, int min, int sec, int isdst, out long result, out bool ok)
    {
        result = 0;
        ok = false;
        if (s_mktime == null) return false;
        if (year - 1900 > int.MaxValue || year - 1900 < int.MinValue) return true;
        var c = new CTm
        {
            tm_year = (int)(year - 1900), tm_mon = mon, tm_mday = mday, tm_hour = hour, tm_min = min, tm_sec = sec,
            tm_isdst = isdst, tm_wday = -1,
        };
        lock (s_lock) result = s_mktime(&c);
        ok = !(result == -1 && c.tm_wday == -1);
        return true;
    }

    public static long ProcessCpuNs() => ClockNs(2) ?? Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;

    public static long ThreadCpuNs() => ClockNs(3) ?? Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;

    private static long? ClockNs(int clock)
    {
        if (s_clockGettime == null) return null;
        Timespec t;
        if (s_clockGettime(clock, &t) != 0) return null;
        return (long)t.tv_sec * 1_000_000_000L + t.tv_nsec;
    }
}

/// <summary>A struct tm read from libc.</summary>
internal readonly record struct CTmView(int Year1900, int Mon, int MDay, int Hour, int Min, int Sec, int WDay, int YDay, int IsDst, long GmtOff, string? Zone);
