// The struct module (also _struct): pack/unpack/calcsize/iter_unpack/pack_into/unpack_from and
// the Struct type, with native ('@') and standard ('=', '<', '>', '!') sizes, alignment and byte
// orders, and CPython's struct.error messages.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public sealed class StructFormat
{
    public readonly struct Item
    {
        public readonly char Code;
        public readonly int Count;      // repeat count, values at Offset + k * Size (for 's'/'p': the byte length of one value)
        public readonly int Offset;
        public readonly int Size;       // size of one element

        public Item(char code, int count, int offset, int size)
        {
            Code = code;
            Count = count;
            Offset = offset;
            Size = size;
        }
    }

    public string Format = "";
    public bool LittleEndian;
    public bool Native;                 // '@': native sizes and alignment
    public int Size;
    public int NValues;                 // number of values packed/unpacked
    public Item[] Items = [];           // one per format code, with its repeat count (as CPython's formatcode)

    /// <summary>How many values an item packs: one string, or Count numbers.</summary>
    public static int Values(in Item it) => it.Code is 's' or 'p' ? 1 : it.Count;
}

public static class StructModule<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, PyType> s_error = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, PyType> s_structType = new();

    private static PyType ErrorType(PyThreadState ts) => s_error.GetValue(ts.Rt, _ =>
    {
        var t = TypeOps<TSync>.NewClass(ts, ts.Rt.TypeType, "error", [ts.Rt.ExceptionTypes["Exception"]], Ops<TSync>.NewDict(ts), null);
        DictOps<TSync>.SetItem(ts, t.Dict, ts.Rt.Intern("__module__"), ts.Rt.NewStr("struct"));
        return t;
    });

    private static PyException Error(PyThreadState ts, string msg) => new(ts.Rt.NewException(ErrorType(ts), msg));

    public static PyModule Create(PyThreadState ts) => Create(ts, "struct");

    public static PyModule CreatePrivate(PyThreadState ts) => Create(ts, "_struct");

    private static PyModule Create(PyThreadState ts, string name)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, name, out var d);
        Def.Value(rt, d, "error", ErrorType(ts));
        var st = StructType(ts);
        Def.Value(rt, d, "Struct", st);
        Def.Function(rt, d, "calcsize", (ts2, a, kw) =>
        {
            Args.Count(ts2, "calcsize", a.Length, 1, 1);
            return ts2.Rt.NewInt(Parse(ts2, a[0]).Size);
        }, name);
        Def.Function(rt, d, "pack", (ts2, a, kw) =>
        {
            if (a.Length < 1) throw ts2.Rt.TypeError("pack expected at least 1 argument, got 0");
            var f = Parse(ts2, a[0]);
            var buf = new byte[f.Size];
            Pack(ts2, f, buf, 0, a.Slice(1));
            return ts2.Rt.NewBytes(buf);
        }, name);
        Def.Function(rt, d, "pack_into", (ts2, a, kw) =>
        {
            if (a.Length < 3) throw ts2.Rt.TypeError($"pack_into expected at least 3 arguments, got {a.Length}");
            PackInto(ts2, Parse(ts2, a[0]), a[1], a[2], a.Slice(3));
            return ts2.Rt.None;
        }, name);
        Def.Function(rt, d, "unpack", (ts2, a, kw) =>
        {
            Args.Count(ts2, "unpack", a.Length, 2, 2);
            var f = Parse(ts2, a[0]);
            var data = Buffer(ts2, a[1]);
            if (data.Length != f.Size) throw Error(ts2, $"unpack requires a buffer of {f.Size} bytes");
            return Unpack(ts2, f, data, 0);
        }, name);
        Def.Function(rt, d, "unpack_from", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "unpack_from", a, kw, ["format", "buffer", "offset"], 2);
            return UnpackFrom(ts2, Parse(ts2, b[0]!), b[1]!, b[2]);
        }, name);
        Def.Function(rt, d, "iter_unpack", (ts2, a, kw) =>
        {
            Args.Count(ts2, "iter_unpack", a.Length, 2, 2);
            return IterUnpack(ts2, Parse(ts2, a[0]), a[1]);
        }, name);
        Def.Function(rt, d, "_clearcache", (ts2, a, kw) => ts2.Rt.None, name);
        return m;
    }

    // ------------------------------------------------------------------ format parsing

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, StructFormat> s_cache = new();

    private static StructFormat Parse(PyThreadState ts, PyObject fmt)
    {
        string s = fmt switch
        {
            PyStr ps => ps.Value,
            PyBytes pb => Encoding.Latin1.GetString(pb.Value),
            _ => throw ts.Rt.TypeError($"Struct() argument 1 must be a str or bytes object, not {fmt.Type.Name}"),
        };
        if (s_cache.TryGetValue(s, out var cached)) return cached;
        var f = ParseFormat(ts, s);
        if (s_cache.Count > 256) s_cache.Clear();
        s_cache[s] = f;
        return f;
    }

    private static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => 8,
        'q' or 'Q' or 'n' or 'N' or 'P' or 'd' => 8,
        _ => -1,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    private static StructFormat ParseFormat(PyThreadState ts, string s)
    {
        var f = new StructFormat { Format = s, LittleEndian = BitConverter.IsLittleEndian, Native = true };
        int i = 0;
        if (s.Length > 0)
        {
            switch (s[0])
            {
                case '@': f.Native = true; i = 1; break;
                case '=': f.Native = false; i = 1; break;
                case '<': f.Native = false; f.LittleEndian = true; i = 1; break;
                case '>':
                case '!': f.Native = false; f.LittleEndian = false; i = 1; break;
            }
        }
        var items = new List<StructFormat.Item>();
        // Sizes in long, checked: a repeat count is kept with its code (not expanded per value:
        // "333333333e" expanded took seconds and gigabytes; found by fuzzing).
        long offset = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int count = 1;
            bool hasCount = false;
            if (char.IsAsciiDigit(c))
            {
                long n = 0;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    n = n * 10 + (s[i] - '0');
                    if (n > int.MaxValue) throw Error(ts, "total struct size too long");
                    i++;
                }
                if (i >= s.Length) throw Error(ts, "repeat count given without format specifier");
                count = (int)n;
                hasCount = true;
                c = s[i];
            }
            i++;
            int size = f.Native ? NativeSize(c) : StandardSize(c);
            if (!f.Native && c is 'n' or 'N' or 'P') size = -1;
            if (size < 0) throw Error(ts, "bad char in struct format");
            if (f.Native && c is not ('s' or 'p' or 'x' or 'c' or 'b' or 'B' or '?'))
            {
                // Native alignment.
                int align = size;
                offset = (offset + align - 1) / align * align;
            }
            if (offset + (long)count * size > int.MaxValue || f.NValues + (long)count > int.MaxValue)
                throw Error(ts, "total struct size too long");
            if (c is 's' or 'p')
            {
                items.Add(new StructFormat.Item(c, count, (int)offset, 1));
                offset += count;
                f.NValues++;
                _ = hasCount;
                continue;
            }
            if (c == 'x')
            {
                offset += count;
                continue;
            }
            if (count > 0) items.Add(new StructFormat.Item(c, count, (int)offset, size));
            offset += (long)count * size;
            f.NValues += count;
        }
        f.Size = (int)offset;
        f.Items = items.ToArray();
        return f;
    }

    // ------------------------------------------------------------------ packing

    private static byte[] Buffer(PyThreadState ts, PyObject o) =>
        IoModule<TSync>.BytesLike(ts, o) ?? throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static BigInteger IntArg(PyThreadState ts, PyObject v, char code)
    {
        if (v is PyInt i) return i.Big;
        if (v.Type.Lookup(ts.Rt.Intern("__index__")) != null) return Ops<TSync>.Index(ts, v).Big;
        throw Error(ts, "required argument is not an integer");
    }

    private static void Pack(PyThreadState ts, StructFormat f, byte[] buf, int baseOffset, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != f.NValues) throw Error(ts, $"pack expected {f.NValues} items for packing (got {args.Length})");
        int k = 0;
        foreach (var it in f.Items)
        for (int r = 0, reps = StructFormat.Values(it); r < reps; r++)
        {
            var v = args[k++];
            var span = buf.AsSpan(baseOffset + it.Offset + r * it.Size);
            switch (it.Code)
            {
                case 's':
                case 'p':
                {
                    byte[] data = v switch
                    {
                        PyBytes b => b.Value,
                        PyByteArray ba => ba._data.AsSpan(0, ba._size).ToArray(),
                        _ => throw Error(ts, $"argument for '{it.Code}' must be a bytes object"),
                    };
                    if (it.Code == 's')
                    {
                        int n = Math.Min(data.Length, it.Count);
                        data.AsSpan(0, n).CopyTo(span);
                        span.Slice(n, it.Count - n).Clear();
                    }
                    else
                    {
                        int n = Math.Min(data.Length, Math.Max(0, it.Count - 1));
                        if (it.Count > 0) span[0] = (byte)Math.Min(n, 255);
                        if (n > 0) data.AsSpan(0, n).CopyTo(span.Slice(1));
                        if (it.Count > 0) span.Slice(1 + n, it.Count - 1 - n).Clear();
                    }
                    break;
                }
                case 'c':
                {
                    byte[]? data = v switch
                    {
                        PyBytes b => b.Value,
                        PyByteArray ba => ba._data.AsSpan(0, ba._size).ToArray(),
                        _ => null,
                    };
                    if (data == null || data.Length != 1) throw Error(ts, "char format requires a bytes object of length 1");
                    span[0] = data[0];
                    break;
                }
                case '?':
                    span[0] = Ops<TSync>.IsTrue(ts, v) ? (byte)1 : (byte)0;
                    break;
                case 'e':
                case 'f':
                case 'd':
                {
                    double d = v is PyFloat pf ? pf.Value : v is PyInt || v.Type.Lookup(ts.Rt.Intern("__float__")) != null || v.Type.Lookup(ts.Rt.Intern("__index__")) != null
                        ? ModuleSupport<TSync>.ToDouble(ts, v) : throw Error(ts, "required argument is not a float");
                    if (it.Code == 'd')
                    {
                        if (f.LittleEndian) BinaryPrimitives.WriteDoubleLittleEndian(span, d);
                        else BinaryPrimitives.WriteDoubleBigEndian(span, d);
                    }
                    else if (it.Code == 'f')
                    {
                        float fl = (float)d;
                        if (float.IsInfinity(fl) && !double.IsInfinity(d)) throw ts.Rt.OverflowError("float too large to pack with f format");
                        if (f.LittleEndian) BinaryPrimitives.WriteSingleLittleEndian(span, fl);
                        else BinaryPrimitives.WriteSingleBigEndian(span, fl);
                    }
                    else
                    {
                        Half h = (Half)d;
                        if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw ts.Rt.OverflowError("float too large to pack with e format");
                        if (f.LittleEndian) BinaryPrimitives.WriteHalfLittleEndian(span, h);
                        else BinaryPrimitives.WriteHalfBigEndian(span, h);
                    }
                    break;
                }
                default:
                {
                    var n = IntArg(ts, v, it.Code);
                    bool signed = char.IsLower(it.Code) && it.Code != 'n' || it.Code == 'n';
                    if (it.Code == 'N' || it.Code == 'P') signed = false;
                    int bits = it.Size * 8;
                    BigInteger min = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
                    BigInteger max = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
                    if (n < min || n > max) throw Error(ts, $"'{it.Code}' format requires {min} <= number <= {max}");
                    ulong raw = (ulong)(n & ulong.MaxValue);
                    for (int b = 0; b < it.Size; b++)
                    {
                        byte by = (byte)(raw >> (8 * b));
                        span[f.LittleEndian ? b : it.Size - 1 - b] = by;
                    }
                    break;
                }
            }
        }
    }

    private static void PackInto(PyThreadState ts, StructFormat f, PyObject buffer, PyObject offsetObj, ReadOnlySpan<PyObject> args)
    {
        // The target: a bytearray, or a writable contiguous memoryview of one (bytes [start, start + size)).
        PyByteArray ba;
        int start = 0;
        long size;
        if (buffer is PyByteArray whole) { ba = whole; size = ba._size; }
        else if (buffer is PyMemoryView { Obj: PyByteArray viewed, Step: 1, ReadOnly: false, Released: false } mv)
        {
            ba = viewed;
            start = mv.Start;
            mv.Array(out int n);
            size = n;
        }
        else throw ts.Rt.TypeError($"argument must be read-write bytes-like object, not {buffer.Type.Name}");
        long offset = ModuleSupport<TSync>.ToSsize(ts, offsetObj);
        if (offset < 0)
        {
            if (offset + f.Size > 0) throw Error(ts, $"no space to pack {f.Size} bytes at offset {offset}");
            if (offset + size < 0) throw Error(ts, $"offset {offset} out of range for {size}-byte buffer");
            offset += size;
        }
        if (size - offset < f.Size)
        {
            if (offset > size) throw Error(ts, $"offset {offset} out of range for {size}-byte buffer");
            throw Error(ts, $"pack_into requires a buffer of at least {f.Size + offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {size})");
        }
        var tmp = new byte[f.Size];
        Pack(ts, f, tmp, 0, args);
        TSync.Lock(ts, ba);
        try
        {
            var data = ba._data;
            if (start + offset + f.Size > Math.Min(ba._size, data.Length)) throw Error(ts, "buffer shrank while packing");
            tmp.CopyTo(data, (int)(start + offset));
        }
        finally { TSync.Unlock(ts, ba); }
    }

    private static PyObject Unpack(PyThreadState ts, StructFormat f, byte[] data, int baseOffset)
    {
        var rt = ts.Rt;
        var res = new PyObject[f.NValues];
        int k = 0;
        foreach (var it in f.Items)
        for (int r = 0, reps = StructFormat.Values(it); r < reps; r++, k++)
        {
            var span = data.AsSpan(baseOffset + it.Offset + r * it.Size);
            switch (it.Code)
            {
                case 's':
                    res[k] = rt.NewBytes(span.Slice(0, it.Count).ToArray());
                    break;
                case 'p':
                {
                    int n = it.Count == 0 ? 0 : Math.Min(span[0], it.Count - 1);
                    res[k] = rt.NewBytes(it.Count == 0 ? [] : span.Slice(1, n).ToArray());
                    break;
                }
                case 'c':
                    res[k] = rt.NewBytes([span[0]]);
                    break;
                case '?':
                    res[k] = rt.NewBool(span[0] != 0);
                    break;
                case 'd':
                    res[k] = rt.NewFloat(f.LittleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(span) : BinaryPrimitives.ReadDoubleBigEndian(span));
                    break;
                case 'f':
                    res[k] = rt.NewFloat(f.LittleEndian ? BinaryPrimitives.ReadSingleLittleEndian(span) : BinaryPrimitives.ReadSingleBigEndian(span));
                    break;
                case 'e':
                    res[k] = rt.NewFloat((double)(f.LittleEndian ? BinaryPrimitives.ReadHalfLittleEndian(span) : BinaryPrimitives.ReadHalfBigEndian(span)));
                    break;
                default:
                {
                    ulong raw = 0;
                    for (int b = 0; b < it.Size; b++)
                    {
                        ulong by = span[f.LittleEndian ? b : it.Size - 1 - b];
                        raw |= by << (8 * b);
                    }
                    bool signed = char.IsLower(it.Code) && it.Code != 'n' || it.Code == 'n';
                    if (it.Code is 'N' or 'P') signed = false;
                    if (signed)
                    {
                        int shift = 64 - it.Size * 8;
                        long sv = shift == 0 ? (long)raw : ((long)(raw << shift)) >> shift;
                        res[k] = rt.NewInt(sv);
                    }
                    else res[k] = raw <= long.MaxValue ? rt.NewInt((long)raw) : rt.NewInt(new BigInteger(raw));
                    break;
                }
            }
        }
        return Ops<TSync>.NewTuple(ts, res);
    }

    private static PyObject UnpackFrom(PyThreadState ts, StructFormat f, PyObject buffer, PyObject? offsetObj)
    {
        var data = Buffer(ts, buffer);
        long offset = offsetObj == null ? 0 : ModuleSupport<TSync>.ToSsize(ts, offsetObj);
        if (offset < 0)
        {
            if (offset + data.Length < 0) throw Error(ts, $"offset {offset} out of range for {data.Length}-byte buffer");
            offset += data.Length;
        }
        if (data.Length - offset < f.Size)
        {
            if (offset > data.Length) throw Error(ts, $"offset {offset} out of range for {data.Length}-byte buffer");
            throw Error(ts, $"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        }
        return Unpack(ts, f, data, (int)offset);
    }

    private static PyObject IterUnpack(PyThreadState ts, StructFormat f, PyObject buffer)
    {
        var data = Buffer(ts, buffer);
        if (f.Size == 0) throw Error(ts, "cannot iteratively unpack with a struct of length 0");
        if (data.Length % f.Size != 0)
            throw Error(ts, $"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
        int pos = 0;
        var t = ts.Rt.LazyType("struct.unpack_iterator", rt =>
        {
            var it = rt.NewBuiltinType("unpack_iterator", rt.IteratorType, TypeFlags.None);
            Def.Method(rt, it, "__iter__", (ts2, a, kw) => a[0]);
            Def.Method(rt, it, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
            return it;
        });
        return PyFuncIter.Create<TSync>(ts, t, ts2 =>
        {
            int p = Interlocked.Add(ref pos, f.Size) - f.Size;
            if (p >= data.Length) return null;
            return Unpack(ts2, f, data, p);
        });
    }

    // ------------------------------------------------------------------ Struct

    private static PyType StructType(PyThreadState ts)
    {
        var rt = ts.Rt;
        return s_structType.GetValue(rt, _ =>
        {
            var t = rt.NewBuiltinType("Struct", null, TypeFlags.BaseType);
            ModuleSupport<TSync>.SetModule(rt, t, "_struct");
            ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
            {
                var b = Args.Bind(ts2, "Struct", a, kw, ["format"], 1);
                var f = Parse(ts2, b[0]!);
                return ModuleSupport<TSync>.Alloc(cls, t, f);
            });
            Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
            Def.Getter(rt, t, "format", (ts2, o) => ts2.Rt.NewStr(((PyNative<StructFormat>)o).State.Format));
            Def.Getter(rt, t, "size", (ts2, o) => ts2.Rt.NewInt(((PyNative<StructFormat>)o).State.Size));
            Def.Method(rt, t, "pack", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "pack");
                var buf = new byte[f.Size];
                Pack(ts2, f, buf, 0, a.Slice(1));
                return ts2.Rt.NewBytes(buf);
            });
            Def.Method(rt, t, "pack_into", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "pack_into");
                if (a.Length < 3) throw ts2.Rt.TypeError($"pack_into expected at least 2 arguments, got {a.Length - 1}");
                PackInto(ts2, f, a[1], a[2], a.Slice(3));
                return ts2.Rt.None;
            });
            Def.Method(rt, t, "unpack", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "unpack");
                Args.Count(ts2, "unpack", a.Length - 1, 1, 1);
                var data = Buffer(ts2, a[1]);
                if (data.Length != f.Size) throw Error(ts2, $"unpack requires a buffer of {f.Size} bytes");
                return Unpack(ts2, f, data, 0);
            });
            Def.Method(rt, t, "unpack_from", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "unpack_from");
                var b = Args.Bind(ts2, "unpack_from", a.Slice(1), kw, ["buffer", "offset"], 1);
                return UnpackFrom(ts2, f, b[0]!, b[1]);
            });
            Def.Method(rt, t, "iter_unpack", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "iter_unpack");
                return IterUnpack(ts2, f, a[1]);
            });
            Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
            {
                var f = ModuleSupport<TSync>.Self<StructFormat>(ts2, a, "Struct", "__repr__");
                return ts2.Rt.NewStr($"Struct({Ops<TSync>.ReprValue(ts2, ts2.Rt.NewStr(f.Format))})");
            });
            return t;
        });
    }
}
