using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Bytecode;

namespace Vm.Compiling;

public sealed partial class Compiler
{
    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        CheckStack(s);
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompileFunctionDef(f); break;
            case ClassDef c: CompileClassDef(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitDelete(t);
                break;
            case Assign a:
                if (a.Targets.Count == 1 && TryCompileSwapAssign(a.Targets[0], a.Value)) break;
                VisitExpr(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Opcode.DUP_TOP);
                    VisitStore(a.Targets[i]);
                }
                break;
            case AugAssign aug: CompileAugAssign(aug); break;
            case AnnAssign ann: CompileAnnAssign(ann); break;
            case For f:
                if (f.IsAsync) CompileAsyncFor(f); // Compiler.Async.cs
                else CompileFor(f);
                break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w:
                if (w.IsAsync) CheckAsyncAllowed("'async with'"); // Compiler.Async.cs
                CompileWith(w, 0);
                break;
            case Raise r:
            {
                var n = 0;
                if (r.Exc != null)
                {
                    VisitExpr(r.Exc);
                    n++;
                    if (r.Cause != null)
                    {
                        VisitExpr(r.Cause);
                        n++;
                    }
                }
                Emit(Opcode.RAISE_VARARGS, n);
                break;
            }
            case Try t: CompileTry(t); break;
            case Assert a: CompileAssert(a); break;
            case Import imp: CompileImport(imp); break;
            case ImportFrom imp: CompileImportFrom(imp); break;
            case Pass:
                Emit(Opcode.NOP); // its line, as CPython keeps it (a tracer sees it)
                break;
            case Global or Nonlocal:
                break;
            case ExprStmt e: CompileExprStmt(e); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            case Match m: CompileMatch(m); break; // Compiler.Match.cs
            default:
                throw Error(s, $"unsupported statement {s.GetType().Name}");
        }
    }

    private void CompileExprStmt(ExprStmt s)
    {
        if (_interactive && _stack.Count == 0)
        {
            VisitExpr(s.Value);
            Emit(Opcode.PRINT_EXPR);
            return;
        }
        if (s.Value is Constant)
        {
            Emit(Opcode.NOP); // a constant statement does nothing but has its line
            return;
        }
        VisitExpr(s.Value);
        Emit(Opcode.POP_TOP);
    }

    // ------------------------------------------------------------------ control flow

    private void CompileIf(If s)
    {
        var end = NewLabel();
        while (true)
        {
            var next = s.OrElse.Count > 0 ? NewLabel() : end;
            if (s.Test is Constant) Emit(Opcode.NOP); // `if False:` keeps its line (its jump goes with the dead body)
            JumpIf(s.Test, next, false);
            VisitStmts(s.Body);
            if (s.OrElse.Count == 0) break;
            EmitJump(Opcode.JUMP_FORWARD, end);
            Mark(next);
            if (s.OrElse.Count == 1 && s.OrElse[0] is If elif)
            {
                // Compile elif chains iteratively: long chains must not recurse.
                s = elif;
                CheckStack(s);
                SetLoc(s);
                continue;
            }
            VisitStmts(s.OrElse);
            break;
        }
        Mark(end);
    }

    private void CompileWhile(While s)
    {
        var loop = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();
        Mark(loop);
        PushFBlock(FBlockType.WhileLoop, loop, end, null);
        JumpIf(s.Test, orElse, false);
        VisitStmts(s.Body);
        SetLoc(s);
        EmitJump(Opcode.JUMP_ABSOLUTE, loop);
        PopFBlock(FBlockType.WhileLoop);
        Mark(orElse);
        VisitStmts(s.OrElse);
        Mark(end);
    }

    private void CompileFor(For s)
    {
        var start = NewLabel();
        var cleanup = NewLabel();
        var end = NewLabel();
        PushFBlock(FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        Emit(Opcode.GET_ITER);
        Mark(start);
        EmitJump(Opcode.FOR_ITER, cleanup);
        VisitStore(s.Target);
        VisitStmts(s.Body);
        SetLoc(s);
        EmitJump(Opcode.JUMP_ABSOLUTE, start);
        Mark(cleanup);
        PopFBlock(FBlockType.ForLoop);
        VisitStmts(s.OrElse);
        Mark(end);
    }

    private void CompileAssert(Assert a)
    {
        CheckAssert(a); // Compiler.Warnings.cs
        var end = NewLabel();
        JumpIf(a.Test, end, true);
        SetLoc(a);
        Emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.Msg != null)
        {
            VisitExpr(a.Msg);
            Emit(Opcode.CALL, 1);
        }
        Emit(Opcode.RAISE_VARARGS, 1);
        Mark(end);
    }

    // ------------------------------------------------------------------ assignment

    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.DUP_TOP);
                EmitName(Opcode.LOAD_ATTR, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(Opcode.DUP_TOP_TWO);
                Emit(Opcode.BINARY_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            default:
                throw Error(e, $"'{DescribeExpr(e)}' is an illegal expression for augmented assignment");
        }
        SetLoc(s);
        VisitExpr(s.Value);
        Emit(Opcode.BINARY_OP, (int)InplaceOp(s.Op));
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                Emit(Opcode.ROT_TWO);
                EmitName(Opcode.STORE_ATTR, a.Attr);
                break;
            case Subscript:
                Emit(Opcode.ROT_THREE);
                Emit(Opcode.STORE_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        var atTop = _u.Type is ScopeType.Module or ScopeType.Class;
        if (s.Value != null)
        {
            VisitExpr(s.Value);
            VisitStore(s.Target);
        }
        switch (s.Target)
        {
            case Name n:
                if (n.Id == "__debug__") throw Error(n, "cannot assign to __debug__");
                if (s.Simple && atTop)
                {
                    VisitAnnotation(s.Annotation);
                    _u.B.EmitName(Opcode.LOAD_NAME, "__annotations__");
                    EmitConst(SymbolTable.Mangle(_u.Private, n.Id));
                    Emit(Opcode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                if (s.Value == null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value == null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscript(sub.Slice);
                }
                break;
            default:
                throw Error(s.Target, "illegal target for annotation");
        }
        // Complex targets' annotations are evaluated (and dropped) unless annotations are postponed.
        if (!s.Simple && atTop && !_futureAnnotations) CheckAnnExpr(s.Annotation);
    }

    /// <summary>Evaluates an expression for its side effects only (CPython's check_ann_expr).</summary>
    private void CheckAnnExpr(Expr e)
    {
        VisitExpr(e);
        Emit(Opcode.POP_TOP);
    }

    private void CheckAnnSubscript(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower != null) CheckAnnExpr(sl.Lower);
                if (sl.Upper != null) CheckAnnExpr(sl.Upper);
                if (sl.Step != null) CheckAnnExpr(sl.Step);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) CheckAnnSubscript(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    // ------------------------------------------------------------------ imports

    private void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            SetLoc(s);
            EmitConst(0L);
            EmitConst(null);
            EmitName(Opcode.IMPORT_NAME, alias.Name);
            var dot = alias.Name.IndexOf('.');
            if (alias.AsName != null)
            {
                if (dot >= 0)
                {
                    // import a.b.c as d: IMPORT_NAME returned a; walk down to a.b.c.
                    var parts = alias.Name.Split('.');
                    for (var i = 1; i < parts.Length; i++)
                    {
                        _u.B.EmitName(Opcode.IMPORT_FROM, parts[i]);
                        if (i == parts.Length - 1) break;
                        Emit(Opcode.ROT_TWO);
                        Emit(Opcode.POP_TOP);
                    }
                    NameOp(alias.AsName, ExprContext.Store);
                    Emit(Opcode.POP_TOP);
                }
                else
                {
                    NameOp(alias.AsName, ExprContext.Store);
                }
            }
            else
            {
                NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
            }
        }
    }

    private void CompileImportFrom(ImportFrom s)
    {
        if (s is { Module: "__future__", Level: 0 } && !_futureImports.Contains(s))
            throw Error(s, "from __future__ imports must occur at the beginning of the file");
        EmitConst((long)s.Level);
        EmitConst(new ConstTuple(s.Names.Select(a => (object?)a.Name).ToArray()));
        EmitName(Opcode.IMPORT_NAME, s.Module ?? "");
        for (var i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name == "*")
            {
                Emit(Opcode.IMPORT_STAR);
                return;
            }
            EmitName(Opcode.IMPORT_FROM, alias.Name);
            NameOp(alias.AsName ?? alias.Name, ExprContext.Store);
        }
        Emit(Opcode.POP_TOP);
    }

    // ------------------------------------------------------------------ operators

    private static BinaryOpArg BinaryOp(BinOpKind op) => op switch
    {
        BinOpKind.Add => BinaryOpArg.Add,
        BinOpKind.Sub => BinaryOpArg.Subtract,
        BinOpKind.Mult => BinaryOpArg.Multiply,
        BinOpKind.MatMult => BinaryOpArg.MatrixMultiply,
        BinOpKind.Div => BinaryOpArg.TrueDivide,
        BinOpKind.Mod => BinaryOpArg.Remainder,
        BinOpKind.Pow => BinaryOpArg.Power,
        BinOpKind.LShift => BinaryOpArg.LShift,
        BinOpKind.RShift => BinaryOpArg.RShift,
        BinOpKind.BitOr => BinaryOpArg.Or,
        BinOpKind.BitXor => BinaryOpArg.Xor,
        BinOpKind.BitAnd => BinaryOpArg.And,
        BinOpKind.FloorDiv => BinaryOpArg.FloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static BinaryOpArg InplaceOp(BinOpKind op) => BinaryOp(op) + 13;

    /// <summary>How CPython names an expression in "cannot assign to ..." messages.</summary>
    private static string DescribeExpr(Expr e) => e switch
    {
        Call => "function call",
        Compare => "comparison",
        BoolOp or BinOp or UnaryOp => "expression",
        Lambda => "lambda",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        Constant { Value: null or bool or EllipsisValue } c => c.Value switch
        {
            null => "None", true => "True", false => "False", _ => "ellipsis",
        },
        Constant => "literal",
        JoinedStr or FormattedValue => "f-string expression",
        DictExpr => "dict literal",
        SetExpr => "set display",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        Starred => "starred",
        TupleExpr => "tuple",
        ListExpr => "list",
        _ => "expression",
    };
}
