using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Bytecode;

namespace Vm.Compiling;

public sealed partial class Compiler
{
    /// <summary>Compiles an expression that leaves its value on the stack.</summary>
    private void VisitExpr(Expr e)
    {
        CheckStack(e);
        var saved = _u.B.Loc;
        SetLoc(e);
        VisitExprCore(e);
        _u.B.Loc = saved;
    }

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExprCore(Expr e)
    {
        switch (e)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            case Constant c:
                EmitConst(c.Value);
                break;
            case BinOp b:
                if (ConstantFolder.TryFoldBinOp(b, out var foldedBin))
                {
                    EmitConst(foldedBin);
                    break;
                }
                CompileBinOp(b);
                break;
            case UnaryOp u:
                if (ConstantFolder.TryFold(u, out var folded))
                {
                    EmitConst(folded);
                    break;
                }
                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOpKind.Invert => Opcode.UNARY_INVERT,
                    UnaryOpKind.Not => Opcode.UNARY_NOT,
                    UnaryOpKind.UAdd => Opcode.UNARY_POSITIVE,
                    _ => Opcode.UNARY_NEGATIVE,
                });
                break;
            case BoolOp bo:
                CompileBoolOp(bo);
                break;
            case Compare c:
                CompileCompare(c);
                break;
            case IfExp ie:
            {
                var end = NewLabel();
                var next = NewLabel();
                JumpIf(ie.Test, next, false);
                VisitExpr(ie.Body);
                EmitJump(Opcode.JUMP_FORWARD, end);
                Mark(next);
                VisitExpr(ie.OrElse);
                Mark(end);
                break;
            }
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(Opcode.DUP_TOP);
                VisitStore(ne.Target);
                break;
            case Attribute a when CanOptimizeSuperCall(a): // Compiler.Super.cs
                LoadArgsForSuper((Call)a.Value);
                SetLoc(a);
                EmitSuperAttr(a, 0);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                EmitName(Opcode.LOAD_ATTR, a.Attr);
                break;
            case Subscript s:
                CheckSubscript(s); // Compiler.Warnings.cs
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                Emit(Opcode.BINARY_SUBSCR);
                break;
            case Slice sl:
                CompileSlice(sl);
                break;
            case TupleExpr t:
                if (ConstantFolder.TryGetConstant(t, out var tuple)) EmitConst(tuple);
                else StarUnpackHelper(t.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true);
                break;
            case ListExpr l:
                StarUnpackHelper(l.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: false);
                break;
            case SetExpr s:
                StarUnpackHelper(s.Elts, 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, tuple: false);
                break;
            case DictExpr d:
                CompileDict(d);
                break;
            case Starred:
                throw ErrorHere("can't use starred expression here");
            case Call call:
                CompileCall(call);
                break;
            case Lambda l:
                CompileLambda(l);
                break;
            case ListComp lc:
                CompileComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                CompileComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                CompileComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                CompileComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null);
                break;
            case Yield y:
                if (!_u.Ste.IsFunctionLike) throw ErrorHere("'yield' outside function");
                if (y.Value != null) VisitExpr(y.Value);
                else EmitConst(null);
                if (_u.Ste.IsCoroutine) Emit(Opcode.ASYNC_GEN_WRAP); // Compiler.Async.cs
                Emit(Opcode.YIELD_VALUE);
                break;
            case YieldFrom yf:
                if (!_u.Ste.IsFunctionLike) throw ErrorHere("'yield' outside function");
                if (_u.Ste.IsAsyncFunction) throw ErrorHere("'yield from' inside async function");
                VisitExpr(yf.Value);
                Emit(Opcode.GET_YIELD_FROM_ITER);
                EmitConst(null);
                Emit(Opcode.YIELD_FROM);
                break;
            case Await aw:
                CompileAwait(aw); // Compiler.Async.cs
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
                CompileFormattedValue(fv);
                break;
            default:
                throw ErrorHere($"unsupported expression {e.GetType().Name}");
        }
    }

    private void CompileBinOp(BinOp b)
    {
        // Walk down the left spine iteratively: generated sources chain thousands of operators.
        var chain = new List<BinOp>();
        Expr cur = b;
        while (cur is BinOp bin)
        {
            chain.Add(bin);
            cur = bin.Left;
        }
        VisitExpr(cur);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var node = chain[i];
            SetLoc(node);
            VisitExpr(node.Right);
            Emit(Opcode.BINARY_OP, (int)BinaryOp(node.Op));
        }
    }

    private void CompileBoolOp(BoolOp e)
    {
        var op = e.Op == BoolOpKind.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        var end = NewLabel();
        for (var i = 0; i < e.Values.Count - 1; i++)
        {
            VisitExpr(e.Values[i]);
            EmitJump(op, end);
        }
        VisitExpr(e.Values[^1]);
        Mark(end);
    }

    /// <summary>
    /// One comparison. <paramref name="chained"/>: a link of a chain other than the last, whose
    /// right operand stays on the stack as an uncounted DUP_TOP copy for the next link, so the
    /// instruction must not release it (CompareOpArgs.KeepsRight; IS_OP releases nothing).
    /// </summary>
    private void EmitCompareOp(CmpOpKind op, bool chained = false)
    {
        int keep = chained ? CompareOpArgs.KeepsRight : 0;
        switch (op)
        {
            case CmpOpKind.Eq: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.Eq | keep); break;
            case CmpOpKind.NotEq: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.NotEq | keep); break;
            case CmpOpKind.Lt: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.Lt | keep); break;
            case CmpOpKind.LtE: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.LtE | keep); break;
            case CmpOpKind.Gt: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.Gt | keep); break;
            case CmpOpKind.GtE: Emit(Opcode.COMPARE_OP, (int)CompareOpArg.GtE | keep); break;
            case CmpOpKind.Is: Emit(Opcode.IS_OP, 0); break;
            case CmpOpKind.IsNot: Emit(Opcode.IS_OP, 1); break;
            case CmpOpKind.In: Emit(Opcode.CONTAINS_OP, 0 | keep); break;
            case CmpOpKind.NotIn: Emit(Opcode.CONTAINS_OP, 1 | keep); break;
        }
    }

    /// <summary>Compiles a comparison operand; a constant list/set after `in` becomes a tuple/frozenset constant.</summary>
    private void VisitComparator(CmpOpKind op, Expr e)
    {
        if (op is CmpOpKind.In or CmpOpKind.NotIn && ConstantFolder.TryFoldContainer(e, out var value))
        {
            var saved = _u.B.Loc;
            SetLoc(e);
            EmitConst(value);
            _u.B.Loc = saved;
            return;
        }
        VisitExpr(e);
    }

    /// <summary>a &lt; b &lt; c: each middle operand is evaluated once; the chain short-circuits.</summary>
    private void CompileCompare(Compare e)
    {
        CheckCompare(e); // Compiler.Warnings.cs
        VisitExpr(e.Left);
        var n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitComparator(e.Ops[0], e.Comparators[0]);
            EmitCompareOp(e.Ops[0]);
            return;
        }
        var cleanup = NewLabel();
        for (var i = 0; i < n; i++)
        {
            VisitComparator(e.Ops[i], e.Comparators[i]);
            Emit(Opcode.DUP_TOP);
            Emit(Opcode.ROT_THREE);
            EmitCompareOp(e.Ops[i], chained: true);
            EmitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitComparator(e.Ops[n], e.Comparators[n]);
        EmitCompareOp(e.Ops[n]);
        var end = NewLabel();
        EmitJump(Opcode.JUMP_FORWARD, end);
        Mark(cleanup);
        Emit(Opcode.ROT_TWO);
        Emit(Opcode.POP_TOP);
        Mark(end);
    }

    /// <summary>Jumps to <paramref name="target"/> if the truth of <paramref name="e"/> equals <paramref name="cond"/> (CPython's compiler_jump_if).</summary>
    private void JumpIf(Expr e, Label target, bool cond)
    {
        CheckStack(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } not:
                JumpIf(not.Operand, target, !cond);
                return;
            case BoolOp bo:
            {
                var cond2 = bo.Op == BoolOpKind.Or;
                var next2 = target;
                if (cond2 != cond) next2 = NewLabel();
                for (var i = 0; i < bo.Values.Count - 1; i++) JumpIf(bo.Values[i], next2, cond2);
                JumpIf(bo.Values[^1], target, cond);
                if (cond2 != cond) Mark(next2);
                return;
            }
            case IfExp ie:
            {
                var end = NewLabel();
                var next2 = NewLabel();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, target, cond);
                EmitJump(Opcode.JUMP_FORWARD, end);
                Mark(next2);
                JumpIf(ie.OrElse, target, cond);
                Mark(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                CheckCompare(c);
                var saved = _u.B.Loc;
                SetLoc(c);
                var n = c.Ops.Count - 1;
                var cleanup = NewLabel();
                VisitExpr(c.Left);
                for (var i = 0; i < n; i++)
                {
                    VisitComparator(c.Ops[i], c.Comparators[i]);
                    Emit(Opcode.DUP_TOP);
                    Emit(Opcode.ROT_THREE);
                    EmitCompareOp(c.Ops[i], chained: true);
                    EmitJump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                }
                VisitComparator(c.Ops[n], c.Comparators[n]);
                EmitCompareOp(c.Ops[n]);
                EmitJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
                var end = NewLabel();
                EmitJump(Opcode.JUMP_FORWARD, end);
                Mark(cleanup);
                Emit(Opcode.POP_TOP);
                if (!cond) EmitJump(Opcode.JUMP_FORWARD, target);
                Mark(end);
                _u.B.Loc = saved;
                return;
            }
            case Constant k when ConstantFolder.IsTruthy(k.Value) is { } truth:
                // A constant test: no code, or an unconditional jump.
                if (truth == cond) EmitJump(Opcode.JUMP_FORWARD, target);
                return;
        }
        VisitExpr(e);
        var at = _u.B.Loc;
        SetLoc(e); // the test's own location, as CPython's jump has (a tracer sees a multi-line test's last line no more)
        EmitJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
        _u.B.Loc = at;
    }

    private void CompileSlice(Slice s)
    {
        var n = 2;
        if (s.Lower != null) VisitExpr(s.Lower);
        else EmitConst(null);
        if (s.Upper != null) VisitExpr(s.Upper);
        else EmitConst(null);
        if (s.Step != null)
        {
            n++;
            VisitExpr(s.Step);
        }
        Emit(Opcode.BUILD_SLICE, n);
    }

    // ------------------------------------------------------------------ stores and deletes

    /// <summary>Compiles an assignment target: stores the value on top of the stack.</summary>
    private void VisitStore(Expr e)
    {
        CheckStack(e);
        var saved = _u.B.Loc;
        SetLoc(e);
        switch (e)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute a:
                RecordStaticAttribute(a);
                VisitExpr(a.Value);
                SetLoc(a);
                EmitName(Opcode.STORE_ATTR, a.Attr);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                Emit(Opcode.STORE_SUBSCR);
                break;
            case TupleExpr t:
                AssignmentHelper(t.Elts);
                break;
            case ListExpr l:
                AssignmentHelper(l.Elts);
                break;
            case Starred:
                throw ErrorHere("starred assignment target must be in a list or tuple");
            default:
                throw ErrorHere($"cannot assign to {DescribeExpr(e)}");
        }
        _u.B.Loc = saved;
    }

    /// <summary>
    /// `a, b = x, y` and `a, b, c = x, y, z` (no starred item on either side): the values are
    /// evaluated left to right, SWAPped into the order UNPACK_SEQUENCE would leave them in (first
    /// value on top) and stored left to right, with no tuple built. What CPython's optimiser makes
    /// of BUILD_TUPLE n + UNPACK_SEQUENCE n; the same evaluation and store order as the unpacking
    /// (a tuple of the values always has exactly n items, so the unpacking cannot fail).
    /// When every target is a distinct fast local named on one line, there is no SWAP: the stores
    /// run last target first (`a, b = x, y` stores b, then a), which is what CPython's optimiser
    /// makes of the SWAP and its stores (flowgraph.c's static swaps: a SWAP followed by that many
    /// STORE_FASTs on one line to distinct variables becomes those stores reordered). The order is
    /// visible: the old values are released, and their __del__ run, in the order of the stores.
    /// Globals, cells, attributes, subscripts and a tuple of constants keep first target first.
    /// </summary>
    private bool TryCompileSwapAssign(Expr target, Expr value)
    {
        if (value is not TupleExpr v) return false;
        var targets = target switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => null };
        int n = v.Elts.Count;
        if (targets == null || n < 2 || n > 3 || targets.Count != n) return false;
        if (v.Elts.Any(e => e is Starred) || targets.Any(e => e is Starred)) return false;
        VisitExprs(v.Elts);
        // A tuple of constants is one constant to CPython (LOAD_CONST + UNPACK_SEQUENCE: first target first).
        if (!ConstantFolder.TryGetConstant(v, out _) && AreDistinctFastLocalsOnOneLine(targets))
        {
            // Slots numbered in source order first, as CPython numbers them before reordering the
            // stores: a frame releases its locals at exit in slot order.
            foreach (var e in targets) _u.B.AddVarName(SymbolTable.Mangle(_u.Private, ((Name)e).Id));
            for (int i = n - 1; i >= 0; i--) VisitStore(targets[i]);
            return true;
        }
        Emit(Opcode.SWAP, n);
        foreach (var e in targets) VisitStore(e);
        return true;
    }

    /// <summary>True when each target is a name stored with STORE_FAST, no two the same, all on the first one's line.</summary>
    private bool AreDistinctFastLocalsOnOneLine(List<Expr> targets)
    {
        var seen = new HashSet<string>();
        foreach (var e in targets)
        {
            if (e is not Name n || n.Line != targets[0].Line || n.Id == "__debug__") return false;
            var mangled = SymbolTable.Mangle(_u.Private, n.Id);
            bool fast = _u.Ste.GetScope(mangled) == SymbolScope.Local && (_u.Ste.IsFunctionLike || (_u.FastHidden?.Contains(mangled) ?? false));
            if (!fast || !seen.Add(mangled)) return false;
        }
        return true;
    }

    /// <summary>Unpacks the value on top of the stack into the targets (UNPACK_SEQUENCE or UNPACK_EX).</summary>
    private void AssignmentHelper(List<Expr> elts)
    {
        var n = elts.Count;
        var seenStar = false;
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is not Starred) continue;
            if (seenStar) throw ErrorHere("multiple starred expressions in assignment");
            var after = n - i - 1;
            if (i >= 1 << 8 || after >= 1 << 16) throw ErrorHere("too many expressions in star-unpacking assignment");
            Emit(Opcode.UNPACK_EX, i | (after << 8));
            seenStar = true;
        }
        if (!seenStar) Emit(Opcode.UNPACK_SEQUENCE, n);
        foreach (var elt in elts) VisitStore(elt is Starred s ? s.Value : elt);
    }

    private void VisitDelete(Expr e)
    {
        CheckStack(e);
        var saved = _u.B.Loc;
        SetLoc(e);
        switch (e)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Del);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                EmitName(Opcode.DELETE_ATTR, a.Attr);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                Emit(Opcode.DELETE_SUBSCR);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) VisitDelete(x);
                break;
            case ListExpr l:
                foreach (var x in l.Elts) VisitDelete(x);
                break;
            case Starred:
                throw ErrorHere("cannot delete starred");
            default:
                throw ErrorHere($"cannot delete {DescribeExpr(e)}");
        }
        _u.B.Loc = saved;
    }

    // ------------------------------------------------------------------ displays

    /// <summary>
    /// Builds a tuple/list/set from elements that may contain `*x` (CPython's starunpack_helper).
    /// <paramref name="pushed"/> items are already on the stack and belong at the front.
    /// </summary>
    private void StarUnpackHelper(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple)
    {
        var n = elts.Count;
        if (n > 2 && ConstantFolder.TryGetConstants(elts, out var items))
        {
            if (tuple && pushed == 0)
            {
                EmitConst(new ConstTuple(items));
                return;
            }
            Emit(build, pushed);
            EmitConst(add == Opcode.SET_ADD ? new ConstFrozenSet(items) : new ConstTuple(items));
            Emit(extend, 1);
            if (tuple) Emit(Opcode.LIST_TO_TUPLE);
            return;
        }
        var big = n + pushed > StackUseGuideline;
        var seenStar = elts.Any(x => x is Starred);
        if (!seenStar && !big)
        {
            VisitExprs(elts);
            Emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        var built = false;
        if (big)
        {
            Emit(build, pushed);
            built = true;
        }
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is Starred s)
            {
                if (!built)
                {
                    Emit(build, i + pushed);
                    built = true;
                }
                VisitExpr(s.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(elts[i]);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(Opcode.LIST_TO_TUPLE);
    }

    /// <summary>Keys begin..end-1 (none of them `**`) as one dict.</summary>
    private void CompileSubDict(DictExpr e, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && ConstantFolder.TryGetConstants(e.Keys.GetRange(begin, n)!, out var keys))
        {
            for (var i = begin; i < end; i++) VisitExpr(e.Values[i]);
            EmitConst(new ConstTuple(keys));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(Opcode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big) Emit(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }

    private void CompileDict(DictExpr e)
    {
        var n = e.Values.Count;
        var haveDict = false;
        var elements = 0;
        for (var i = 0; i < n; i++)
        {
            if (e.Keys[i] == null)
            {
                if (elements > 0)
                {
                    CompileSubDict(e, i - elements, i);
                    if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    Emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                Emit(Opcode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                CompileSubDict(e, i - elements, i + 1);
                if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0)
        {
            CompileSubDict(e, n - elements, n);
            if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) Emit(Opcode.BUILD_MAP, 0);
    }

    // ------------------------------------------------------------------ f-strings

    private void CompileJoinedStr(JoinedStr e)
    {
        var count = e.Values.Count;
        if (count > StackUseGuideline)
        {
            EmitConst("");
            _u.B.EmitName(Opcode.LOAD_METHOD, "join");
            Emit(Opcode.BUILD_LIST, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                Emit(Opcode.LIST_APPEND, 1);
            }
            Emit(Opcode.CALL_METHOD, 1);
            return;
        }
        VisitExprs(e.Values);
        if (count != 1) Emit(Opcode.BUILD_STRING, count);
    }

    private void CompileFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        var arg = e.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (e.FormatSpec != null)
        {
            VisitExpr(e.FormatSpec);
            arg |= 4;
        }
        Emit(Opcode.FORMAT_VALUE, arg);
    }
}
