using System.Numerics;
using Vm.Ast;
using Vm.Bytecode;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Compiling;

// The match statement (PEP 634).
//
// Stack during a case, bottom to top:  KEEP SUBJECT  C...  W...  S
//   KEEP     None, or a list holding every floating value the pattern code copied (MATCH_COPY): stack
//            copies are uncounted, so a consumer of one copy would otherwise free the object under the
//            other. Popped (releasing what it holds) once the case matched or every case failed.
//   SUBJECT  the match subject, evaluated once; each case matches a copy of it.
//   C        captured values, newest at the bottom: Stores[i] is i items below the top of C. They are
//            stored into their names only when the whole pattern matched (then the guard runs).
//   W        working items (OnTop of them): the rest of an unpacked sequence, the subject of an
//            `as` pattern, the keys of a mapping pattern...
//   S        the value the current (sub)pattern matches; a pattern consumes it.
// A failing test jumps to FailPop[n], which pops the n items above the case's base (SUBJECT, or an
// or-pattern's subject for its alternatives) and goes on with the next case (alternative).
public sealed partial class Compiler
{
    private sealed class PatternContext
    {
        public List<string> Stores = new();
        public int OnTop;
        /// <summary>Items between KEEP and C (SUBJECT, and an enclosing or-pattern's items).</summary>
        public int Base;
        public bool AllowIrrefutable;
        public List<Label> FailPop = new();
    }

    private void CompileMatch(Match m)
    {
        EmitConst(null); // KEEP
        VisitExpr(m.Subject);
        var end = NewLabel();
        for (int i = 0; i < m.Cases.Count; i++)
        {
            var c = m.Cases[i];
            var pc = new PatternContext { Base = 1, AllowIrrefutable = c.Guard != null || i == m.Cases.Count - 1 };
            SetLoc(c.Pattern);
            Emit(Opcode.MATCH_COPY, 1);
            CompilePattern(c.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store);
            if (c.Guard != null) JumpIf(c.Guard, FailLabel(pc, 0), false);
            Emit(Opcode.POP_TOP); // SUBJECT
            Emit(Opcode.POP_TOP); // KEEP
            VisitStmts(c.Body);
            EmitJump(Opcode.JUMP_FORWARD, end);
            EmitFailPops(pc);
        }
        Emit(Opcode.POP_TOP);
        Emit(Opcode.POP_TOP);
        Mark(end);
    }

    private Label FailLabel(PatternContext pc, int pops)
    {
        while (pc.FailPop.Count <= pops) pc.FailPop.Add(NewLabel());
        return pc.FailPop[pops];
    }

    /// <summary>Jumps (with <paramref name="op"/>) to the failure path, popping C, W and <paramref name="extra"/> more items.</summary>
    private void JumpToFail(PatternContext pc, Opcode op, int extra)
        => EmitJump(op, FailLabel(pc, pc.Stores.Count + pc.OnTop + extra));

    private void EmitFailPops(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) FailLabel(pc, 0);
        for (int k = pc.FailPop.Count - 1; k > 0; k--)
        {
            Mark(pc.FailPop[k]);
            Emit(Opcode.POP_TOP);
        }
        Mark(pc.FailPop[0]);
        pc.FailPop = new List<Label>();
    }

    /// <summary>MATCH_COPY's argument: how far below S the KEEP slot is.</summary>
    private static int KeepDistance(PatternContext pc) => 1 + pc.OnTop + pc.Stores.Count + pc.Base;

    /// <summary>Moves the top item <paramref name="count"/> - 1 places down (to the bottom of the top count items).</summary>
    private void RotateDown(int count)
    {
        for (int n = count; n > 1; n--) Emit(Opcode.SWAP, n);
    }

    private void CompilePattern(Pattern p, PatternContext pc)
    {
        CheckStack(p);
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not (Constant or UnaryOp or BinOp or Attribute))
                    throw Error(v.Value, "patterns may only match literals and attribute lookups");
                VisitExpr(v.Value);
                SetLoc(p);
                Emit(Opcode.COMPARE_OP, (int)CompareOpArg.Eq);
                JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 0);
                break;
            case MatchSingleton s:
                EmitConst(s.Value);
                Emit(Opcode.IS_OP, 0);
                JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 0);
                break;
            case MatchAs a:
                CompileAsPattern(a, pc);
                break;
            case MatchStar star:
                CaptureOrPop(star.Name, star, pc);
                break;
            case MatchSequence s:
                CompileSequencePattern(s, pc);
                break;
            case MatchMapping mp:
                CompileMappingPattern(mp, pc);
                break;
            case MatchClass c:
                CompileClassPattern(c, pc);
                break;
            case MatchOr o:
                CompileOrPattern(o, pc);
                break;
            default:
                throw Error(p, $"unsupported pattern {p.GetType().Name}");
        }
    }

    /// <summary>A pattern inside another: irrefutable ones are fine there.</summary>
    private void CompileSubpattern(Pattern p, PatternContext pc)
    {
        var allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null } or MatchStar { Name: null };

    private void CompileAsPattern(MatchAs a, PatternContext pc)
    {
        if (a.Pattern == null)
        {
            if (!pc.AllowIrrefutable)
            {
                throw Error(a, a.Name == null ? "wildcard makes remaining patterns unreachable"
                    : $"name capture '{a.Name}' makes remaining patterns unreachable");
            }
            CaptureOrPop(a.Name, a, pc);
            return;
        }
        // keep S to store it once the inner pattern matched
        Emit(Opcode.MATCH_COPY, KeepDistance(pc));
        pc.OnTop++;
        CompilePattern(a.Pattern, pc);
        pc.OnTop--;
        CaptureOrPop(a.Name, a, pc);
    }

    /// <summary>S is captured under <paramref name="name"/> (moved into C), or dropped for `_`.</summary>
    private void CaptureOrPop(string? name, Pattern p, PatternContext pc)
    {
        if (name == null)
        {
            Emit(Opcode.POP_TOP);
            return;
        }
        if (pc.Stores.Contains(name)) throw Error(p, $"multiple assignments to name '{name}' in pattern");
        RotateDown(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private void CompileSequencePattern(MatchSequence s, PatternContext pc)
    {
        var items = s.Patterns;
        int size = items.Count, star = -1;
        bool onlyWildcards = true;
        for (int i = 0; i < size; i++)
        {
            if (items[i] is MatchStar)
            {
                if (star >= 0) throw Error(s, "multiple starred names in sequence pattern");
                star = i;
            }
            onlyWildcards &= IsWildcard(items[i]);
        }
        Emit(Opcode.MATCH_SEQUENCE);
        JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 1);
        if (star < 0 || size > 1)
        {
            Emit(Opcode.GET_LEN);
            EmitConst((long)(star < 0 ? size : size - 1));
            Emit(Opcode.COMPARE_OP, (int)(star < 0 ? CompareOpArg.Eq : CompareOpArg.GtE));
            JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 1);
        }
        if (onlyWildcards)
        {
            Emit(Opcode.POP_TOP);
            return;
        }
        if (star >= 0 && IsWildcard(items[star]))
        {
            // `[a, *_, b]`: index the items wanted instead of unpacking the middle into a list
            pc.OnTop++;
            for (int i = 0; i < size; i++)
            {
                if (IsWildcard(items[i])) continue;
                Emit(Opcode.MATCH_COPY, KeepDistance(pc) - 1);
                if (i < star)
                {
                    EmitConst((long)i);
                }
                else
                {
                    // an item after the star: index len(S) - (size - i), as CPython does
                    Emit(Opcode.GET_LEN);
                    EmitConst((long)(size - i));
                    Emit(Opcode.BINARY_OP, (int)BinaryOpArg.Subtract);
                }
                Emit(Opcode.BINARY_SUBSCR);
                CompileSubpattern(items[i], pc);
            }
            pc.OnTop--;
            Emit(Opcode.POP_TOP);
            return;
        }
        if (star < 0) Emit(Opcode.UNPACK_SEQUENCE, size);
        else Emit(Opcode.UNPACK_EX, star | ((size - 1 - star) << 8));
        pc.OnTop += size;
        foreach (var item in items)
        {
            pc.OnTop--;
            CompileSubpattern(item, pc);
        }
    }

    private void CompileMappingPattern(MatchMapping mp, PatternContext pc)
    {
        int size = mp.Keys.Count;
        Emit(Opcode.MATCH_MAPPING);
        JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 1);
        if (size == 0 && mp.Rest == null)
        {
            Emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(Opcode.GET_LEN);
            EmitConst((long)size);
            Emit(Opcode.COMPARE_OP, (int)CompareOpArg.GtE);
            JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 1);
        }
        CheckMappingKeys(mp);
        foreach (var k in mp.Keys) VisitExpr(k);
        SetLoc(mp);
        Emit(Opcode.BUILD_TUPLE, size);
        if (size > 0)
        {
            Emit(Opcode.MATCH_KEYS);
            Emit(Opcode.DUP_TOP);
            EmitConst(null);
            Emit(Opcode.IS_OP, 1);
            JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 3);
            Emit(Opcode.UNPACK_SEQUENCE, size);
            pc.OnTop += 2 + size;
            foreach (var item in mp.Patterns)
            {
                pc.OnTop--;
                CompileSubpattern(item, pc);
            }
            pc.OnTop -= 2;
        }
        if (mp.Rest != null)
        {
            Emit(Opcode.MATCH_DICT_REST);
            CaptureOrPop(mp.Rest, mp, pc);
        }
        else
        {
            Emit(Opcode.POP_TOP);
            Emit(Opcode.POP_TOP);
        }
    }

    /// <summary>Literal keys must differ (by Python equality: 1, 1.0 and True are one key).</summary>
    private void CheckMappingKeys(MatchMapping mp)
    {
        var seen = new HashSet<object>();
        foreach (var k in mp.Keys)
        {
            if (k is Attribute) continue;
            if (!ConstantFolder.TryGetConstant(k, out var value))
                throw Error(mp, "mapping pattern keys may only match literals and attribute lookups");
            if (!seen.Add(EqualityKey(value))) throw Error(mp, $"mapping pattern checks duplicate key ({PyRepr.Of(value)})");
        }
    }

    /// <summary>A .NET key equal for constants Python calls equal.</summary>
    private static object EqualityKey(object? value)
    {
        switch (value)
        {
            case null: return "None";
            case bool b: return new BigInteger(b ? 1 : 0);
            case long l: return new BigInteger(l);
            case BigInteger bi: return bi;
            case double d: return NumberKey(d);
            case Complex c: return c.Imaginary == 0 ? NumberKey(c.Real) : c;
            case string s: return "s" + s;
            case byte[] bytes: return "b" + Convert.ToHexString(bytes);
            default: return value;
        }
    }

    private static object NumberKey(double d)
        => double.IsFinite(d) && Math.Floor(d) == d ? new BigInteger(d) : d;

    private void CompileClassPattern(MatchClass c, PatternContext pc)
    {
        for (int i = 0; i < c.KwdAttrs.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (c.KwdAttrs[j] == c.KwdAttrs[i])
                    throw Error(c.KwdPatterns[i], $"attribute name repeated in class pattern: {c.KwdAttrs[i]}");
            }
        }
        VisitExpr(c.Cls);
        var names = new object?[c.KwdAttrs.Count];
        for (int i = 0; i < names.Length; i++) names[i] = c.KwdAttrs[i];
        EmitConst(new ConstTuple(names));
        SetLoc(c);
        Emit(Opcode.MATCH_CLASS, c.Patterns.Count);
        Emit(Opcode.DUP_TOP);
        EmitConst(null);
        Emit(Opcode.IS_OP, 1);
        JumpToFail(pc, Opcode.POP_JUMP_IF_FALSE, 1);
        int n = c.Patterns.Count + c.KwdPatterns.Count;
        if (n == 0)
        {
            Emit(Opcode.POP_TOP);
            return;
        }
        Emit(Opcode.UNPACK_SEQUENCE, n);
        pc.OnTop += n;
        foreach (var item in c.Patterns.Concat(c.KwdPatterns))
        {
            pc.OnTop--;
            CompileSubpattern(item, pc);
        }
    }

    private void CompileOrPattern(MatchOr o, PatternContext pc)
    {
        var end = NewLabel();
        var outerStores = pc.Stores;
        var outerFail = pc.FailPop;
        int outerOnTop = pc.OnTop, outerBase = pc.Base;
        bool outerAllow = pc.AllowIrrefutable;
        List<string>? control = null;
        for (int i = 0; i < o.Patterns.Count; i++)
        {
            // each alternative matches a copy of S, with C and W of its own above S
            Emit(Opcode.MATCH_COPY, 1 + outerOnTop + outerStores.Count + outerBase);
            pc.Stores = new List<string>();
            pc.OnTop = 0;
            pc.Base = outerBase + outerStores.Count + outerOnTop + 1;
            pc.FailPop = new List<Label>();
            pc.AllowIrrefutable = i == o.Patterns.Count - 1 && outerAllow;
            CompilePattern(o.Patterns[i], pc);
            if (control == null)
            {
                control = pc.Stores;
            }
            else
            {
                if (control.Count != pc.Stores.Count || control.Any(n => !pc.Stores.Contains(n)))
                    throw Error(o, "alternative patterns bind different names");
                ReorderCaptures(pc.Stores, control);
            }
            EmitJump(Opcode.JUMP_FORWARD, end);
            EmitFailPops(pc);
        }
        pc.Stores = outerStores;
        pc.FailPop = outerFail;
        pc.OnTop = outerOnTop;
        pc.Base = outerBase;
        pc.AllowIrrefutable = outerAllow;
        // no alternative matched: S is still there
        JumpToFail(pc, Opcode.JUMP_FORWARD, 1);
        Mark(end);
        // the alternative's captures go to the bottom of C, below W and S, in control's order
        int n = control!.Count;
        for (int i = 0; i < n; i++) RotateDown(n + 1 + pc.OnTop + pc.Stores.Count);
        foreach (var name in control)
        {
            if (pc.Stores.Contains(name)) throw Error(o, $"multiple assignments to name '{name}' in pattern");
            pc.Stores.Add(name);
        }
        Emit(Opcode.POP_TOP); // S
    }

    /// <summary>Permutes the top items (named by <paramref name="current"/>, top first) into <paramref name="wanted"/>'s order.</summary>
    private void ReorderCaptures(List<string> current, List<string> wanted)
    {
        for (int i = wanted.Count - 1; i >= 0; i--)
        {
            int j = current.IndexOf(wanted[i]);
            if (j == i) continue;
            // swap depths i and j through the top
            if (i == 0) Emit(Opcode.SWAP, j + 1);
            else if (j == 0) Emit(Opcode.SWAP, i + 1);
            else
            {
                Emit(Opcode.SWAP, j + 1);
                Emit(Opcode.SWAP, i + 1);
                Emit(Opcode.SWAP, j + 1);
            }
            (current[i], current[j]) = (current[j], current[i]);
        }
    }
}
