// int: the non-arithmetic methods (bit_length, to_bytes, from_bytes, __round__, __format__, ...)
// and the bool type.
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    private static void InstallIntMethods(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.IntType;
        Un(rt, t, "__trunc__", ExactInt, wrapper: false);
        Un(rt, t, "__floor__", ExactInt, wrapper: false);
        Un(rt, t, "__ceil__", ExactInt, wrapper: false);
        Un(rt, t, "conjugate", ExactInt, wrapper: false);
        Un(rt, t, "is_integer", (ts2, x) => ts2.Rt.True, wrapper: false);
        Un(rt, t, "bit_length", (ts2, x) => ts2.Rt.NewInt(BitLength((PyInt)x)), wrapper: false);
        Un(rt, t, "bit_count", (ts2, x) => ts2.Rt.NewInt(BitCount((PyInt)x)), wrapper: false);
        Un(rt, t, "as_integer_ratio", (ts2, x) => Ops<TSync>.NewTuple(ts2, [ExactInt(ts2, x), ts2.Rt.NewInt(1)]), wrapper: false);
        Un(rt, t, "__getnewargs__", (ts2, x) => Ops<TSync>.NewTuple(ts2, [ExactInt(ts2, x)]), wrapper: false);
        Un(rt, t, "__sizeof__", (ts2, x) => ts2.Rt.NewInt(24 + 4 * Math.Max(1, IntMath.CpythonDigitCount((PyInt)x))), wrapper: false);
        Def.Getter(rt, t, "real", (ts2, x) => ExactInt(ts2, x));
        Def.Getter(rt, t, "imag", (ts2, x) => ts2.Rt.NewInt(0));
        Def.Getter(rt, t, "numerator", (ts2, x) => ExactInt(ts2, x));
        Def.Getter(rt, t, "denominator", (ts2, x) => ts2.Rt.NewInt(1));

        Def.Method(rt, t, "__round__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "int.__round__", kw);
            if (a.Length > 2) throw ts2.Rt.TypeError($"__round__ expected at most 1 argument, got {a.Length - 1}");
            if (a.Length == 1) return ExactInt(ts2, a[0]);
            return IntRound(ts2, (PyInt)a[0], Ops<TSync>.Index(ts2, a[1]));
        });
        Def.Method(rt, t, "__format__", (ts2, a, kw) =>
        {
            var spec = SpecArg(ts2, a, kw, "int");
            var self = (PyInt)a[0];
            if (spec.Length == 0)
                return self.Type == ts2.Rt.IntType ? ts2.Rt.NewStr(IntMath.ToDecimal(ts2.Rt, self)) : Ops<TSync>.Str(ts2, self);
            return ts2.Rt.NewStr(FormatSpec.FormatInt(ts2, BigOf(self), spec, self.Type.Name));
        });
        Def.Method(rt, t, "to_bytes", ToBytes);
        Def.ClassMethod(rt, t, "from_bytes", FromBytes);
    }

    public static long BitLength(PyInt i)
    {
        if (i.IsBig) return (long)BigInteger.Abs(i.BigValue!.Value).GetBitLength();
        long v = i.Small;
        ulong u = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        return 64 - BitOperations.LeadingZeroCount(u);
    }

    private static long BitCount(PyInt i)
    {
        if (!i.IsBig)
        {
            long v = i.Small;
            ulong u = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            return BitOperations.PopCount(u);
        }
        long n = 0;
        foreach (var b in BigInteger.Abs(i.BigValue!.Value).ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
        return n;
    }

    private static PyObject IntRound(PyThreadState ts, PyInt self, PyInt ndigits)
    {
        var rt = ts.Rt;
        if (ndigits.IsBig ? ndigits.BigValue!.Value.Sign >= 0 : ndigits.Small >= 0) return ExactInt(ts, self);
        var v = BigOf(self);
        // 10**k with k > number of digits of v rounds everything to 0 (|v| < 10**k / 2).
        var kBig = -BigOf(ndigits);
        long digitsBound = (long)(BigInteger.Abs(v).GetBitLength() * 0.30103) + 2;
        if (kBig > digitsBound) return rt.NewInt(0);
        var pow = BigInteger.Pow(10, (int)kBig);
        IntMath.DivmodNear(v, pow, out var rem);
        return rt.NewInt(v - rem);
    }

    private static readonly string[] s_toBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] s_fromBytesNames = ["bytes", "byteorder", "signed"];

    private static bool ByteOrderArg(PyThreadState ts, PyObject? o, string fname)
    {
        if (o == null) return true;
        if (o is not PyStr s) throw ts.Rt.TypeError($"{fname}() argument 'byteorder' must be str, not {o.Type.Name}");
        if (s.Value == "big") return true;
        if (s.Value == "little") return false;
        throw ts.Rt.ValueError("byteorder must be either 'little' or 'big'");
    }

    private static PyObject ToBytes(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        int npos = a.Length - 1 - (kw?.Count ?? 0);
        if (npos > 2) throw rt.TypeError($"to_bytes() takes at most 2 positional arguments ({npos} given)");
        var b = Args.Bind(ts, "to_bytes", a.Slice(1), kw, s_toBytesNames, 0, 0, 2);
        long length = 1;
        if (b[0] != null)
        {
            var li = Ops<TSync>.Index(ts, b[0]!);
            if (li.IsBig || li.Small < 0)
            {
                if (li.IsBig && li.BigValue!.Value.Sign > 0) throw rt.OverflowError("Python int too large to convert to C ssize_t");
                throw rt.ValueError("length argument must be non-negative");
            }
            length = li.Small;
        }
        bool big = ByteOrderArg(ts, b[1], "to_bytes");
        bool signed = b[2] != null && Ops<TSync>.IsTrue(ts, b[2]!);
        var v = BigOf((PyInt)a[0]);
        if (!signed && v.Sign < 0) throw rt.OverflowError("can't convert negative int to unsigned");
        byte[] raw = v.IsZero ? [] : v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        // ToByteArray gives the minimal two's complement (signed) or magnitude (unsigned).
        if (raw.Length > length) throw rt.OverflowError("int too big to convert");
        var res = new byte[length];
        byte fill = (byte)(v.Sign < 0 ? 0xFF : 0);
        for (long i = 0; i < length; i++) res[i] = i < raw.Length ? raw[i] : fill;
        if (big) Array.Reverse(res);
        return rt.NewBytes(res);
    }

    private static PyObject FromBytes(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var cls = (PyType)a[0];
        int npos = a.Length - 1 - (kw?.Count ?? 0);
        if (npos > 2) throw rt.TypeError($"from_bytes() takes at most 2 positional arguments ({npos} given)");
        var b = Args.Bind(ts, "from_bytes", a.Slice(1), kw, s_fromBytesNames, 1, 0, 2);
        bool big = ByteOrderArg(ts, b[1], "from_bytes");
        bool signed = b[2] != null && Ops<TSync>.IsTrue(ts, b[2]!);
        byte[] data = BytesOf(ts, b[0]!);
        var v = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: big);
        if (cls == rt.IntType) return rt.NewInt(v);
        return Ops<TSync>.Call(ts, cls, [rt.NewInt(v)], null);
    }

    /// <summary>bytes(o) for int.from_bytes: bytes-like objects or iterables of ints in range(256).</summary>
    private static byte[] BytesOf(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        switch (o)
        {
            case PyBytes pb: return pb.Value;
            case PyByteArray ba: return ba.ToArray();
            case PyStr: throw rt.TypeError("cannot convert 'str' object to bytes");
        }
        var bm = o.Type.Lookup(rt.Intern("__bytes__"));
        if (bm != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, bm, o, []);
            if (r is PyBytes rb) return rb.Value;
            throw rt.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        if (!Ops<TSync>.IsIterable(ts, o)) throw rt.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        var items = Ops<TSync>.ToArray(ts, o);
        var res = new byte[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyInt && items[i].Type.Lookup(rt.Intern("__index__")) == null)
                throw rt.TypeError($"'{items[i].Type.Name}' object cannot be interpreted as an integer");
            var iv = Ops<TSync>.Index(ts, items[i]);
            if (iv.IsBig || iv.Small < 0 || iv.Small > 255) throw rt.ValueError("bytes must be in range(0, 256)");
            res[i] = (byte)iv.Small;
        }
        return res;
    }

    // ------------------------------------------------------------------ bool

    private static void InstallBool(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.BoolType;
        t.New = (ts2, cls, a, kw) => BoolNew(ts2, a, kw);
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            NewCls(ts2, "bool", ts2.Rt.BoolType, a);
            return BoolNew(ts2, a.Slice(1), kw);
        });
        Un(rt, t, "__repr__", (ts2, x) => ts2.Rt.NewStr(((PyInt)x).Small != 0 ? "True" : "False"));
        Un(rt, t, "__invert__", (ts2, x) =>
        {
            Warnings<TSync>.Warn(ts2, "DeprecationWarning", "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. "
                + "This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. "
                + "Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.");
            return ts2.Rt.NewInt(~((PyInt)x).Small);
        });
        (string Name, int Op)[] ops = [("and", OpAnd), ("or", OpOr), ("xor", OpXor)];
        foreach (var (name, op) in ops)
        {
            int o = op;
            Bin(rt, t, $"__{name}__", (ts2, x, y) => BoolOp(ts2, x, y, o));
            Bin(rt, t, $"__r{name}__", (ts2, x, y) => BoolOp(ts2, y, x, o));
        }
    }

    private static PyObject BoolNew(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError("bool() takes no keyword arguments");
        if (a.Length > 1) throw ts.Rt.TypeError($"bool expected at most 1 argument, got {a.Length}");
        return a.Length == 0 ? ts.Rt.False : ts.Rt.NewBool(Ops<TSync>.IsTrue(ts, a[0]));
    }

    private static PyObject BoolOp(PyThreadState ts, PyObject x, PyObject y, int op)
    {
        if (x is PyBool bx && y is PyBool by)
        {
            return ts.Rt.NewBool(op switch
            {
                OpAnd => bx.Value & by.Value,
                OpOr => bx.Value | by.Value,
                _ => bx.Value ^ by.Value,
            });
        }
        if (x is not PyInt ix || y is not PyInt iy) return ts.Rt.NotImplemented;
        return IntOp(ts, ix, iy, op);
    }
}
