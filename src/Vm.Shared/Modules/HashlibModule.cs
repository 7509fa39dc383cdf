// The _hashlib module under Lib/hashlib.py: HASH objects (update, digest, hexdigest, copy, name,
// digest_size, block_size), HASHXOF for SHAKE (digest(length)), and PBKDF2.
//
// Thread safety: a HASH object's digest state is guarded by a lock on the state object, as CPython
// guards its EVP context, so two threads updating one object never interleave inside a block.
// Large updates run detached (the GIL released / the thread parked for stop-the-world), as CPython
// releases the GIL for updates of 2 KiB and more.
using System.Security.Cryptography;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class HashlibModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_hashlib";
    private const int DetachAbove = 2048;

    internal sealed class HashState(IHashCore core)
    {
        public readonly IHashCore Core = core;
    }

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var hash = rt.NewBuiltinType("HASH", null, TypeFlags.None);
        var xof = rt.NewBuiltinType("HASHXOF", hash, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, hash, Mod);
        ModuleSupport<TSync>.SetModule(rt, xof, Mod);
        HashMethods(rt, hash);
        XofMethods(rt, xof);
        Def.Value(rt, d, "HASH", hash);
        Def.Value(rt, d, "HASHXOF", xof);
        var unsupported = ModuleSupport<TSync>.NewExceptionType(ts, Mod, "UnsupportedDigestmodError", rt.ExceptionTypes["ValueError"]);
        Def.Value(rt, d, "UnsupportedDigestmodError", unsupported);

        var names = HashCores.Names().Select(n => (PyObject)rt.NewStr(n)).ToArray();
        Def.Value(rt, d, "_names", Ops<TSync>.NewTuple(ts, names));

        Def.Function(rt, d, "new", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "new", a, kw, s_newNames, 1, kwOnlyFrom: 2);
            if (b[0] is not PyStr name) throw ts2.Rt.TypeError($"new() argument 'name' must be str, not {b[0]!.Type.Name}");
            var core = HashCores.Create(name.Value) ?? throw new PyException(ts2.Rt.NewException(unsupported, $"unsupported hash type {name.Value}"));
            var state = new HashState(core);
            if (b[1] != null && !ReferenceEquals(b[1], ts2.Rt.None)) Update(ts2, state, b[1]!);
            return new PyNative<HashState>(core.DigestSize == 0 ? xof : hash, state);
        }, Mod);

        Def.Function(rt, d, "pbkdf2_hmac", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "pbkdf2_hmac", a, kw, s_pbkdf2Names, 4);
            if (b[0] is not PyStr name) throw ts2.Rt.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {b[0]!.Type.Name}");
            var password = Bytes(ts2, b[1]!);
            var salt = Bytes(ts2, b[2]!);
            long iterations = Args.ToLong(ts2, b[3]!);
            if (iterations < 1) throw ts2.Rt.ValueError("iteration value must be greater than 0.");
            if (iterations > int.MaxValue) throw ts2.Rt.OverflowError("iteration value is too great.");
            var alg = HashCores.Pbkdf2Algorithm(name.Value) ?? throw new PyException(ts2.Rt.NewException(unsupported, $"unsupported hash type {name.Value}"));
            long dklen = b[4] == null || ReferenceEquals(b[4], ts2.Rt.None) ? HashCores.Create(name.Value)!.DigestSize : Args.ToLong(ts2, b[4]!);
            if (dklen < 1) throw ts2.Rt.ValueError("key length must be greater than 0.");
            if (dklen > int.MaxValue) throw ts2.Rt.OverflowError("key length is too great.");
            byte[] key;
            using (new Detached<TSync>(ts2))
                key = Rfc2898DeriveBytes.Pbkdf2(password, salt, (int)iterations, alg, (int)dklen);
            return ts2.Rt.NewBytes(key);
        }, Mod);

        return m;
    }

    private static readonly string[] s_newNames = ["name", "data", "usedforsecurity", "string"];
    private static readonly string[] s_pbkdf2Names = ["hash_name", "password", "salt", "iterations", "dklen"];
    private static readonly string[] s_lengthNames = ["length"];

    private static byte[] Bytes(PyThreadState ts, PyObject o)
    {
        if (o is PyStr) throw ts.Rt.TypeError("Strings must be encoded before hashing");
        return IoModule<TSync>.BytesLike(ts, o) ?? throw ts.Rt.TypeError($"object supporting the buffer API required");
    }

    private static void Update(PyThreadState ts, HashState state, PyObject data)
    {
        var bytes = Bytes(ts, data);
        if (bytes.Length >= DetachAbove)
        {
            using (new Detached<TSync>(ts))
                lock (state) state.Core.Append(bytes);
        }
        else
        {
            lock (state) state.Core.Append(bytes);
        }
    }

    private static HashState Self(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<HashState>(ts, a, "_hashlib.HASH", method);

    private static byte[] Digest(HashState s, int length)
    {
        lock (s) return s.Core.Current(length);
    }

    private static void HashMethods(PyRuntime rt, PyType t)
    {
        Def.Getter(rt, t, "name", (ts2, o) => ts2.Rt.NewStr(((PyNative<HashState>)o).State.Core.Name));
        Def.Getter(rt, t, "digest_size", (ts2, o) => ts2.Rt.NewInt(((PyNative<HashState>)o).State.Core.DigestSize));
        Def.Getter(rt, t, "block_size", (ts2, o) => ts2.Rt.NewInt(((PyNative<HashState>)o).State.Core.BlockSize));
        Def.Method(rt, t, "update", (ts2, a, kw) =>
        {
            var s = Self(ts2, a, "update");
            Args.NoKwargs(ts2, "update", kw);
            Args.Count(ts2, "update", a.Length - 1, 1, 1);
            Update(ts2, s, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "copy", (ts2, a, kw) =>
        {
            var s = Self(ts2, a, "copy");
            IHashCore clone;
            lock (s) clone = s.Core.Clone();
            return new PyNative<HashState>(a[0].Type, new HashState(clone));
        });
        Def.Method(rt, t, "digest", (ts2, a, kw) => ts2.Rt.NewBytes(Digest(Self(ts2, a, "digest"), 0)));
        Def.Method(rt, t, "hexdigest", (ts2, a, kw) => ts2.Rt.NewStr(Convert.ToHexStringLower(Digest(Self(ts2, a, "hexdigest"), 0))));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = Self(ts2, a, "__repr__");
            return ts2.Rt.NewStr($"<{s.Core.Name} {a[0].Type.Name} object @ 0x{ts2.Rt.IdOf(a[0]):x}>");
        });
    }

    private static void XofMethods(PyRuntime rt, PyType t)
    {
        int Length(PyThreadState ts2, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname)
        {
            var b = Args.Bind(ts2, fname, a[1..], kw, s_lengthNames, 1);
            long n = Args.ToLong(ts2, b[0]!);
            if (n < 0) throw ts2.Rt.ValueError("value must be positive");
            if (n >= 1L << 29) throw ts2.Rt.ValueError("digest length is too large");
            return (int)n;
        }
        Def.Method(rt, t, "digest", (ts2, a, kw) =>
        {
            var s = Self(ts2, a, "digest");
            int n = Length(ts2, a, kw, "digest");
            return ts2.Rt.NewBytes(n == 0 ? [] : Digest(s, n));
        });
        Def.Method(rt, t, "hexdigest", (ts2, a, kw) =>
        {
            var s = Self(ts2, a, "hexdigest");
            int n = Length(ts2, a, kw, "hexdigest");
            return ts2.Rt.NewStr(n == 0 ? "" : Convert.ToHexStringLower(Digest(s, n)));
        });
    }
}
