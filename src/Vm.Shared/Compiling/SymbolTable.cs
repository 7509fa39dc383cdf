using System.Runtime.CompilerServices;
using Vm.Ast;
using Vm.Text;

namespace Vm.Compiling;

/// <summary>
/// The symbol table: one <see cref="Scope"/> per module, class body, function, lambda and
/// comprehension, with every name classified as local, global (explicit or implicit), free or
/// cell, following CPython's Python/symtable.c. Comprehensions and generator expressions are
/// function scopes whose only parameter is the outermost iterator ".0".
/// </summary>
public sealed partial class SymbolTable
{
    private const string ImportStarOnlyAtModule = "import * only allowed at module level";

    private readonly SyntaxErrors _errors;
    private readonly Dictionary<Node, Scope> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly List<Scope> _stack = new();
    private Scope _cur;
    private string? _private;

    private SymbolTable(SyntaxErrors errors)
    {
        _errors = errors;
        Top = new Scope("top", ScopeType.Module, null, null);
        _cur = Top;
        _stack.Add(Top);
    }

    /// <summary>The module scope.</summary>
    public Scope Top { get; }

    /// <summary>The scope created by a FunctionDef, ClassDef, Lambda or comprehension node.</summary>
    public Scope GetScope(Node node) =>
        _blocks.TryGetValue(node, out var s) ? s : throw new KeyNotFoundException($"no scope for {node.GetType().Name}");

    public bool TryGetScope(Node node, out Scope scope)
    {
        if (_blocks.TryGetValue(node, out var s)) { scope = s; return true; }
        scope = Top;
        return false;
    }

    /// <summary>Builds and analyses the symbol table of a module.</summary>
    /// <exception cref="SyntaxErrorException">on a scoping error</exception>
    public static SymbolTable Build(Module module, string fileName, string source) =>
        Build(module, new SyntaxErrors(fileName, source));

    /// <summary>Builds and analyses the symbol table of an expression (eval mode).</summary>
    public static SymbolTable BuildExpression(Expr expr, string fileName, string source) =>
        BuildExpression(expr, new SyntaxErrors(fileName, source));

    internal static SymbolTable Build(Module module, SyntaxErrors errors)
    {
        var st = new SymbolTable(errors);
        foreach (var s in module.Body) st.VisitStmt(s);
        st.Analyze();
        return st;
    }

    internal static SymbolTable BuildExpression(Expr expr, SyntaxErrors errors)
    {
        var st = new SymbolTable(errors);
        st.VisitExpr(expr);
        st.Analyze();
        return st;
    }

    /// <summary>CPython's _Py_Mangle: `__x` inside class C becomes `_C__x`.</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    // ------------------------------------------------------------------ blocks

    private void EnterBlock(string name, ScopeType type, Node node)
    {
        var scope = new Scope(name, type, node, _cur);
        _cur.AddChild(scope);
        _blocks[node] = scope;
        _stack.Add(scope);
        _cur = scope;
    }

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack[^1];
    }

    private SyntaxErrorException Error(Node? node, string message) => _errors.At(node, message);

    /// <summary>Statements and expressions being visited, nested (CPython's symtable recursion_depth).</summary>
    private int _nodeDepth;

    /// <summary>
    /// CPython's symtable counts every nested statement and expression against its C recursion
    /// limit and stops with RecursionError; measured on 3.13: an expression `1+1+...+1` of 9,998
    /// operands compiles in eval mode, one more does not (each enclosing statement takes one).
    /// </summary>
    private const int MaxNodeDepth = 9998;

    private void EnterNode(Node node)
    {
        if (++_nodeDepth > MaxNodeDepth)
        {
            _nodeDepth--;
            throw CompilationTooDeep();
        }
        CheckStack(node);
    }

    private static SyntaxErrorException CompilationTooDeep() =>
        new("RecursionError", "maximum recursion depth exceeded during compilation", "", 0, 0, null);

    private void CheckStack(Node node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error(node, node is Stmt ? "too many statically nested blocks" : "too many nested parentheses");
    }

    // ------------------------------------------------------------------ definitions

    private SymbolFlags Lookup(string name) => _cur.GetFlags(Mangle(_private, name));

    private void AddDef(string name, SymbolFlags flag, Node node) => AddDefHelper(name, flag, _cur, node);

    private void AddDefHelper(string name, SymbolFlags flag, Scope ste, Node node)
    {
        var mangled = Mangle(_private, name);
        SymbolFlags val;
        if (ste.Contains(mangled))
        {
            val = ste.GetFlags(mangled);
            if ((flag & SymbolFlags.DefParam) != 0 && (val & SymbolFlags.DefParam) != 0)
                throw Error(node, $"duplicate argument '{name}' in function definition");
            val |= flag;
        }
        else
        {
            val = flag;
        }
        if (ste.CompIterTarget)
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error(node, $"comprehension inner loop cannot rebind assignment expression target '{name}'");
            val |= SymbolFlags.DefCompIter;
        }
        ste.SetFlags(mangled, val);
        if ((flag & SymbolFlags.DefParam) != 0)
        {
            ste.AddParamName(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            Top.SetFlags(mangled, Top.GetFlags(mangled) | flag);
        }
    }

    private void CheckDebugStore(string name, Node node, bool delete = false)
    {
        if (name == "__debug__")
            throw Error(node, delete ? "cannot delete __debug__" : "cannot assign to __debug__");
    }

    // ------------------------------------------------------------------ statements

    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        EnterNode(s);
        try { VisitStmtNested(s); }
        finally { _nodeDepth--; }
    }

    private void VisitStmtNested(Stmt s)
    {
        while (true)
        {
            switch (s)
            {
                case FunctionDef f:
                    CheckDebugStore(f.Name, f);
                    AddDef(f.StoreAs ?? f.Name, SymbolFlags.DefLocal, f);
                    VisitArgDefaults(f.Args);
                    VisitAnnotations(f.Args, f.Returns);
                    VisitExprs(f.DecoratorList);
                    EnterBlock(f.Name, ScopeType.Function, f);
                    if (f.IsAsync) _cur.IsCoroutine = _cur.IsAsyncFunction = true;
                    VisitParams(f.Args);
                    VisitStmts(f.Body);
                    ExitBlock();
                    return;
                case ClassDef c:
                {
                    CheckDebugStore(c.Name, c);
                    AddDef(c.StoreAs ?? c.Name, SymbolFlags.DefLocal, c);
                    VisitExprs(c.Bases);
                    VisitKeywords(c.Keywords);
                    VisitExprs(c.DecoratorList);
                    EnterBlock(c.Name, ScopeType.Class, c);
                    var saved = _private;
                    _private = c.Name;
                    VisitStmts(c.Body);
                    _private = saved;
                    ExitBlock();
                    return;
                }
                case Return r:
                    if (r.Value != null) VisitExpr(r.Value);
                    return;
                case Delete d:
                    foreach (var t in d.Targets) VisitDeleteTarget(t);
                    return;
                case Assign a:
                    foreach (var t in a.Targets) VisitTarget(t);
                    VisitExpr(a.Value);
                    return;
                case AugAssign aug:
                    VisitTarget(aug.Target);
                    VisitExpr(aug.Value);
                    return;
                case AnnAssign ann:
                    VisitAnnAssign(ann);
                    return;
                case For f:
                    VisitTarget(f.Target);
                    VisitExpr(f.Iter);
                    VisitStmts(f.Body);
                    VisitStmts(f.OrElse);
                    return;
                case While w:
                    VisitExpr(w.Test);
                    VisitStmts(w.Body);
                    VisitStmts(w.OrElse);
                    return;
                case If i:
                    VisitExpr(i.Test);
                    VisitStmts(i.Body);
                    if (i.OrElse.Count == 1 && i.OrElse[0] is If elif)
                    {
                        s = elif; // iterate along elif chains instead of recursing
                        continue;
                    }
                    VisitStmts(i.OrElse);
                    return;
                case With w:
                    foreach (var item in w.Items)
                    {
                        VisitExpr(item.ContextExpr);
                        if (item.OptionalVars != null) VisitTarget(item.OptionalVars);
                    }
                    VisitStmts(w.Body);
                    return;
                case Raise r:
                    if (r.Exc != null) VisitExpr(r.Exc);
                    if (r.Cause != null) VisitExpr(r.Cause);
                    return;
                case Try t:
                    VisitStmts(t.Body);
                    VisitStmts(t.OrElse);
                    foreach (var h in t.Handlers)
                    {
                        if (h.Type != null) VisitExpr(h.Type);
                        if (h.Name != null)
                        {
                            CheckDebugStore(h.Name, h);
                            AddDef(h.Name, SymbolFlags.DefLocal, h);
                        }
                        VisitStmts(h.Body);
                    }
                    VisitStmts(t.FinalBody);
                    return;
                case Assert a:
                    VisitExpr(a.Test);
                    if (a.Msg != null) VisitExpr(a.Msg);
                    return;
                case Import imp:
                    foreach (var alias in imp.Names) VisitAlias(alias);
                    return;
                case ImportFrom imp:
                    foreach (var alias in imp.Names) VisitAlias(alias);
                    return;
                case Global g:
                    VisitGlobal(g);
                    return;
                case Nonlocal n:
                    VisitNonlocal(n);
                    return;
                case ExprStmt e:
                    VisitExpr(e.Value);
                    return;
                case Pass or Break or Continue:
                    return;
                case Match m:
                    VisitMatch(m); // SymbolTable.Patterns.cs
                    return;
                default:
                    throw Error(s, $"unsupported statement {s.GetType().Name}");
            }
        }
    }

    private void VisitAnnAssign(AnnAssign ann)
    {
        if (ann.Target is Name n)
        {
            var cur = Lookup(n.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != Top && ann.Simple)
            {
                throw Error(ann, (cur & SymbolFlags.DefGlobal) != 0
                    ? $"annotated name '{n.Id}' can't be global"
                    : $"annotated name '{n.Id}' can't be nonlocal");
            }
            CheckDebugStore(n.Id, n);
            if (ann.Simple) AddDef(n.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, n);
            else if (ann.Value != null) AddDef(n.Id, SymbolFlags.DefLocal, n);
        }
        else
        {
            VisitTarget(ann.Target);
        }
        VisitExpr(ann.Annotation);
        if (ann.Value != null) VisitExpr(ann.Value);
    }

    private void VisitGlobal(Global g)
    {
        foreach (var name in g.Names)
        {
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and global";
                else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to global declaration";
                else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be global";
                else msg = $"name '{name}' is assigned to before global declaration";
                throw Error(g, msg);
            }
            AddDef(name, SymbolFlags.DefGlobal, g);
            _cur.RecordDirective(Mangle(_private, name), g);
        }
    }

    private void VisitNonlocal(Nonlocal n)
    {
        foreach (var name in n.Names)
        {
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and nonlocal";
                else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to nonlocal declaration";
                else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be nonlocal";
                else msg = $"name '{name}' is assigned to before nonlocal declaration";
                throw Error(n, msg);
            }
            AddDef(name, SymbolFlags.DefNonlocal, n);
            _cur.RecordDirective(Mangle(_private, name), n);
        }
    }

    private void VisitAlias(Alias alias)
    {
        if (alias.Name == "*")
        {
            if (_cur.Type != ScopeType.Module) throw Error(alias, ImportStarOnlyAtModule);
            return;
        }
        var storeName = alias.AsName ?? (alias.Name.Contains('.') ? alias.Name[..alias.Name.IndexOf('.')] : alias.Name);
        CheckDebugStore(storeName, alias);
        AddDef(storeName, SymbolFlags.DefImport, alias);
    }

    // ------------------------------------------------------------------ functions

    private void VisitArgDefaults(Arguments args)
    {
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults)
            if (d != null) VisitExpr(d);
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in args.PosOnlyArgs) if (a.Annotation != null) VisitExpr(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation != null) VisitExpr(a.Annotation);
        if (args.VarArg?.Annotation != null) VisitExpr(args.VarArg.Annotation);
        foreach (var a in args.KwOnlyArgs) if (a.Annotation != null) VisitExpr(a.Annotation);
        if (args.KwArg?.Annotation != null) VisitExpr(args.KwArg.Annotation);
        if (returns != null) VisitExpr(returns);
    }

    private void VisitParams(Arguments args)
    {
        foreach (var a in args.PosOnlyArgs) AddParam(a);
        foreach (var a in args.Args) AddParam(a);
        foreach (var a in args.KwOnlyArgs) AddParam(a);
        if (args.VarArg != null)
        {
            AddParam(args.VarArg);
            _cur.HasVarArgs = true;
        }
        if (args.KwArg != null)
        {
            AddParam(args.KwArg);
            _cur.HasVarKeywords = true;
        }
    }

    private void AddParam(Arg a)
    {
        CheckDebugStore(a.Name, a);
        AddDef(a.Name, SymbolFlags.DefParam, a);
    }
}
