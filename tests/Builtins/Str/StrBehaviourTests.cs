// str/bytes builtins called through a real runtime (both backends): results and CPython's exact
// error messages, and behaviour that must not depend on the host's globalization mode (the test
// host uses ICU, the CLI runs with invariant globalization).
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Str;

public sealed class StrBehaviourTests
{
    public static IEnumerable<object[]> Backends() => [["gil"], ["free-threaded"]];

    private static void OnBackend(string backend, Action<PyThreadState> body)
    {
        if (backend == "gil") body(StrRuntimes.Gil().MainThread);
        else body(StrRuntimes.FreeThreaded().MainThread);
    }

    private static string CallStr<TSync>(PyThreadState ts, string self, string method, params PyObject[] args) where TSync : struct, ISyncPolicy =>
        S<TSync>.Repr(ts, S<TSync>.Call(ts, ts.Rt.NewStr(self), method, args));

    [Theory, MemberData(nameof(Backends))]
    public void SplitJoinReplace(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            var rt = ts.Rt;
            Assert.Equal("['a', 'b', '', 'c']", CallStr<TSync>(ts, "a,b,,c", "split", rt.NewStr(",")));
            Assert.Equal("['a', 'b  c  ']", CallStr<TSync>(ts, "  a  b  c  ", "split", rt.None, rt.NewInt(1)));
            Assert.Equal("['  a  b', 'c']", CallStr<TSync>(ts, "  a  b  c  ", "rsplit", rt.None, rt.NewInt(1)));
            Assert.Equal("'-a-aa'", CallStr<TSync>(ts, "aaa", "replace", rt.NewStr(""), rt.NewStr("-"), rt.NewInt(2)));
            var list = Ops<TSync>.NewList(ts, [rt.NewStr("x"), rt.NewStr("😀"), rt.NewStr("")]);
            Assert.Equal("'x, 😀, '", S<TSync>.Repr(ts, S<TSync>.Call(ts, rt.NewStr(", "), "join", list)));
            Assert.Equal("TypeError: sequence item 1: expected str instance, int found",
                S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr(""), "join", Ops<TSync>.NewList(ts, [rt.NewStr("a"), rt.NewInt(2)]))));
            Assert.Equal("ValueError: empty separator", S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr("a"), "split", rt.NewStr(""))));
            Assert.Equal("['a\\r\\n', 'b\\x1c', 'c']", CallStr<TSync>(ts, "a\r\nb\u001cc", "splitlines", rt.True));
        }
    });

    [Theory, MemberData(nameof(Backends))]
    public void IndexingCountsCodePoints(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            var rt = ts.Rt;
            var s = rt.NewStr("a😀b");
            Assert.Equal(3L, Ops<TSync>.Len(ts, s));
            Assert.Equal("'😀'", S<TSync>.Repr(ts, Ops<TSync>.GetItem(ts, s, rt.NewInt(1))));
            Assert.Equal("'b😀a'", S<TSync>.Repr(ts, Ops<TSync>.GetItem(ts, s, new PySlice(rt.SliceType, rt.None, rt.None, rt.NewInt(-1)))));
            Assert.Equal("2", S<TSync>.Repr(ts, S<TSync>.Call(ts, s, "find", rt.NewStr("b"))));
            Assert.Equal("IndexError: string index out of range", S<TSync>.Raises(ts, () => Ops<TSync>.GetItem(ts, s, rt.NewInt(3))));
            // Code point order, not UTF-16 order: U+1F600 sorts after U+FFFF.
            Assert.True(Ops<TSync>.IsTrue(ts, Ops<TSync>.RichCompare(ts, rt.NewStr("\uffff"), rt.NewStr("😀"), Vm.Bytecode.CompareOpArg.Lt)));
        }
    });

    [Theory, MemberData(nameof(Backends))]
    public void CaseMappingIgnoresHostGlobalization(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            Assert.Equal("'S'", CallStr<TSync>(ts, "ſ", "upper"));
            Assert.Equal("'I'", CallStr<TSync>(ts, "ı", "upper"));
            Assert.Equal("'SS'", CallStr<TSync>(ts, "ß", "upper"));
            Assert.Equal("'i̇'", CallStr<TSync>(ts, "İ", "lower"));
            Assert.Equal("'σας'", CallStr<TSync>(ts, "ΣΑΣ", "lower"));
            Assert.Equal("'ǅ'", CallStr<TSync>(ts, "ǆ", "title"));
            Assert.Equal("'ss'", CallStr<TSync>(ts, "ß", "casefold"));
            Assert.Equal("\"They'Re\"", CallStr<TSync>(ts, "they're", "title"));
            Assert.Equal("True", CallStr<TSync>(ts, "一二三", "isnumeric"));
            Assert.Equal("False", CallStr<TSync>(ts, "\u0897", "isprintable")); // assigned only in Unicode 16
        }
    });

    [Theory, MemberData(nameof(Backends))]
    public void PercentAndFormat(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            var rt = ts.Rt;
            var args = Ops<TSync>.NewTuple(ts, [rt.NewInt(42), rt.NewFloat(2.5), rt.NewStr("é")]);
            Assert.Equal("\"[  42|2.50e+00|'é'|2a]\"",
                S<TSync>.Repr(ts, Ops<TSync>.BinaryOp(ts, rt.NewStr("[%4d|%.2e|%r|%x]"), Ops<TSync>.NewTuple(ts, [rt.NewInt(42), rt.NewFloat(2.5), rt.NewStr("é"), rt.NewInt(42)]), Vm.Bytecode.BinaryOpArg.Remainder)));
            Assert.Equal("TypeError: not all arguments converted during string formatting",
                S<TSync>.Raises(ts, () => Ops<TSync>.BinaryOp(ts, rt.NewStr("%d"), args, Vm.Bytecode.BinaryOpArg.Remainder)));
            Assert.Equal("TypeError: %d format: a real number is required, not str",
                S<TSync>.Raises(ts, () => Ops<TSync>.BinaryOp(ts, rt.NewStr("%d"), rt.NewStr("x"), Vm.Bytecode.BinaryOpArg.Remainder)));
            Assert.Equal("'b-a-{}'", CallStr<TSync>(ts, "{1}-{0}-{{}}", "format", rt.NewStr("a"), rt.NewStr("b")));
            Assert.Equal("ValueError: cannot switch from automatic field numbering to manual field specification",
                S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr("{}{1}"), "format", rt.NewInt(1), rt.NewInt(2))));
            Assert.Equal("IndexError: Replacement index 1 out of range for positional args tuple",
                S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr("{1}"), "format", rt.NewInt(1))));
        }
    });

    [Theory, MemberData(nameof(Backends))]
    public void Codecs(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            var rt = ts.Rt;
            Assert.Equal("b'caf\\xc3\\xa9'", CallStr<TSync>(ts, "café", "encode"));
            Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr("é"), "encode", rt.NewStr("ascii"))));
            Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                S<TSync>.Raises(ts, () => S<TSync>.Call(ts, S<TSync>.Bytes(ts, 0xFF), "decode")));
            Assert.Equal("'a\ufffdb'", S<TSync>.Repr(ts, S<TSync>.Call(ts, S<TSync>.Bytes(ts, 0x61, 0xE2, 0x82, 0x62), "decode", rt.NewStr("utf-8"), rt.NewStr("replace"))));
            Assert.Equal("b'\\xff\\xfea\\x00'", CallStr<TSync>(ts, "a", "encode", rt.NewStr("utf-16")));
            Assert.Equal("LookupError: unknown encoding: nope", S<TSync>.Raises(ts, () => S<TSync>.Call(ts, rt.NewStr("a"), "encode", rt.NewStr("nope"))));
        }
    });

    [Theory, MemberData(nameof(Backends))]
    public void BytesAndByteArray(string backend) => OnBackend(backend, ts =>
    {
        if (backend == "gil") Check<GilSync>(ts); else Check<FreeThreadedSync>(ts);

        static void Check<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
        {
            var rt = ts.Rt;
            var ba = S<TSync>.New(ts, rt.ByteArrayType, rt.NewBytes("hello"u8.ToArray()));
            S<TSync>.Call(ts, ba, "append", rt.NewInt(33));
            S<TSync>.Call(ts, ba, "extend", rt.NewBytes([0x3f]));
            Ops<TSync>.SetItem(ts, ba, rt.NewInt(0), rt.NewInt(72));
            Ops<TSync>.DelItem(ts, ba, rt.NewInt(1));
            Assert.Equal("bytearray(b'Hllo!?')", S<TSync>.Repr(ts, ba));
            Assert.Equal("TypeError: unhashable type: 'bytearray'", S<TSync>.Raises(ts, () => rt.NewInt(Ops<TSync>.Hash(ts, ba))));
            Assert.Equal("ValueError: byte must be in range(0, 256)", S<TSync>.Raises(ts, () => S<TSync>.Call(ts, ba, "append", rt.NewInt(256))));
            Assert.Equal("ValueError: bytes must be in range(0, 256)",
                S<TSync>.Raises(ts, () => S<TSync>.New(ts, rt.BytesType, Ops<TSync>.NewList(ts, [rt.NewInt(300)]))));
            Assert.Equal("'01:0203'", S<TSync>.Repr(ts, S<TSync>.Call(ts, S<TSync>.Bytes(ts, 1, 2, 3), "hex", rt.NewStr(":"), rt.NewInt(2))));
            Assert.Equal("b'\\xde\\xad'", S<TSync>.Repr(ts, S<TSync>.Call(ts, rt.BytesType, "fromhex", rt.NewStr("de ad"))));
            Assert.Equal(Ops<TSync>.Hash(ts, rt.NewStr("abc")), Ops<TSync>.Hash(ts, rt.NewBytes("abc"u8.ToArray())));
            Assert.Equal("[b'a', b'b']", S<TSync>.Repr(ts, S<TSync>.Call(ts, rt.NewBytes(" a  b "u8.ToArray()), "split")));
        }
    });
}
