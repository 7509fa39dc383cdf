// bytes/bytearray: ASCII case conversion, the is* predicates and padding.
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync>
{
    private static bool IsLowerB(byte c) => (uint)(c - 'a') <= 'z' - 'a';
    private static bool IsUpperB(byte c) => (uint)(c - 'A') <= 'Z' - 'A';
    private static bool IsAlphaB(byte c) => IsLowerB(c) || IsUpperB(c);
    private static bool IsDigitB(byte c) => (uint)(c - '0') <= 9;
    private static byte ToUpperB(byte c) => IsLowerB(c) ? (byte)(c - 32) : c;
    private static byte ToLowerB(byte c) => IsUpperB(c) ? (byte)(c + 32) : c;

    private static void InstallCaseAndPad(PyThreadState ts, PyType t, bool isBa)
    {
        var rt = ts.Rt;
        string tn = isBa ? "bytearray" : "bytes";
        void NoArgs(PyThreadState ts2, string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
        {
            if (kw != null && kw.Count > 0) throw ts2.Rt.TypeError($"{tn}.{name}() takes no keyword arguments");
            if (a.Length != 1) throw ts2.Rt.TypeError($"{tn}.{name}() takes no arguments ({a.Length - 1} given)");
        }
        void Map(string name, Func<byte[], byte[]> f)
        {
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                NoArgs(ts2, name, a, kw);
                return Make(ts2, a[0], f(Data(a[0]).ToArray()));
            });
        }
        Map("upper", d => { for (int i = 0; i < d.Length; i++) d[i] = ToUpperB(d[i]); return d; });
        Map("lower", d => { for (int i = 0; i < d.Length; i++) d[i] = ToLowerB(d[i]); return d; });
        Map("swapcase", d => { for (int i = 0; i < d.Length; i++) d[i] = IsUpperB(d[i]) ? ToLowerB(d[i]) : ToUpperB(d[i]); return d; });
        Map("capitalize", d => { for (int i = 0; i < d.Length; i++) d[i] = i == 0 ? ToUpperB(d[i]) : ToLowerB(d[i]); return d; });
        Map("title", d =>
        {
            bool prevCased = false;
            for (int i = 0; i < d.Length; i++)
            {
                byte c = d[i];
                d[i] = prevCased ? ToLowerB(c) : ToUpperB(c);
                prevCased = IsAlphaB(c);
            }
            return d;
        });
        void Pred(string name, Func<ReadOnlySpan<byte>, bool> f)
        {
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                NoArgs(ts2, name, a, kw);
                return ts2.Rt.NewBool(f(Data(a[0])));
            });
        }
        Pred("isascii", d => System.Text.Ascii.IsValid(d));
        Pred("isalpha", d => d.Length > 0 && AllB(d, IsAlphaB));
        Pred("isdigit", d => d.Length > 0 && AllB(d, IsDigitB));
        Pred("isalnum", d => d.Length > 0 && AllB(d, c => IsAlphaB(c) || IsDigitB(c)));
        Pred("isspace", d => d.Length > 0 && AllB(d, IsAsciiSpace));
        Pred("islower", d =>
        {
            bool cased = false;
            foreach (byte c in d)
            {
                if (IsUpperB(c)) return false;
                if (IsLowerB(c)) cased = true;
            }
            return cased;
        });
        Pred("isupper", d =>
        {
            bool cased = false;
            foreach (byte c in d)
            {
                if (IsLowerB(c)) return false;
                if (IsUpperB(c)) cased = true;
            }
            return cased;
        });
        Pred("istitle", d =>
        {
            bool cased = false, prev = false;
            foreach (byte c in d)
            {
                if (IsUpperB(c))
                {
                    if (prev) return false;
                    prev = cased = true;
                }
                else if (IsLowerB(c))
                {
                    if (!prev) return false;
                    prev = cased = true;
                }
                else prev = false;
            }
            return cased;
        });

        Def.Method(rt, t, "center", (ts2, a, kw) => Pad(ts2, a, kw, "center"));
        Def.Method(rt, t, "ljust", (ts2, a, kw) => Pad(ts2, a, kw, "ljust"));
        Def.Method(rt, t, "rjust", (ts2, a, kw) => Pad(ts2, a, kw, "rjust"));
        Def.Method(rt, t, "zfill", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "zfill", kw);
            Args.Count(ts2, "zfill", a.Length - 1, 1, 1);
            var data = Data(a[0]);
            long width = SeqIndex<TSync>.AsSsize(ts2, a[1]);
            if (width <= data.Length) return Same(ts2, a[0]);
            if (width > int.MaxValue / 2) throw ts2.Rt.MemoryError();
            var res = new byte[width];
            int fill = (int)width - data.Length;
            res.AsSpan(0, fill).Fill((byte)'0');
            data.CopyTo(res.AsSpan(fill));
            if (data.Length > 0 && (data[0] == '+' || data[0] == '-'))
            {
                res[0] = data[0];
                res[fill] = (byte)'0';
            }
            return Make(ts2, a[0], res);
        });
        Def.Method(rt, t, "expandtabs", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "expandtabs", a[1..], kw, ["tabsize"], 0);
            long tabsize = b[0] == null ? 8 : SeqIndex<TSync>.AsSsize(ts2, b[0]!);
            var data = Data(a[0]);
            var buf = new ByteBuf(data.Length);
            long col = 0;
            foreach (byte c in data)
            {
                if (c == '\t')
                {
                    if (tabsize > 0)
                    {
                        long inc = tabsize - col % tabsize;
                        if (inc > int.MaxValue / 2 || buf.Length + inc > int.MaxValue / 2) throw ts2.Rt.MemoryError();
                        col += inc;
                        buf.AddFill((byte)' ', (int)inc);
                    }
                    continue;
                }
                buf.Add(c);
                col++;
                if (c is (byte)'\n' or (byte)'\r') col = 0;
            }
            return Make(ts2, a[0], buf.ToArray());
        });
    }

    private static bool AllB(ReadOnlySpan<byte> d, Func<byte, bool> f)
    {
        foreach (byte c in d) if (!f(c)) return false;
        return true;
    }

    private static PyObject Pad(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 2);
        var data = Data(a[0]);
        long width = SeqIndex<TSync>.AsSsize(ts, a[1]);
        byte fill = (byte)' ';
        if (a.Length > 2)
        {
            if (BufferOf(a[2]) is { Length: 1 } f) fill = f.Span[0];
            else throw rt.TypeError($"{name}() argument 2 must be a byte string of length 1, not {ArgNames.Of(ts, a[2])}");
        }
        if (width <= data.Length) return Same(ts, a[0]);
        if (width > int.MaxValue / 2) throw rt.MemoryError();
        long marg = width - data.Length;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        var res = new byte[width];
        res.AsSpan(0, (int)left).Fill(fill);
        data.CopyTo(res.AsSpan((int)left));
        res.AsSpan((int)left + data.Length).Fill(fill);
        return Make(ts, a[0], res);
    }
}
