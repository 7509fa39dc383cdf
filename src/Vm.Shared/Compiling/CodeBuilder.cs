using System.Numerics;
using System.Text;
using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

/// <summary>A jump target inside one <see cref="CodeBuilder"/>.</summary>
internal readonly record struct Label(int Id);

/// <summary>A source range: 1-based lines, 0-based columns (as the AST).</summary>
internal readonly record struct SrcLoc(int Line, int Col, int EndLine, int EndCol)
{
    public static SrcLoc Of(Node n) => new(n.Line, n.Col, n.EndLine, n.EndCol);

    /// <summary>CPython's NO_LOCATION: an instruction the source does not spell (an implicit return).
    /// Assembly gives it the location of the instruction before it, marked artificial
    /// (CodeUnit.IsArtificial: tracing reports no line for it).</summary>
    public static readonly SrcLoc None = new(-1, -1, -1, -1);
}

/// <summary>
/// Instruction emission for one code block: labels, per-instruction source positions, the
/// names/constants/locals tables, and assembly (label resolution, removal of unreachable code
/// and of jumps to the next instruction, and the stack-depth flow analysis).
/// </summary>
internal sealed class CodeBuilder
{
    private struct Ins
    {
        public Opcode Op;
        public int Arg;
        public int Target; // label id for jumps, else -1
        public SrcLoc Loc;
    }

    private readonly ArrayBuilder<Ins> _ins = new(64);
    private readonly List<int> _labels = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _nameIndex = new();
    private readonly List<object?> _consts = new();
    private readonly Dictionary<object, int> _constIndex = new();
    private readonly List<string> _varNames = new();
    private readonly Dictionary<string, int> _varIndex = new();

    /// <summary>The location given to emitted instructions.</summary>
    public SrcLoc Loc;

    public int Count => _ins.Count;

    public Label NewLabel()
    {
        _labels.Add(-1);
        return new Label(_labels.Count - 1);
    }

    public void Mark(Label label)
    {
        if (_labels[label.Id] != -1) throw new InvalidOperationException("label marked twice");
        _labels[label.Id] = _ins.Count;
    }

    public void Emit(Opcode op, int arg = 0)
    {
        if (arg < 0 || arg > Instr.MaxArg) throw new InvalidOperationException($"argument {arg} of {op} out of range");
        _ins.Add(new Ins { Op = op, Arg = arg, Target = -1, Loc = Loc });
    }

    public void EmitJump(Opcode op, Label target)
    {
        _ins.Add(new Ins { Op = op, Arg = 0, Target = target.Id, Loc = Loc });
    }

    // ------------------------------------------------------------------ tables

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out var i)) return i;
        _names.Add(name);
        return _nameIndex[name] = _names.Count - 1;
    }

    public int AddConst(object? value)
    {
        value = NormalizeConst(value);
        var key = ConstKey(value);
        if (_constIndex.TryGetValue(key, out var i)) return i;
        _consts.Add(value);
        return _constIndex[key] = _consts.Count - 1;
    }

    public void AddVarNames(IEnumerable<string> names)
    {
        foreach (var n in names) AddVarName(n);
    }

    public int AddVarName(string name)
    {
        if (_varIndex.TryGetValue(name, out var i)) return i;
        _varNames.Add(name);
        return _varIndex[name] = _varNames.Count - 1;
    }

    public void EmitConst(object? value) => Emit(Opcode.LOAD_CONST, AddConst(value));

    public void EmitName(Opcode op, string name) => Emit(op, AddName(name));

    /// <summary>Small BigIntegers become longs, so equal ints share one constant.</summary>
    internal static object? NormalizeConst(object? value) => value switch
    {
        BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
        int i => (long)i,
        _ => value,
    };

    /// <summary>A key under which equal constants (same type and value) share one slot.</summary>
    internal static object ConstKey(object? value)
    {
        switch (value)
        {
            case CodeUnit cu:
                return cu; // never shared
            default:
                var sb = new StringBuilder();
                AppendKey(sb, value);
                return sb.ToString();
        }
    }

    private static void AppendKey(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append('N'); break;
            case bool b: sb.Append(b ? 'T' : 'F'); break;
            case long l: sb.Append('i').Append(l); break;
            case BigInteger bi: sb.Append('I').Append(bi.ToString()); break;
            case double d: sb.Append('f').Append(BitConverter.DoubleToInt64Bits(d)); break;
            case Complex c:
                sb.Append('c').Append(BitConverter.DoubleToInt64Bits(c.Real)).Append(':')
                    .Append(BitConverter.DoubleToInt64Bits(c.Imaginary));
                break;
            case string s: sb.Append('s').Append(s.Length).Append(':').Append(s); break;
            case byte[] bytes: sb.Append('y').Append(Convert.ToHexString(bytes)); break;
            case EllipsisValue: sb.Append('E'); break;
            case ConstTuple t:
                sb.Append("t(");
                foreach (var item in t.Items) { AppendKey(sb, item); sb.Append(','); }
                sb.Append(')');
                break;
            case ConstFrozenSet fs:
                sb.Append("z(");
                foreach (var item in fs.Items) { AppendKey(sb, item); sb.Append(','); }
                sb.Append(')');
                break;
            default:
                // Code objects inside tuples do not occur; fall back to identity.
                sb.Append('#').Append(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
                break;
        }
    }

    // ------------------------------------------------------------------ assembly

    /// <summary>Resolves labels, removes dead code, computes the stack size and fills <paramref name="unit"/>.</summary>
    public void Assemble(CodeUnit unit)
    {
        var ins = _ins.ToArray();
        for (var i = 0; i < ins.Length; i++)
        {
            if (ins[i].Target < 0) continue;
            var pos = _labels[ins[i].Target];
            if (pos < 0) throw new InvalidOperationException("jump to an unmarked label");
            ins[i].Arg = pos;
        }

        var depth = ComputeDepths(ins, out var maxDepth);
        var keep = new bool[ins.Length];
        for (var i = 0; i < ins.Length; i++) keep[i] = depth[i] >= 0;
        ins = Compact(ins, keep);

        // Remove jumps to the very next instruction (repeat: removing one can expose another).
        for (var round = 0; round < 8; round++)
        {
            keep = new bool[ins.Length];
            var changed = false;
            for (var i = 0; i < ins.Length; i++)
            {
                var redundant = StackEffect.IsUnconditionalJump(ins[i].Op) && ins[i].Arg == i + 1;
                keep[i] = !redundant;
                changed |= redundant;
            }
            if (!changed) break;
            ins = Compact(ins, keep);
        }

        // Backward unconditional jumps are JUMP_ABSOLUTE (the interpreter checks the eval breaker there).
        for (var i = 0; i < ins.Length; i++)
        {
            if (ins[i].Op == Opcode.JUMP_FORWARD && ins[i].Arg <= i) ins[i].Op = Opcode.JUMP_ABSOLUTE;
        }

        var code = new int[ins.Length];
        var positions = new int[ins.Length * 4];
        for (var i = 0; i < ins.Length; i++)
        {
            code[i] = Instr.Encode(ins[i].Op, ins[i].Arg);
            if (ins[i].Loc.Line < 0)
            {
                // no location: the one before it (else after it), its line negated (CodeUnit.IsArtificial)
                var j = i - 1;
                while (j >= 0 && ins[j].Loc.Line < 0) j--;
                if (j < 0) for (j = i + 1; j < ins.Length && ins[j].Loc.Line < 0; j++) { }
                var from = j < ins.Length ? ins[j].Loc : new SrcLoc(Math.Max(unit.FirstLineNo, 1), 0, Math.Max(unit.FirstLineNo, 1), 0);
                positions[i * 4] = -Math.Abs(from.Line);
                positions[i * 4 + 1] = from.Col;
                positions[i * 4 + 2] = from.EndLine;
                positions[i * 4 + 3] = from.EndCol;
                continue;
            }
            positions[i * 4] = ins[i].Loc.Line;
            positions[i * 4 + 1] = ins[i].Loc.Col;
            positions[i * 4 + 2] = ins[i].Loc.EndLine;
            positions[i * 4 + 3] = ins[i].Loc.EndCol;
        }
        unit.Code = code;
        unit.Positions = positions;
        unit.StackSize = maxDepth;
        unit.Names = _names.ToArray();
        unit.Consts = _consts.ToArray();
        unit.VarNames = _varNames.ToArray();
    }

    /// <summary>Keeps the instructions marked in <paramref name="keep"/>, retargeting jumps.</summary>
    private static Ins[] Compact(Ins[] ins, bool[] keep)
    {
        var map = new int[ins.Length + 1];
        var count = 0;
        for (var i = 0; i < ins.Length; i++) if (keep[i]) count++;
        // A removed instruction maps to the next kept one.
        var next = count;
        map[ins.Length] = count;
        for (var i = ins.Length - 1; i >= 0; i--)
        {
            if (keep[i]) next--;
            map[i] = next;
        }
        var result = new Ins[count];
        var j = 0;
        for (var i = 0; i < ins.Length; i++)
        {
            if (!keep[i]) continue;
            var x = ins[i];
            if (x.Target >= 0) x.Arg = map[x.Arg];
            result[j++] = x;
        }
        return result;
    }

    /// <summary>
    /// Flow analysis: the stack depth before each instruction (-1 if unreachable). A handler of
    /// SETUP_FINALLY/SETUP_WITH starts at the block level + 2 (PREV and E).
    /// </summary>
    private static int[] ComputeDepths(Ins[] ins, out int maxDepth)
    {
        var n = ins.Length;
        var depth = new int[n];
        for (int k = 0; k < n; k++) depth[k] = -1;
        maxDepth = 0;
        if (n == 0) return depth;
        var work = new ArrayBuilder<int>();
        depth[0] = 0;
        work.Add(0);
        var max = 0;

        void Reach(int target, int d, int from)
        {
            if (target >= n) throw new InvalidOperationException($"jump out of code at {from}");
            if (depth[target] == -1)
            {
                depth[target] = d;
                work.Add(target);
            }
            else if (depth[target] != d)
            {
                throw new InvalidOperationException(
                    $"inconsistent stack depth at instruction {target}: {depth[target]} vs {d} (from {from})");
            }
        }

        while (work.Count > 0)
        {
            var i = work.Pop();
            var d = depth[i];
            while (true)
            {
                var x = ins[i];
                if (x.Target >= 0)
                {
                    var jd = d + StackEffect.Of(x.Op, x.Arg, jump: true);
                    if (jd < 0) throw new InvalidOperationException($"stack underflow at {i} ({x.Op})");
                    max = Math.Max(max, jd);
                    Reach(x.Arg, jd, i);
                }
                if (StackEffect.EndsFlow(x.Op)) break;
                d += StackEffect.Of(x.Op, x.Arg, jump: false);
                if (d < 0) throw new InvalidOperationException($"stack underflow at {i} ({x.Op})");
                max = Math.Max(max, d);
                i++;
                if (i >= n) throw new InvalidOperationException("control falls off the end of the code");
                if (depth[i] != -1)
                {
                    if (depth[i] != d)
                        throw new InvalidOperationException(
                            $"inconsistent stack depth at instruction {i}: {depth[i]} vs {d}");
                    break;
                }
                depth[i] = d;
            }
        }
        maxDepth = max;
        return depth;
    }
}
