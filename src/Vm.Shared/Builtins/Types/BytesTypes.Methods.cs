// bytes/bytearray methods shared by both types: decode, hex/fromhex, searching, splitting,
// joining, stripping, replacing, partitioning, translate/maketrans.
using System.Text;
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync>
{
    private static void InstallMethods(PyThreadState ts, PyType t, bool isBa)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "decode", Decode);
        Def.Method(rt, t, "hex", Hex);
        Def.ClassMethod(rt, t, "fromhex", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "fromhex", kw);
            Args.Count(ts2, "fromhex", a.Length - 1, 1, 1);
            if (a[1] is not PyStr s) throw ts2.Rt.TypeError($"fromhex() argument must be str, not {ArgNames.Of(ts2, a[1])}");
            var data = FromHex(ts2, s.Value);
            var cls = (PyType)a[0];
            if (cls == ts2.Rt.BytesType) return ts2.Rt.NewBytes(data);
            if (cls == ts2.Rt.ByteArrayType) return new PyByteArray(cls, data);
            PyObject inner = cls.IsSubtypeOf(ts2.Rt.ByteArrayType) ? new PyByteArray(ts2.Rt.ByteArrayType, data) : ts2.Rt.NewBytes(data);
            return Ops<TSync>.Call(ts2, cls, [inner], null);
        });
        Def.Method(rt, t, "count", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "count", kw);
            Args.Count(ts2, "count", a.Length - 1, 1, 3);
            var data = Data(a[0]);
            Span<byte> one = stackalloc byte[1];
            var sub = SubArg(ts2, a[1], one);
            SeqIndex<TSync>.StartEnd(ts2, a, 2, data.Length, out long start, out long end);
            if (end - start < sub.Length) return ts2.Rt.NewInt(0);
            if (sub.Length == 0) return ts2.Rt.NewInt(end - start + 1);
            var hay = data[(int)start..(int)end];
            if (sub.Length == 1) return ts2.Rt.NewInt(hay.Count(sub[0]));
            long n = 0;
            while (true)
            {
                int r = hay.IndexOf(sub);
                if (r < 0) break;
                n++;
                hay = hay[(r + sub.Length)..];
            }
            return ts2.Rt.NewInt(n);
        });
        Def.Method(rt, t, "find", (ts2, a, kw) => ts2.Rt.NewInt(Find(ts2, a, kw, "find", false)));
        Def.Method(rt, t, "rfind", (ts2, a, kw) => ts2.Rt.NewInt(Find(ts2, a, kw, "rfind", true)));
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            long r = Find(ts2, a, kw, "index", false);
            return r >= 0 ? ts2.Rt.NewInt(r) : ts2.RaisePending(ts2.Rt.ValueError("subsection not found"));
        });
        Def.Method(rt, t, "rindex", (ts2, a, kw) =>
        {
            long r = Find(ts2, a, kw, "rindex", true);
            return r >= 0 ? ts2.Rt.NewInt(r) : ts2.RaisePending(ts2.Rt.ValueError("subsection not found"));
        });
        Def.Method(rt, t, "startswith", (ts2, a, kw) => ts2.Rt.NewBool(TailMatch(ts2, a, kw, "startswith", false)));
        Def.Method(rt, t, "endswith", (ts2, a, kw) => ts2.Rt.NewBool(TailMatch(ts2, a, kw, "endswith", true)));
        Def.Method(rt, t, "join", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "join", kw);
            Args.Count(ts2, "join", a.Length - 1, 1, 1);
            return Join(ts2, a[0], a[1]);
        });
        Def.Method(rt, t, "split", (ts2, a, kw) => Split(ts2, a, kw, "split", false));
        Def.Method(rt, t, "rsplit", (ts2, a, kw) => Split(ts2, a, kw, "rsplit", true));
        Def.Method(rt, t, "strip", (ts2, a, kw) => Strip(ts2, a, kw, "strip", true, true));
        Def.Method(rt, t, "lstrip", (ts2, a, kw) => Strip(ts2, a, kw, "lstrip", true, false));
        Def.Method(rt, t, "rstrip", (ts2, a, kw) => Strip(ts2, a, kw, "rstrip", false, true));
        Def.Method(rt, t, "replace", Replace);
        Def.Method(rt, t, "partition", (ts2, a, kw) => Partition(ts2, a, kw, "partition", false));
        Def.Method(rt, t, "rpartition", (ts2, a, kw) => Partition(ts2, a, kw, "rpartition", true));
        Def.Method(rt, t, "removeprefix", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "removeprefix", kw);
            Args.Count(ts2, "removeprefix", a.Length - 1, 1, 1);
            var data = Data(a[0]);
            var p = NeedBuffer(ts2, a[1]);
            if (p.Length > 0 && data.StartsWith(p)) return Make(ts2, a[0], data[p.Length..].ToArray());
            return Same(ts2, a[0]);
        });
        Def.Method(rt, t, "removesuffix", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "removesuffix", kw);
            Args.Count(ts2, "removesuffix", a.Length - 1, 1, 1);
            var data = Data(a[0]);
            var p = NeedBuffer(ts2, a[1]);
            if (p.Length > 0 && data.EndsWith(p)) return Make(ts2, a[0], data[..^p.Length].ToArray());
            return Same(ts2, a[0]);
        });
        Def.Method(rt, t, "splitlines", SplitLines);
        Def.Method(rt, t, "translate", Translate);
        Def.StaticMethod(rt, t, "maketrans", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "maketrans", kw);
            Args.Count(ts2, "maketrans", a.Length, 2, 2);
            var from = NeedBuffer(ts2, a[0]);
            var to = NeedBuffer(ts2, a[1]);
            if (from.Length != to.Length) throw ts2.Rt.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return ts2.Rt.NewBytes(table);
        });
    }

    private static readonly string[] s_decodeNames = ["encoding", "errors"];

    private static PyObject? Decode(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        PyObject? encO = null, errO = null;
        if (kw == null)
        {
            if (a.Length > 3) throw rt.TypeError($"decode() takes at most 2 arguments ({a.Length - 1} given)");
            if (a.Length > 1) encO = a[1];
            if (a.Length > 2) errO = a[2];
        }
        else
        {
            var b = Args.Bind(ts, "decode", a[1..], kw, s_decodeNames, 0);
            encO = b[0];
            errO = b[1];
        }
        string enc = encO == null ? "utf-8" : encO is PyStr es ? es.Value : throw rt.TypeError($"decode() argument 'encoding' must be str, not {ArgNames.Of(ts, encO)}");
        string err = errO == null ? "strict" : errO is PyStr rs ? rs.Value : throw rt.TypeError($"decode() argument 'errors' must be str, not {ArgNames.Of(ts, errO)}");
        // A strict UTF-8 decode's error is raised without a .NET throw (NativeFn's null).
        return Codecs<TSync>.DecodeOrError(ts, Data(a[0]), enc, err, out var error) is { } text ? rt.NewStr(text) : ts.RaisePending(error!);
    }

    private static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];

    private static PyObject Hex(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var data = Data(a[0]);
        PyObject? sepO = null, perO = null;
        if (kw == null && a.Length <= 3)
        {
            if (a.Length > 1) sepO = a[1];
            if (a.Length > 2) perO = a[2];
        }
        else
        {
            var b = Args.Bind(ts, "hex", a[1..], kw, s_hexNames, 0);
            sepO = b[0];
            perO = b[1];
        }
        if (sepO == null) return rt.NewStr(Convert.ToHexStringLower(data));
        char sep;
        if (sepO is PyStr ss)
        {
            if (CodePoints.Length(ss) != 1) throw rt.ValueError("sep must be length 1.");
            if (ss.Value[0] >= 128) throw rt.ValueError("sep must be ASCII.");
            sep = ss.Value[0];
        }
        else if (BufferOf(sepO) is { } sb)
        {
            if (sb.Length != 1) throw rt.ValueError("sep must be length 1.");
            if (sb.Span[0] >= 128) throw rt.ValueError("sep must be ASCII.");
            sep = (char)sb.Span[0];
        }
        else throw rt.TypeError($"object of type '{sepO.Type.Name}' has no len()");
        long per = perO == null ? 1 : SeqIndex<TSync>.AsSsize(ts, perO);
        string hex = Convert.ToHexStringLower(data);
        if (data.Length == 0 || per == 0) return rt.NewStr(hex);
        long group = Math.Abs(per);
        var res = new StringBuilder(hex.Length + data.Length);
        int n = data.Length;
        for (int i = 0; i < n; i++)
        {
            // Groups of `group` bytes counted from the right (per > 0) or from the left (per < 0).
            if (i > 0)
            {
                bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) res.Append(sep);
            }
            res.Append(hex, 2 * i, 2);
        }
        return rt.NewStr(res.ToString());
    }

    private static byte[] FromHex(PyThreadState ts, string s)
    {
        var buf = new ByteBuf(s.Length / 2);
        int i = 0, n = s.Length;
        while (true)
        {
            while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
            if (i >= n) break;
            int hi = HexDigit(s[i]);
            if (hi < 0) throw ts.Rt.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= n) throw ts.Rt.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            int lo = HexDigit(s[i + 1]);
            if (lo < 0) throw ts.Rt.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            buf.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return buf.ToArray();
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static long Find(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 3);
        var data = Data(a[0]);
        Span<byte> one = stackalloc byte[1];
        var sub = SubArg(ts, a[1], one);
        SeqIndex<TSync>.StartEnd(ts, a, 2, data.Length, out long start, out long end);
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return reverse ? end : start;
        var hay = data[(int)start..(int)end];
        int r = reverse ? hay.LastIndexOf(sub) : hay.IndexOf(sub);
        return r < 0 ? -1 : start + r;
    }

    private static bool TailMatch(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool atEnd)
    {
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 3);
        var data = Data(a[0]);
        SeqIndex<TSync>.StartEnd(ts, a, 2, data.Length, out long start, out long end);
        if (a[1] is PyTuple tup)
        {
            foreach (var item in tup.Items)
                if (Match(data, NeedBuffer(ts, item), start, end, atEnd)) return true;
            return false;
        }
        if (BufferOf(a[1]) is not { } p)
            throw ts.Rt.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {a[1].Type.Name}");
        return Match(data, p.Span, start, end, atEnd);
    }

    private static bool Match(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end, bool atEnd)
    {
        if (end - sub.Length < start) return false;
        if (sub.Length == 0) return true;
        var span = data[(int)start..(int)end];
        return atEnd ? span.EndsWith(sub) : span.StartsWith(sub);
    }

    private static PyObject Join(PyThreadState ts, PyObject self, PyObject iterable)
    {
        var rt = ts.Rt;
        if (!(iterable is PyList or PyTuple) && !Ops<TSync>.IsIterable(ts, iterable)) throw rt.TypeError("can only join an iterable");
        var items = Ops<TSync>.ToArray(ts, iterable);
        var sep = Data(self).ToArray();
        var parts = new ReadOnlyMemory<byte>[items.Length];
        long total = (long)sep.Length * Math.Max(0, items.Length - 1);
        for (int i = 0; i < items.Length; i++)
        {
            parts[i] = BufferOf(items[i]) ?? throw rt.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            total += parts[i].Length;
        }
        if (items.Length == 1 && self is PyBytes && items[0].Type == rt.BytesType) return items[0];
        if (total > int.MaxValue) throw rt.OverflowError("join() result is too long");
        var res = new byte[total];
        int pos = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0 && sep.Length > 0)
            {
                sep.CopyTo(res, pos);
                pos += sep.Length;
            }
            parts[i].Span.CopyTo(res.AsSpan(pos));
            pos += parts[i].Length;
        }
        return Make(ts, self, res);
    }

    private static bool IsAsciiSpace(byte b) => b == ' ' || (b >= '\t' && b <= '\r');

    private static readonly string[] s_splitNames = ["sep", "maxsplit"];

    private static PyObject Split(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        var rt = ts.Rt;
        var self = a[0];
        PyObject? sepO = null, maxO = null;
        if (kw == null)
        {
            if (a.Length > 3) throw rt.TypeError($"{name}() takes at most 2 arguments ({a.Length - 1} given)");
            if (a.Length > 1) sepO = a[1];
            if (a.Length > 2) maxO = a[2];
        }
        else
        {
            var b = Args.Bind(ts, name, a[1..], kw, s_splitNames, 0);
            sepO = b[0];
            maxO = b[1];
        }
        long maxsplit = maxO == null ? -1 : SeqIndex<TSync>.AsSsize(ts, maxO);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var data = Data(self);
        var parts = new List<PyObject>();
        if (sepO == null || ReferenceEquals(sepO, rt.None))
        {
            if (!reverse)
            {
                int i = 0, n = data.Length;
                long k = 0;
                while (true)
                {
                    while (i < n && IsAsciiSpace(data[i])) i++;
                    if (i >= n) break;
                    if (k >= maxsplit) { parts.Add(Make(ts, self, data[i..].ToArray())); break; }
                    int j = i;
                    while (j < n && !IsAsciiSpace(data[j])) j++;
                    parts.Add(Make(ts, self, data[i..j].ToArray()));
                    k++;
                    i = j;
                }
            }
            else
            {
                int j = data.Length;
                long k = 0;
                while (true)
                {
                    while (j > 0 && IsAsciiSpace(data[j - 1])) j--;
                    if (j <= 0) break;
                    if (k >= maxsplit) { parts.Add(Make(ts, self, data[..j].ToArray())); break; }
                    int i = j;
                    while (i > 0 && !IsAsciiSpace(data[i - 1])) i--;
                    parts.Add(Make(ts, self, data[i..j].ToArray()));
                    k++;
                    j = i;
                }
                parts.Reverse();
            }
        }
        else
        {
            var sep = NeedBuffer(ts, sepO);
            if (sep.Length == 0) throw rt.ValueError("empty separator");
            if (!reverse)
            {
                int pos = 0;
                long k = 0;
                while (k < maxsplit)
                {
                    int at = data[pos..].IndexOf(sep);
                    if (at < 0) break;
                    parts.Add(Make(ts, self, data.Slice(pos, at).ToArray()));
                    pos += at + sep.Length;
                    k++;
                }
                parts.Add(Make(ts, self, data[pos..].ToArray()));
            }
            else
            {
                int end = data.Length;
                long k = 0;
                while (k < maxsplit)
                {
                    int at = data[..end].LastIndexOf(sep);
                    if (at < 0) break;
                    parts.Add(Make(ts, self, data[(at + sep.Length)..end].ToArray()));
                    end = at;
                    k++;
                }
                parts.Add(Make(ts, self, data[..end].ToArray()));
                parts.Reverse();
            }
        }
        return Ops<TSync>.NewList(ts, parts.ToArray());
    }

    private static readonly string[] s_splitLinesNames = ["keepends"];

    private static PyObject SplitLines(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        bool keepends = false;
        if (kw == null)
        {
            if (a.Length > 2) throw rt.TypeError($"splitlines() takes at most 1 argument ({a.Length - 1} given)");
            if (a.Length == 2) keepends = Ops<TSync>.IsTrue(ts, a[1]);
        }
        else
        {
            var b = Args.Bind(ts, "splitlines", a[1..], kw, s_splitLinesNames, 0);
            if (b[0] != null) keepends = Ops<TSync>.IsTrue(ts, b[0]!);
        }
        var data = Data(a[0]);
        var parts = new List<PyObject>();
        int i = 0, n = data.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && data[i] != '\n' && data[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                if (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            parts.Add(Make(ts, a[0], data[start..eol].ToArray()));
        }
        return Ops<TSync>.NewList(ts, parts.ToArray());
    }

    private static PyObject Strip(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool left, bool right)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 0, 1);
        var data = Data(a[0]);
        int i = 0, j = data.Length;
        if (a.Length == 1 || ReferenceEquals(a[1], rt.None))
        {
            if (left) while (i < j && IsAsciiSpace(data[i])) i++;
            if (right) while (j > i && IsAsciiSpace(data[j - 1])) j--;
        }
        else
        {
            var chars = NeedBuffer(ts, a[1]);
            if (left) while (i < j && chars.Contains(data[i])) i++;
            if (right) while (j > i && chars.Contains(data[j - 1])) j--;
        }
        if (i == 0 && j == data.Length) return Same(ts, a[0]);
        return Make(ts, a[0], data[i..j].ToArray());
    }

    private static PyObject Replace(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, $"{TypeName(a[0])}.replace", kw);
        if (a.Length < 3) throw rt.TypeError($"replace expected at least 2 arguments, got {a.Length - 1}");
        if (a.Length > 4) throw rt.TypeError($"replace expected at most 3 arguments, got {a.Length - 1}");
        var data = Data(a[0]);
        var old = NeedBuffer(ts, a[1]);
        var nw = NeedBuffer(ts, a[2]);
        long count = a.Length > 3 ? SeqIndex<TSync>.AsSsize(ts, a[3]) : -1;
        if (count < 0) count = long.MaxValue;
        if (count == 0) return Same(ts, a[0]);
        var buf = new ByteBuf(data.Length);
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i < data.Length; i++)
            {
                if (done < count) { buf.Add(nw); done++; }
                buf.Add(data[i]);
            }
            if (done < count) buf.Add(nw);
            return Make(ts, a[0], buf.ToArray());
        }
        int pos = 0;
        long k = 0;
        bool any = false;
        while (k < count)
        {
            int at = data[pos..].IndexOf(old);
            if (at < 0) break;
            any = true;
            buf.Add(data.Slice(pos, at));
            buf.Add(nw);
            pos += at + old.Length;
            k++;
        }
        if (!any) return Same(ts, a[0]);
        buf.Add(data[pos..]);
        return Make(ts, a[0], buf.ToArray());
    }

    private static PyObject Partition(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 1, 1);
        var data = Data(a[0]);
        var sep = NeedBuffer(ts, a[1]);
        if (sep.Length == 0) throw rt.ValueError("empty separator");
        int i = reverse ? data.LastIndexOf(sep) : data.IndexOf(sep);
        var self = a[0];
        if (i < 0)
        {
            var whole = Same(ts, self);
            return reverse ? Ops<TSync>.NewTuple(ts, [Make(ts, self, []), Make(ts, self, []), whole])
                : Ops<TSync>.NewTuple(ts, [whole, Make(ts, self, []), Make(ts, self, [])]);
        }
        return Ops<TSync>.NewTuple(ts, [Make(ts, self, data[..i].ToArray()), Make(ts, self, sep.ToArray()),
            Make(ts, self, data[(i + sep.Length)..].ToArray())]);
    }

    private static readonly string[] s_translateNames = ["table", "delete"];

    private static PyObject Translate(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "translate", a[1..], kw, s_translateNames, 1, posOnly: 1);
        var data = Data(a[0]);
        ReadOnlySpan<byte> table = default;
        bool hasTable = !ReferenceEquals(b[0], rt.None);
        if (hasTable)
        {
            table = NeedBuffer(ts, b[0]!);
            if (table.Length != 256) throw rt.ValueError("translation table must be 256 characters long");
        }
        ReadOnlySpan<byte> delete = b[1] == null ? default : NeedBuffer(ts, b[1]!);
        var buf = new ByteBuf(data.Length);
        foreach (byte c in data)
        {
            if (delete.Length > 0 && delete.Contains(c)) continue;
            buf.Add(hasTable ? table[c] : c);
        }
        return Make(ts, a[0], buf.ToArray());
    }
}
