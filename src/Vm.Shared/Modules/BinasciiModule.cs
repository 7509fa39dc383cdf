// The binascii module: hex, base64 and CRC conversions between binary data and ASCII, with
// CPython's binascii.Error messages. base64, hmac and the pickle/codecs helpers build on it.
using System.Text;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class BinasciiModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "binascii";
    private const string B64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var error = ModuleSupport<TSync>.NewExceptionType(ts, Mod, "Error", rt.ExceptionTypes["ValueError"]);
        var incomplete = ModuleSupport<TSync>.NewExceptionType(ts, Mod, "Incomplete", rt.ExceptionTypes["Exception"]);
        Def.Value(rt, d, "Error", error);
        Def.Value(rt, d, "Incomplete", incomplete);
        PyException Err(PyThreadState t, string msg) => new(t.Rt.NewException(error, msg));

        NativeFn hexlify = (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "hexlify", a, kw, s_hexNames, 1, posOnly: 1);
            var data = Binary(ts2, b[0]!);
            PyObject hex = b[1] == null
                ? ts2.Rt.NewStr(Convert.ToHexStringLower(data))
                : Ops<TSync>.CallMethod(ts2, ts2.Rt.NewBytes(data), "hex", b[2] == null ? [b[1]!] : [b[1]!, b[2]!]);
            return ts2.Rt.NewBytes(Encoding.ASCII.GetBytes(((PyStr)hex).Value));
        };
        Def.Function(rt, d, "hexlify", hexlify, Mod);
        Def.Function(rt, d, "b2a_hex", hexlify, Mod);

        NativeFn unhexlify = (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "unhexlify", kw);
            Args.Count(ts2, "unhexlify", a.Length, 1, 1);
            var s = Ascii(ts2, a[0]);
            if (s.Length % 2 != 0) throw Err(ts2, "Odd-length string");
            var res = new byte[s.Length / 2];
            for (int i = 0; i < res.Length; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw Err(ts2, "Non-hexadecimal digit found");
                res[i] = (byte)(hi << 4 | lo);
            }
            return ts2.Rt.NewBytes(res);
        };
        Def.Function(rt, d, "unhexlify", unhexlify, Mod);
        Def.Function(rt, d, "a2b_hex", unhexlify, Mod);

        Def.Function(rt, d, "b2a_base64", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "b2a_base64", a, kw, s_b2aNames, 1, posOnly: 1, kwOnlyFrom: 1);
            var data = Binary(ts2, b[0]!);
            bool newline = b[1] == null || Ops<TSync>.IsTrue(ts2, b[1]!);
            var text = Convert.ToBase64String(data);
            var res = new byte[text.Length + (newline ? 1 : 0)];
            Encoding.ASCII.GetBytes(text, res);
            if (newline) res[^1] = (byte)'\n';
            return ts2.Rt.NewBytes(res);
        }, Mod);

        Def.Function(rt, d, "a2b_base64", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "a2b_base64", a, kw, s_a2bNames, 1, posOnly: 1, kwOnlyFrom: 1);
            var s = Ascii(ts2, b[0]!);
            bool strict = b[1] != null && Ops<TSync>.IsTrue(ts2, b[1]!);
            return ts2.Rt.NewBytes(DecodeBase64(ts2, s, strict, Err));
        }, Mod);

        Def.Function(rt, d, "crc32", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "crc32", kw);
            Args.Count(ts2, "crc32", a.Length, 1, 2);
            uint crc = a.Length > 1 ? (uint)(Ops<TSync>.Index(ts2, a[1]).Big & uint.MaxValue) : 0;
            return ts2.Rt.NewInt(Crc32(crc, Binary(ts2, a[0])));
        }, Mod);

        Def.Function(rt, d, "crc_hqx", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "crc_hqx", kw);
            Args.Count(ts2, "crc_hqx", a.Length, 2, 2);
            var data = Binary(ts2, a[0]);
            uint crc = (uint)(Ops<TSync>.Index(ts2, a[1]).Big & 0xffff);
            foreach (var x in data)
            {
                crc ^= (uint)x << 8;
                for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xffff;
            }
            return ts2.Rt.NewInt(crc);
        }, Mod);
        return m;
    }

    private static readonly string[] s_hexNames = ["data", "sep", "bytes_per_sep"];
    private static readonly string[] s_b2aNames = ["data", "newline"];
    private static readonly string[] s_a2bNames = ["data", "strict_mode"];

    /// <summary>A bytes-like argument.</summary>
    private static byte[] Binary(PyThreadState ts, PyObject o) =>
        IoModule<TSync>.BytesLike(ts, o) ?? throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>The a2b_* input: a bytes-like object, or a str of ASCII characters.</summary>
    private static string Ascii(PyThreadState ts, PyObject o)
    {
        if (o is PyStr s)
        {
            foreach (var c in s.Value)
                if (c >= 128) throw ts.Rt.ValueError("string argument should contain only ASCII characters");
            return s.Value;
        }
        var data = IoModule<TSync>.BytesLike(ts, o)
            ?? throw ts.Rt.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
        return Encoding.Latin1.GetString(data);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Base64 decoding as binascii does it: outside strict mode characters outside the
    /// alphabet are skipped and decoding stops at the padding that completes a group.</summary>
    private static byte[] DecodeBase64(PyThreadState ts, string s, bool strict, Func<PyThreadState, string, PyException> err)
    {
        var res = new List<byte>(s.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0;
        bool paddingStarted = false, complete = false;
        for (int i = 0; i < s.Length && !complete; i++)
        {
            char c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && quadPos == 0) throw err(ts, i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw err(ts, "Excess data after padding");
                    complete = true;
                }
                continue;
            }
            int v = B64Alphabet.IndexOf(c);
            if (v < 0)
            {
                if (strict) throw err(ts, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw err(ts, "Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; res.Add((byte)(leftChar << 2 | v >> 4)); leftChar = v & 0x0f; break;
                case 2: quadPos = 3; res.Add((byte)(leftChar << 4 | v >> 2)); leftChar = v & 0x03; break;
                default: quadPos = 0; res.Add((byte)(leftChar << 6 | v)); leftChar = 0; break;
            }
        }
        if (!complete && quadPos != 0)
        {
            if (quadPos == 1)
                throw err(ts, $"Invalid base64-encoded string: number of data characters ({res.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
            throw err(ts, "Incorrect padding");
        }
        return res.ToArray();
    }

    /// <summary>zlib's CRC-32 (polynomial 0xEDB88320), continuing from a previous value.</summary>
    internal static uint Crc32(uint crc, ReadOnlySpan<byte> data) => Compression.Checksums.Crc32(crc, data);
}
