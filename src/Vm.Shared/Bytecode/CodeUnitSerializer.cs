using System.Numerics;

namespace Vm.Bytecode;

/// <summary>
/// A binary form of <see cref="CodeUnit"/> (what .pyc files are to CPython's code objects), for
/// the compiled-code cache (Runtime/CodeCache.cs). Every field of a unit is written; constants are
/// tagged by kind (the constant kinds CodeUnit documents). The format carries no version of its
/// own: the cache keys files by the build of Vm.Shared, so a reader never sees another writer's
/// layout.
/// </summary>
public static class CodeUnitSerializer
{
    private enum Tag : byte { None, False, True, Long, Int, Big, Double, Complex, Str, Bytes, Ellipsis, Tuple, FrozenSet, Code }

    public static void Write(BinaryWriter w, CodeUnit u)
    {
        WriteString(w, u.Name);
        WriteString(w, u.QualName);
        WriteString(w, u.FileName);
        w.Write(u.FirstLineNo);
        w.Write(u.ArgCount);
        w.Write(u.PosOnlyArgCount);
        w.Write(u.KwOnlyArgCount);
        w.Write((int)u.Flags);
        WriteStrings(w, u.VarNames);
        WriteStrings(w, u.CellVars);
        WriteStrings(w, u.FreeVars);
        WriteStrings(w, u.Names);
        w.Write(u.Consts.Length);
        foreach (var c in u.Consts) WriteConst(w, c);
        WriteInts(w, u.Code);
        WriteInts(w, u.Positions);
        w.Write(u.StackSize);
        w.Write(u.DocString != null);
        if (u.DocString != null) WriteString(w, u.DocString);
        WriteInts(w, u.Cell2Arg);
    }

    public static CodeUnit Read(BinaryReader r)
    {
        var u = new CodeUnit
        {
            Name = ReadString(r),
            QualName = ReadString(r),
            FileName = ReadString(r),
            FirstLineNo = r.ReadInt32(),
            ArgCount = r.ReadInt32(),
            PosOnlyArgCount = r.ReadInt32(),
            KwOnlyArgCount = r.ReadInt32(),
            Flags = (CodeFlags)r.ReadInt32(),
            VarNames = ReadStrings(r),
            CellVars = ReadStrings(r),
            FreeVars = ReadStrings(r),
            Names = ReadStrings(r),
        };
        var consts = new object?[r.ReadInt32()];
        for (int i = 0; i < consts.Length; i++) consts[i] = ReadConst(r);
        u.Consts = consts;
        u.Code = ReadInts(r);
        u.Positions = ReadInts(r);
        u.StackSize = r.ReadInt32();
        u.DocString = r.ReadBoolean() ? ReadString(r) : null;
        u.Cell2Arg = ReadInts(r);
        return u;
    }

    private static void WriteConst(BinaryWriter w, object? c)
    {
        switch (c)
        {
            case null: w.Write((byte)Tag.None); break;
            case bool b: w.Write((byte)(b ? Tag.True : Tag.False)); break;
            case long l: w.Write((byte)Tag.Long); w.Write(l); break;
            case int i: w.Write((byte)Tag.Int); w.Write(i); break;
            case BigInteger bi:
                w.Write((byte)Tag.Big);
                var bytes = bi.ToByteArray();
                w.Write(bytes.Length);
                w.Write(bytes);
                break;
            case double d: w.Write((byte)Tag.Double); w.Write(d); break;
            case Complex z: w.Write((byte)Tag.Complex); w.Write(z.Real); w.Write(z.Imaginary); break;
            case string s: w.Write((byte)Tag.Str); WriteString(w, s); break;
            case byte[] data: w.Write((byte)Tag.Bytes); w.Write(data.Length); w.Write(data); break;
            case Vm.Ast.EllipsisValue: w.Write((byte)Tag.Ellipsis); break;
            case ConstTuple t: w.Write((byte)Tag.Tuple); WriteConsts(w, t.Items); break;
            case ConstFrozenSet fs: w.Write((byte)Tag.FrozenSet); WriteConsts(w, fs.Items); break;
            case CodeUnit cu: w.Write((byte)Tag.Code); Write(w, cu); break;
            default: throw new InvalidOperationException("unknown constant " + c.GetType());
        }
    }

    private static void WriteConsts(BinaryWriter w, object?[] items)
    {
        w.Write(items.Length);
        foreach (var x in items) WriteConst(w, x);
    }

    private static object? ReadConst(BinaryReader r)
    {
        switch ((Tag)r.ReadByte())
        {
            case Tag.None: return null;
            case Tag.False: return false;
            case Tag.True: return true;
            case Tag.Long: return r.ReadInt64();
            case Tag.Int: return r.ReadInt32();
            case Tag.Big: return new BigInteger(r.ReadBytes(r.ReadInt32()));
            case Tag.Double: return r.ReadDouble();
            case Tag.Complex: return new Complex(r.ReadDouble(), r.ReadDouble());
            case Tag.Str: return ReadString(r);
            case Tag.Bytes: return r.ReadBytes(r.ReadInt32());
            case Tag.Ellipsis: return Vm.Ast.EllipsisValue.Instance;
            case Tag.Tuple: return new ConstTuple(ReadConsts(r));
            case Tag.FrozenSet: return new ConstFrozenSet(ReadConsts(r));
            case Tag.Code: return Read(r);
            default: throw new InvalidDataException("bad constant tag in cached code");
        }
    }

    private static object?[] ReadConsts(BinaryReader r)
    {
        var items = new object?[r.ReadInt32()];
        for (int i = 0; i < items.Length; i++) items[i] = ReadConst(r);
        return items;
    }

    // Python strings may hold lone surrogates (from "\ud800"), which UTF-8 cannot carry: string
    // constants are written as UTF-16 code units.
    private static void WriteString(BinaryWriter w, string s)
    {
        w.Write(s.Length);
        foreach (char ch in s) w.Write((ushort)ch);
    }

    private static string ReadString(BinaryReader r)
    {
        int n = r.ReadInt32();
        return string.Create(n, r, static (span, rd) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = (char)rd.ReadUInt16();
        });
    }

    private static void WriteStrings(BinaryWriter w, string[] a)
    {
        w.Write(a.Length);
        foreach (var s in a) WriteString(w, s);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var a = new string[r.ReadInt32()];
        for (int i = 0; i < a.Length; i++) a[i] = ReadString(r);
        return a;
    }

    private static void WriteInts(BinaryWriter w, int[] a)
    {
        w.Write(a.Length);
        foreach (var x in a) w.Write(x);
    }

    private static int[] ReadInts(BinaryReader r)
    {
        int n = r.ReadInt32();
        var a = new int[n];
        var bytes = r.ReadBytes(n * 4);
        if (bytes.Length != n * 4) throw new EndOfStreamException();
        Buffer.BlockCopy(bytes, 0, a, 0, bytes.Length);
        return a;
    }
}
