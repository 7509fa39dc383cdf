using Vm.Ast;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Compiling;

public sealed partial class SymbolTable
{
    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitKeywords(List<Keyword> keywords)
    {
        foreach (var k in keywords) VisitExpr(k.Value);
    }

    /// <summary>Visits an expression that is evaluated (loaded).</summary>
    private void VisitExpr(Expr e)
    {
        EnterNode(e);
        try { VisitExprNested(e); }
        finally { _nodeDepth--; }
    }

    private void VisitExprNested(Expr e)
    {
        switch (e)
        {
            case Name n:
                AddDef(n.Id, SymbolFlags.Use, n);
                // super() counts as a use of __class__.
                if (_cur.IsFunctionLike && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case Constant:
                break;
            case BinOp b:
            {
                // Iterate down the left spine so that long chains (a + b + c + ...) do not recurse.
                var chain = new List<BinOp>();
                Expr cur = b;
                while (cur is BinOp bin)
                {
                    chain.Add(bin);
                    cur = bin.Left;
                }
                // ...but count the nesting as CPython's recursive visit does (b itself is counted).
                int extra = chain.Count - 1;
                _nodeDepth += extra;
                try
                {
                    if (_nodeDepth > MaxNodeDepth) throw CompilationTooDeep();
                    VisitExpr(cur);
                    for (var i = chain.Count - 1; i >= 0; i--) VisitExpr(chain[i].Right);
                }
                finally
                {
                    _nodeDepth -= extra;
                }
                break;
            }
            case BoolOp bo:
                VisitExprs(bo.Values);
                break;
            case NamedExpr ne:
                VisitNamedExpr(ne);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitArgDefaults(l.Args);
                EnterBlock("lambda", ScopeType.Lambda, l);
                VisitParams(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp ie:
                VisitExpr(ie.Test);
                VisitExpr(ie.Body);
                VisitExpr(ie.OrElse);
                break;
            case DictExpr d:
                for (var i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) VisitExpr(k);
                    VisitExpr(d.Values[i]);
                }
                break;
            case SetExpr s:
                VisitExprs(s.Elts);
                break;
            case ListComp lc:
                HandleComprehension(lc, "listcomp", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                HandleComprehension(sc, "setcomp", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                HandleComprehension(dc, "dictcomp", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                HandleComprehension(ge, "genexpr", ge.Generators, ge.Elt, null);
                break;
            case Yield y:
                CheckYieldInComprehension(y);
                CheckAnnotationScope(y, "yield expression");
                if (y.Value != null) VisitExpr(y.Value);
                _cur.IsGenerator = true;
                break;
            case YieldFrom yf:
                CheckYieldInComprehension(yf);
                CheckAnnotationScope(yf, "yield expression");
                VisitExpr(yf.Value);
                _cur.IsGenerator = true;
                break;
            case Await aw:
                CheckAnnotationScope(aw, "await expression");
                VisitExpr(aw.Value);
                _cur.IsCoroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call call:
                CheckCallArgumentOrder(call);
                VisitExpr(call.Func);
                VisitExprs(call.Args);
                foreach (var k in call.Keywords)
                {
                    if (k.Arg == "__debug__") throw Error(k, "cannot assign to __debug__");
                    VisitExpr(k.Value);
                }
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec != null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js:
                VisitExprs(js.Values);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            case Starred st:
                VisitExpr(st.Value);
                break;
            case Slice sl:
                if (sl.Lower != null) VisitExpr(sl.Lower);
                if (sl.Upper != null) VisitExpr(sl.Upper);
                if (sl.Step != null) VisitExpr(sl.Step);
                break;
            case ListExpr l:
                VisitExprs(l.Elts);
                break;
            case TupleExpr t:
                VisitExprs(t.Elts);
                break;
            default:
                throw Error(e, $"unsupported expression {e.GetType().Name}");
        }
    }

    /// <summary>Visits an assignment target (names become local bindings).</summary>
    private void VisitTarget(Expr e)
    {
        CheckStack(e);
        switch (e)
        {
            case Name n:
                CheckDebugStore(n.Id, n);
                AddDef(n.Id, SymbolFlags.DefLocal, n);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) VisitTarget(x);
                break;
            case ListExpr l:
                foreach (var x in l.Elts) VisitTarget(x);
                break;
            case Starred s:
                VisitTarget(s.Value);
                break;
            case Attribute a:
                CheckDebugAttr(a);
                VisitExpr(a.Value);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            default:
                // Invalid targets are the parser's to reject; evaluate what is there.
                VisitExpr(e);
                break;
        }
    }

    private void CheckDebugAttr(Attribute a)
    {
        if (a.Attr == "__debug__") throw Error(a, "cannot assign to __debug__");
    }

    private void VisitDeleteTarget(Expr e)
    {
        CheckStack(e);
        switch (e)
        {
            case Name n:
                CheckDebugStore(n.Id, n, delete: true);
                AddDef(n.Id, SymbolFlags.DefLocal, n);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) VisitDeleteTarget(x);
                break;
            case ListExpr l:
                foreach (var x in l.Elts) VisitDeleteTarget(x);
                break;
            case Starred s:
                throw Error(s, "cannot delete starred");
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            default:
                VisitExpr(e);
                break;
        }
    }

    /// <summary>
    /// The parser's call-argument order rules, checked from positions (the AST keeps positional
    /// and keyword arguments in separate lists).
    /// </summary>
    private void CheckCallArgumentOrder(Call call)
    {
        if (call.Keywords.Count == 0 || call.Args.Count == 0) return;
        foreach (var arg in call.Args)
        {
            if (arg.Line <= 0) return;
            var seenKeyword = false;
            var seenDoubleStar = false;
            foreach (var k in call.Keywords)
            {
                if (k.Line <= 0) return;
                if (k.Line > arg.Line || (k.Line == arg.Line && k.Col > arg.Col)) continue;
                if (k.Arg == null) seenDoubleStar = true;
                else seenKeyword = true;
            }
            if (arg is Starred)
            {
                if (seenDoubleStar) throw Error(arg, "iterable argument unpacking follows keyword argument unpacking");
            }
            else if (seenDoubleStar)
            {
                throw Error(arg, "positional argument follows keyword argument unpacking");
            }
            else if (seenKeyword)
            {
                throw Error(arg, "positional argument follows keyword argument");
            }
        }
    }

    // ------------------------------------------------------------------ comprehensions

    /// <summary>PEP 695 annotation scopes (the parser's lowering) allow no yield, await or :=.</summary>
    private void CheckAnnotationScope(Expr e, string what)
    {
        var where = _cur.Node switch
        {
            Lambda { AnnotationScopeOf: { } of } => of,
            FunctionDef { IsTypeParamScope: true } => "the definition of a generic",
            _ => null,
        };
        if (where != null) throw Error(e, $"{what} cannot be used within {where}");
    }

    private void CheckYieldInComprehension(Expr e)
    {
        if (!_cur.IsComprehension || _cur.Node is not Expr comp) return;
        var kind = comp switch
        {
            ListComp => "list comprehension",
            SetComp => "set comprehension",
            DictComp => "dict comprehension",
            _ => "generator expression",
        };
        throw Error(e, $"'yield' inside {kind}");
    }

    private void HandleComprehension(Expr e, string scopeName, List<Comprehension> generators, Expr elt, Expr? value)
    {
        if (elt is Starred && value == null)
            throw Error(elt, "iterable unpacking cannot be used in comprehension");
        var outermost = generators[0];
        // The outermost iterator is evaluated in the enclosing scope.
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(scopeName, ScopeType.Comprehension, e);
        // The outermost iterator is received as the implicit parameter ".0".
        AddDef(".0", SymbolFlags.DefParam, e);
        _cur.CompIterTarget = true;
        VisitTarget(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (var i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitTarget(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
        }
        if (value != null) VisitExpr(value);
        VisitExpr(elt);
        _cur.IsGenerator = e is GeneratorExp;
        foreach (var g in generators)
            if (g.IsAsync) _cur.IsCoroutine = true;
        // An awaiting list/set/dict comprehension is awaited by its enclosing scope, which must be
        // an async function or another such comprehension (a generator expression becomes an async generator).
        bool awaited = _cur.IsCoroutine && e is not GeneratorExp;
        ExitBlock();
        if (awaited)
        {
            if (!_cur.IsAsyncFunction && !_cur.IsComprehension)
                throw Error(e, "asynchronous comprehension outside of an asynchronous function");
            _cur.IsCoroutine = true;
        }
    }

    private void VisitNamedExpr(NamedExpr ne)
    {
        CheckAnnotationScope(ne, "named expression");
        if (_cur.CompIterExpr > 0)
            throw Error(ne, "assignment expression cannot be used in a comprehension iterable expression");
        if (_cur.IsComprehension) ExtendNamedExprScope(ne.Target);
        VisitExpr(ne.Value);
        VisitTarget(ne.Target);
    }

    /// <summary>A walrus inside a comprehension binds in the nearest enclosing function (or module) scope.</summary>
    private void ExtendNamedExprScope(Name target)
    {
        var name = target.Id;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.IsComprehension)
            {
                if ((ste.GetFlags(Mangle(_private, name)) & SymbolFlags.DefCompIter) != 0)
                    throw Error(target, $"assignment expression cannot rebind comprehension iteration variable '{name}'");
                continue;
            }
            if (ste.IsFunctionLike)
            {
                var inScope = ste.GetFlags(Mangle(_private, name));
                AddDef(name, (inScope & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, target);
                _cur.RecordDirective(Mangle(_private, name), target);
                AddDefHelper(name, SymbolFlags.DefLocal, ste, target);
                return;
            }
            if (ste.Type == ScopeType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                _cur.RecordDirective(Mangle(_private, name), target);
                AddDefHelper(name, SymbolFlags.DefGlobal, ste, target);
                return;
            }
            if (ste.Type == ScopeType.Class)
                throw Error(target, "assignment expression within a comprehension cannot be used in a class body");
        }
    }
}
