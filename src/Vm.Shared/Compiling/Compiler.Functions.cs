using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Bytecode;

namespace Vm.Compiling;

// def, lambda, class, comprehensions and closures.
public sealed partial class Compiler
{
    private enum CompKind { List, Set, Dict, Generator }

    private void CompileFunctionDef(FunctionDef s)
    {
        VisitExprs(s.DecoratorList);
        var firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Line : s.Line;
        SetLoc(s);
        var flags = CompileDefaults(s.Args);
        if (CompileAnnotations(s.Args, s.Returns)) flags |= 4;

        EnterScope(s.Name, ScopeType.Function, _st.GetScope(s), firstLine);
        _u.TypeParamScope = s.IsTypeParamScope;
        _u.SeesClassDict = s.SeesClassDict;
        var doc = GetDocString(s.Body);
        _u.DocString = doc;
        _u.B.AddConst(doc); // the docstring (or None) is always the first constant, as in CPython
        SetArgCounts(s.Args);
        SetLoc(s.Body.Count > 0 ? s.Body[0] : s);
        for (var i = doc != null ? 1 : 0; i < s.Body.Count; i++) VisitStmt(s.Body[i]);
        _u.B.Loc = SrcLoc.None; // the implicit return
        EmitConst(null);
        Emit(Opcode.RETURN_VALUE);
        var code = ExitScope();

        SetLoc(s);
        MakeClosure(code, flags, code.QualName);
        ApplyDecorators(s.DecoratorList);
        SetLoc(s);
        NameOp(s.StoreAs ?? s.Name, ExprContext.Store);
    }

    /// <summary>The decorators' calls, innermost first, each at its decorator's location (as CPython
    /// 3.13 places them: a tracer sees the decorator's line again, a traceback names it).</summary>
    private void ApplyDecorators(List<Expr> decorators)
    {
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            SetLoc(decorators[i]);
            Emit(Opcode.CALL, 1);
        }
    }

    private void CompileLambda(Lambda e)
    {
        var flags = CompileDefaults(e.Args);
        EnterScope("<lambda>", ScopeType.Lambda, _st.GetScope(e), e.Line);
        _u.SeesClassDict = e.SeesClassDict;
        _u.B.AddConst(null); // None first, so a lambda has no docstring
        SetArgCounts(e.Args);
        SetLoc(e.Body);
        VisitExpr(e.Body);
        if (_u.Ste.IsGenerator)
        {
            Emit(Opcode.POP_TOP);
            EmitConst(null);
        }
        Emit(Opcode.RETURN_VALUE);
        var code = ExitScope();
        MakeClosure(code, flags, code.QualName);
    }

    private void SetArgCounts(Arguments args)
    {
        _u.ArgCount = args.Args.Count;
        _u.PosOnlyArgCount = args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = args.KwOnlyArgs.Count;
    }

    /// <summary>Pushes the defaults tuple and the keyword-only defaults dict; returns MAKE_FUNCTION flags 1|2.</summary>
    private int CompileDefaults(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            if (ConstantFolder.TryGetConstants(args.Defaults, out var items))
            {
                EmitConst(new ConstTuple(items));
            }
            else
            {
                VisitExprs(args.Defaults);
                Emit(Opcode.BUILD_TUPLE, args.Defaults.Count);
            }
            flags |= 1;
        }
        var keys = new List<object?>();
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d == null) continue;
            keys.Add(SymbolTable.Mangle(_u.Private, args.KwOnlyArgs[i].Name));
            VisitExpr(d);
        }
        if (keys.Count > 0)
        {
            EmitConst(new ConstTuple(keys.ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 2;
        }
        return flags;
    }

    /// <summary>Pushes the annotations as a flat tuple (name, value, ...); returns whether there were any.</summary>
    private bool CompileAnnotations(Arguments args, Expr? returns)
    {
        var count = 0;
        void One(string name, Expr? annotation)
        {
            if (annotation == null) return;
            EmitConst(SymbolTable.Mangle(_u.Private, name));
            if (annotation is Starred st && !_futureAnnotations)
            {
                // *args: *Ts  ->  [value] = [*Ts]
                VisitExpr(st.Value);
                Emit(Opcode.UNPACK_SEQUENCE, 1);
            }
            else
            {
                VisitAnnotation(annotation);
            }
            count += 2;
        }
        foreach (var a in args.Args) One(a.Name, a.Annotation);
        foreach (var a in args.PosOnlyArgs) One(a.Name, a.Annotation);
        if (args.VarArg != null) One(args.VarArg.Name, args.VarArg.Annotation);
        foreach (var a in args.KwOnlyArgs) One(a.Name, a.Annotation);
        if (args.KwArg != null) One(args.KwArg.Name, args.KwArg.Annotation);
        One("return", returns);
        if (count == 0) return false;
        Emit(Opcode.BUILD_TUPLE, count);
        return true;
    }

    /// <summary>An annotation: evaluated, or its source text under `from __future__ import annotations`.</summary>
    private void VisitAnnotation(Expr e)
    {
        if (_futureAnnotations)
        {
            var saved = _u.B.Loc;
            SetLoc(e);
            EmitConst(Unparser.Unparse(e));
            _u.B.Loc = saved;
        }
        else
        {
            VisitExpr(e);
        }
    }

    /// <summary>`self.name = ...` inside a class's methods records name in the class's __static_attributes__.</summary>
    private void RecordStaticAttribute(Attribute a)
    {
        if (a.Value is not Name { Id: "self" }) return;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Type != ScopeType.Class) continue;
            _stack[i].StaticAttributes?.Add(a.Attr);
            return;
        }
    }

    /// <summary>Pushes the closure cells the code needs and makes the function (CPython's compiler_make_closure).</summary>
    private void MakeClosure(CodeUnit code, int flags, string qualName)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                // A method's free variable may also be a local of the class: take it from the closure.
                var isCell = (_u.Type == ScopeType.Class && name == "__class__")
                             || _u.Ste.GetScope(name) == SymbolScope.Cell;
                var found = isCell ? _u.CellIndex.TryGetValue(name, out var arg) : _u.FreeIndex.TryGetValue(name, out arg);
                if (!found)
                    throw new InvalidOperationException(
                        $"compiler: free variable '{name}' of {code.QualName} not found in {_u.QualName}");
                Emit(Opcode.LOAD_CLOSURE, arg);
            }
            flags |= 8;
            Emit(Opcode.BUILD_TUPLE, code.FreeVars.Length);
        }
        EmitConst(code);
        EmitConst(qualName);
        Emit(Opcode.MAKE_FUNCTION, flags);
    }

    // ------------------------------------------------------------------ classes

    private void CompileClassDef(ClassDef s)
    {
        VisitExprs(s.DecoratorList);
        var firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Line : s.Line;

        EnterScope(s.Name, ScopeType.Class, _st.GetScope(s), firstLine);
        _u.Private = s.Name;
        _u.StaticAttributes = new SortedSet<string>(StringComparer.Ordinal);
        SetLoc(s);
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        EmitConst(_u.QualName);
        NameOp("__qualname__", ExprContext.Store);
        EmitConst((long)firstLine);
        NameOp("__firstlineno__", ExprContext.Store);
        if (FindAnnotations(s.Body)) Emit(Opcode.SETUP_ANNOTATIONS);
        var start = 0;
        if (GetDocString(s.Body) is { } doc)
        {
            SetLoc(s.Body[0]);
            _u.DocString = doc;
            EmitConst(doc);
            NameOp("__doc__", ExprContext.Store);
            start = 1;
        }
        for (var i = start; i < s.Body.Count; i++) VisitStmt(s.Body[i]);
        _u.B.Loc = SrcLoc.None; // the epilogue has no location of its own, as in CPython
        EmitConst(new ConstTuple(_u.StaticAttributes.Select(a => (object?)a).ToArray()));
        NameOp("__static_attributes__", ExprContext.Store);
        if (_u.Ste.NeedsClassClosure)
        {
            // Return the __class__ cell (type.__new__ fills it) and store it as __classcell__.
            Emit(Opcode.LOAD_CLOSURE, _u.CellIndex["__class__"]);
            Emit(Opcode.DUP_TOP);
            NameOp("__classcell__", ExprContext.Store);
        }
        else
        {
            EmitConst(null);
        }
        Emit(Opcode.RETURN_VALUE);
        var code = ExitScope();

        SetLoc(s);
        Emit(Opcode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0, s.Name);
        EmitConst(s.Name);
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        SetLoc(s);
        NameOp(s.StoreAs ?? s.Name, ExprContext.Store);
    }

    // ------------------------------------------------------------------ comprehensions

    /// <summary>
    /// A comprehension is a nested function taking the outermost iterator as its only argument
    /// (".0"); the outermost iterable is evaluated here, in the enclosing scope.
    /// </summary>
    private void CompileComprehension(Expr e, string name, List<Comprehension> generators, Expr elt, Expr? value)
    {
        var kind = e switch
        {
            ListComp => CompKind.List,
            SetComp => CompKind.Set,
            DictComp => CompKind.Dict,
            _ => CompKind.Generator,
        };
        var ste = _st.GetScope(e);
        if (ste.Inlined)
        {
            CompileInlinedComprehension(e, ste, generators, elt, value, kind);
            return;
        }
        EnterScope(name, ScopeType.Comprehension, ste, e.Line);
        SetLoc(e);
        _u.ArgCount = 1;
        switch (kind)
        {
            case CompKind.List: Emit(Opcode.BUILD_LIST, 0); break;
            case CompKind.Set: Emit(Opcode.BUILD_SET, 0); break;
            case CompKind.Dict: Emit(Opcode.BUILD_MAP, 0); break;
        }
        ComprehensionGenerator(generators, 0, 0, elt, value, kind);
        SetLoc(e);
        if (kind == CompKind.Generator) EmitConst(null);
        Emit(Opcode.RETURN_VALUE);
        var code = ExitScope();

        MakeClosure(code, 0, code.QualName);
        VisitExpr(generators[0].Iter);
        Emit(generators[0].IsAsync ? Opcode.GET_AITER : Opcode.GET_ITER); // (GET_AITER 0: the argument ".0" counts it)
        Emit(Opcode.CALL, 1);
        if (ste.IsCoroutine && kind != CompKind.Generator) EmitAwait(0); // Compiler.Async.cs
    }

    private void ComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr? value,
        CompKind kind, bool inlined = false)
    {
        CheckStack(elt);
        var gen = generators[index];
        var start = NewLabel();
        var ifCleanup = NewLabel();
        var anchor = NewLabel();
        if (index == 0)
        {
            // Inlined, the outermost iterable is already on the stack; else it is the argument ".0".
            if (inlined) Emit(Opcode.GET_ITER);
            else Emit(Opcode.LOAD_FAST, _u.B.AddVarName(".0"));
        }
        else
        {
            VisitExpr(gen.Iter);
            if (gen.IsAsync) Emit(Opcode.GET_AITER, 1); // Compiler.Async.cs
            else Emit(Opcode.GET_ITER);
        }
        depth++;
        Mark(start);
        if (gen.IsAsync) EmitAsyncNext(anchor); // Compiler.Async.cs
        else EmitJump(Opcode.FOR_ITER, anchor);
        VisitStore(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);

        if (index + 1 < generators.Count)
        {
            ComprehensionGenerator(generators, index + 1, depth, elt, value, kind, inlined);
        }
        else
        {
            switch (kind)
            {
                case CompKind.Generator:
                    VisitExpr(elt);
                    if (_u.Ste.IsCoroutine) Emit(Opcode.ASYNC_GEN_WRAP);
                    Emit(Opcode.YIELD_VALUE);
                    Emit(Opcode.POP_TOP);
                    break;
                case CompKind.List:
                    VisitExpr(elt);
                    Emit(Opcode.LIST_APPEND, depth + 1);
                    break;
                case CompKind.Set:
                    VisitExpr(elt);
                    Emit(Opcode.SET_ADD, depth + 1);
                    break;
                case CompKind.Dict:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    Emit(Opcode.MAP_ADD, depth + 1);
                    break;
            }
        }
        Mark(ifCleanup);
        EmitJump(Opcode.JUMP_ABSOLUTE, start);
        Mark(anchor);
        if (gen.IsAsync) EndAsyncFor();
    }
}
