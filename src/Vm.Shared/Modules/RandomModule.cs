// The _random module: the Mersenne Twister MT19937 core of random.Random with CPython's seeding
// (init_by_array over the 32-bit chunks of |seed|; str/bytes seeds hashed with SHA-512 as in
// random.seed version 2), random() with 53-bit resolution and getrandbits. The distributions
// live in Lib/random.py. The generator state is mutated inside the object's critical section.
using System.Numerics;
using System.Security.Cryptography;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>MT19937 state.</summary>
public sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    public readonly uint[] Mt = new uint[N];
    public int Index = N + 1;

    public void InitGenrand(uint s)
    {
        Mt[0] = s;
        for (int i = 1; i < N; i++) Mt[i] = 1812433253u * (Mt[i - 1] ^ (Mt[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        int k = N > key.Length ? N : key.Length;
        for (; k > 0; k--)
        {
            Mt[i] = (Mt[i] ^ ((Mt[i - 1] ^ (Mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { Mt[0] = Mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (k = N - 1; k > 0; k--)
        {
            Mt[i] = (Mt[i] ^ ((Mt[i - 1] ^ (Mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { Mt[0] = Mt[N - 1]; i = 1; }
        }
        Mt[0] = 0x80000000u;
    }

    public uint Next()
    {
        uint y;
        if (Index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (Mt[kk] & 0x80000000u) | (Mt[kk + 1] & 0x7fffffffu);
                Mt[kk] = Mt[kk + M] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            for (; kk < N - 1; kk++)
            {
                y = (Mt[kk] & 0x80000000u) | (Mt[kk + 1] & 0x7fffffffu);
                Mt[kk] = Mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            y = (Mt[N - 1] & 0x80000000u) | (Mt[0] & 0x7fffffffu);
            Mt[N - 1] = Mt[M - 1] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            Index = 0;
        }
        y = Mt[Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    public double NextDouble()
    {
        uint a = Next() >> 5, b = Next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    public void SeedBig(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[words];
        for (int i = 0; i < bytes.Length; i++) key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        // Drop high zero words (CPython uses the minimal number of 32-bit chunks).
        int len = words;
        while (len > 1 && key[len - 1] == 0) len--;
        if (len != words) Array.Resize(ref key, len);
        InitByArray(key);
    }

    public BigInteger GetRandBits(int k)
    {
        if (k <= 32) return Next() >> (32 - k);
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = Next();
            if (k < 32) r >>= 32 - k;
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }
}

public static class RandomModule<TSync> where TSync : struct, ISyncPolicy
{
    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_random", out var d);
        var t = rt.NewBuiltinType("Random", null, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, "_random");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            var mt = new MersenneTwister();
            var o = ModuleSupport<TSync>.Alloc(cls, t, mt);
            // Seeded here for direct use of _random.Random(x). A subclass (random.Random) seeds in its
            // own __init__, which checks the seed's type first, so its argument is not hashed here.
            int npos = ModuleSupport<TSync>.NPos(a, kw);
            if (cls == t && (kw?.Count ?? 0) > 0) throw ts2.Rt.TypeError("Random() takes no keyword arguments");
            Seed(ts2, o, mt, cls == t && npos > 0 ? a[0] : ts2.Rt.None);
            return o;
        });
        Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "seed", (ts2, a, kw) =>
        {
            var mt = ModuleSupport<TSync>.Self<MersenneTwister>(ts2, a, "Random", "seed");
            Args.Count(ts2, "seed", a.Length - 1, 0, 1);
            Seed(ts2, a[0], mt, a.Length > 1 ? a[1] : ts2.Rt.None);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "random", (ts2, a, kw) =>
        {
            var mt = ModuleSupport<TSync>.Self<MersenneTwister>(ts2, a, "Random", "random");
            double r;
            TSync.Lock(ts2, a[0]);
            try { r = mt.NextDouble(); }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.NewFloat(r);
        });
        Def.Method(rt, t, "getrandbits", (ts2, a, kw) =>
        {
            var mt = ModuleSupport<TSync>.Self<MersenneTwister>(ts2, a, "Random", "getrandbits");
            Args.Count(ts2, "getrandbits", a.Length - 1, 1, 1);
            long k = ModuleSupport<TSync>.ToLong(ts2, a[1]);
            if (k < 0) throw ts2.Rt.ValueError("number of bits must be non-negative");
            if (k == 0) return ts2.Rt.NewInt(0);
            if (k > int.MaxValue) throw ts2.Rt.OverflowError("getrandbits() argument too large");
            BigInteger r;
            TSync.Lock(ts2, a[0]);
            try { r = mt.GetRandBits((int)k); }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.NewInt(r);
        });
        Def.Method(rt, t, "getstate", (ts2, a, kw) =>
        {
            var mt = ModuleSupport<TSync>.Self<MersenneTwister>(ts2, a, "Random", "getstate");
            var items = new PyObject[MersenneTwister.N + 1];
            TSync.Lock(ts2, a[0]);
            try
            {
                for (int i = 0; i < MersenneTwister.N; i++) items[i] = ts2.Rt.NewInt(mt.Mt[i]);
                items[MersenneTwister.N] = ts2.Rt.NewInt(mt.Index);
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return Ops<TSync>.NewTuple(ts2, items);
        });
        Def.Method(rt, t, "setstate", (ts2, a, kw) =>
        {
            var mt = ModuleSupport<TSync>.Self<MersenneTwister>(ts2, a, "Random", "setstate");
            Args.Count(ts2, "setstate", a.Length - 1, 1, 1);
            if (a[1] is not PyTuple st) throw ts2.Rt.TypeError("state vector must be a tuple");
            if (st.Count != MersenneTwister.N + 1) throw ts2.Rt.ValueError("state vector is the wrong size");
            var words = new uint[MersenneTwister.N];
            for (int i = 0; i < MersenneTwister.N; i++)
            {
                var v = ModuleSupport<TSync>.ToBig(ts2, st.Items[i]);
                if (v < 0 || v > uint.MaxValue) throw ts2.Rt.OverflowError("Python int too large to convert to C unsigned long");
                words[i] = (uint)v;
            }
            long index = ModuleSupport<TSync>.ToLong(ts2, st.Items[MersenneTwister.N]);
            if (index < 0 || index > MersenneTwister.N) throw ts2.Rt.ValueError("invalid state");
            TSync.Lock(ts2, a[0]);
            try
            {
                Array.Copy(words, mt.Mt, MersenneTwister.N);
                mt.Index = (int)index;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Value(rt, d, "Random", t);
        Def.Function(rt, d, "_sha512", (ts2, a, kw) =>
        {
            var data = BytesOf(ts2, a[0]);
            return ts2.Rt.NewBytes(SHA512.HashData(data));
        }, "_random");
        return m;
    }

    private static byte[] BytesOf(PyThreadState ts, PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba._data.AsSpan(0, ba._size).ToArray(),
        PyStr s => System.Text.Encoding.UTF8.GetBytes(s.Value),
        _ => throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    private static void Seed(PyThreadState ts, PyObject self, MersenneTwister mt, PyObject arg)
    {
        var rt = ts.Rt;
        BigInteger n;
        if (ReferenceEquals(arg, rt.None))
        {
            var buf = new byte[MersenneTwister.N * 4];
            RandomNumberGenerator.Fill(buf);
            var key = new uint[MersenneTwister.N];
            for (int i = 0; i < key.Length; i++) key[i] = BitConverter.ToUInt32(buf, i * 4);
            TSync.Lock(ts, self);
            try { mt.InitByArray(key); }
            finally { TSync.Unlock(ts, self); }
            return;
        }
        if (arg is PyInt i2) n = i2.Big;
        else if (arg is PyStr or PyBytes or PyByteArray)
        {
            // random.seed version 2: int.from_bytes(a + sha512(a).digest()).
            var a = BytesOf(ts, arg);
            var all = new byte[a.Length + 64];
            a.CopyTo(all, 0);
            SHA512.HashData(a).CopyTo(all, a.Length);
            n = new BigInteger(all, isUnsigned: true, isBigEndian: true);
        }
        else n = Ops<TSync>.Hash(ts, arg);
        TSync.Lock(ts, self);
        try { mt.SeedBig(n); }
        finally { TSync.Unlock(ts, self); }
    }
}
