using System.Runtime.CompilerServices;
using Vm.Ast;
using Vm.Bytecode;
using Vm.Text;

namespace Vm.Compiling;

/// <summary>
/// The compiler from AST to bytecode (<see cref="CodeUnit"/>). It follows CPython 3.10's
/// Python/compile.c: a block stack for try/with at run time, and on break/continue/return the
/// compiler inlines what leaving each enclosing block requires (POP_BLOCK, the finally body, the
/// with-exit call, POP_EXCEPT, popping a for loop's iterator). See Opcode.cs for the contract.
/// </summary>
public sealed partial class Compiler
{
    /// <summary>CPython's CO_MAXBLOCKS (3.13): the deepest static nesting of blocks.</summary>
    private const int MaxBlocks = 21;

    /// <summary>CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built incrementally.</summary>
    private const int StackUseGuideline = 30;

    private readonly SyntaxErrors _errors;
    private readonly SymbolTable _st;
    private readonly bool _interactive;
    private readonly CompileWarnings _warnings;
    private readonly List<Unit> _stack = new();
    private readonly HashSet<Stmt> _futureImports = new(ReferenceEqualityComparer.Instance);
    private Unit _u = null!;
    private bool _futureAnnotations;

    private Compiler(SymbolTable st, SyntaxErrors errors, bool interactive, CompileWarnings warnings, bool futureAnnotations)
    {
        _futureAnnotations = futureAnnotations;
        _warnings = warnings;
        _st = st;
        _errors = errors;
        _interactive = interactive;
    }

    // ------------------------------------------------------------------ entry points

    /// <summary>Compiles a module (exec mode).</summary>
    /// <exception cref="SyntaxErrorException">on a compile error</exception>
    /// <param name="futureAnnotations">annotations postponed from the start (compile()'s flag, or inherited from the caller)</param>
    public static CodeUnit CompileModule(Module m, string fileName, string source, bool futureAnnotations = false)
    {
        var errors = new SyntaxErrors(fileName, source);
        var st = SymbolTable.Build(m, errors);
        var warnings = CompileWarnings.Of(m);
        return WithWarnings(new Compiler(st, errors, interactive: false, warnings, futureAnnotations).Module(m), warnings);
    }

    /// <summary>Compiles an expression for eval(): the code returns its value.</summary>
    public static CodeUnit CompileExpression(Expr e, string fileName, string source, bool futureAnnotations = false)
    {
        var errors = new SyntaxErrors(fileName, source);
        var st = SymbolTable.BuildExpression(e, errors);
        var warnings = CompileWarnings.Of(e);
        return WithWarnings(new Compiler(st, errors, interactive: false, warnings, futureAnnotations).Expression(e), warnings);
    }

    /// <summary>Compiles REPL input (single mode): top-level expression statements print their value with PRINT_EXPR.</summary>
    public static CodeUnit CompileInteractive(Module m, string fileName, string source, bool futureAnnotations = false)
    {
        var errors = new SyntaxErrors(fileName, source);
        var st = SymbolTable.Build(m, errors);
        var warnings = CompileWarnings.Of(m);
        return WithWarnings(new Compiler(st, errors, interactive: true, warnings, futureAnnotations).Module(m), warnings);
    }

    private static CodeUnit WithWarnings(CodeUnit unit, CompileWarnings warnings)
    {
        if (warnings.Items.Count > 0) unit.Warnings = warnings.Items;
        return unit;
    }

    private CodeUnit Module(Module m)
    {
        EnterScope("<module>", ScopeType.Module, _st.Top, 1);
        if (m.Body.Count > 0) SetLoc(m.Body[0]);
        else _u.B.Loc = new SrcLoc(1, 0, 1, 0);
        if (FindAnnotations(m.Body)) Emit(Opcode.SETUP_ANNOTATIONS);
        var start = 0;
        if (!_interactive && GetDocString(m.Body) is { } doc)
        {
            SetLoc(m.Body[0]);
            _u.DocString = doc;
            EmitConst(doc);
            NameOp("__doc__", ExprContext.Store);
            start = 1;
        }
        CheckFutureImports(m.Body);
        for (var i = start; i < m.Body.Count; i++) VisitStmt(m.Body[i]);
        _u.B.Loc = SrcLoc.None; // the implicit return
        EmitConst(null);
        Emit(Opcode.RETURN_VALUE);
        return ExitScope();
    }

    private CodeUnit Expression(Expr e)
    {
        EnterScope("<module>", ScopeType.Module, _st.Top, 1);
        SetLoc(e);
        VisitExpr(e);
        Emit(Opcode.RETURN_VALUE);
        return ExitScope();
    }

    // ------------------------------------------------------------------ units

    private enum FBlockType
    {
        WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue, ExceptionHandler,
        ExceptionGroupHandler,
    }

    /// <summary>A compile-time block (CPython's fblockinfo): what leaving it by break/continue/return must undo.</summary>
    private sealed record FBlock(FBlockType Type, Label Block, Label Exit, object? Datum);

    /// <summary>The state of one code block being compiled (CPython's compiler_unit).</summary>
    private sealed class Unit(Scope ste, ScopeType type, string name)
    {
        public readonly Scope Ste = ste;
        public readonly ScopeType Type = type;
        public readonly string Name = name;
        public string QualName = name;
        public string? Private;
        /// <summary>A PEP 695 annotation scope (FunctionDef.IsTypeParamScope): what it defines takes its qualname.</summary>
        public bool TypeParamScope;
        /// <summary>Free and global names are read from the local `.classdict` first (an annotation
        /// scope in a class body, as CPython's __classdict__).</summary>
        public bool SeesClassDict;
        public readonly CodeBuilder B = new();
        public readonly List<FBlock> FBlocks = new();
        public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, FirstLineNo;
        public string[] CellVars = [];
        public string[] FreeVars = [];
        public readonly Dictionary<string, int> CellIndex = new();
        public readonly Dictionary<string, int> FreeIndex = new();
        public string? DocString;
        /// <summary>For a class body: names assigned as `self.name` in its methods (3.13's __static_attributes__).</summary>
        public SortedSet<string>? StaticAttributes;
        /// <summary>Module code: the names an inlined comprehension binds, which are fast locals while
        /// its code is generated (CPython's u_fasthidden).</summary>
        public HashSet<string>? FastHidden;
    }

    private void EnterScope(string name, ScopeType type, Scope ste, int firstLineNo)
    {
        var u = new Unit(ste, type, name) { FirstLineNo = firstLineNo };
        u.B.AddVarNames(ste.ParamNames);

        var cells = ste.NamesIn(SymbolScope.Cell).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (type == ScopeType.Class && ste.NeedsClassClosure) cells = ["__class__"];
        u.CellVars = cells.ToArray();
        for (var i = 0; i < u.CellVars.Length; i++) u.CellIndex[u.CellVars[i]] = i;

        u.FreeVars = ste.SymbolNames
            .Where(n => ste.GetScope(n) == SymbolScope.Free || (ste.GetFlags(n) & SymbolFlags.DefFreeClass) != 0)
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < u.FreeVars.Length; i++) u.FreeIndex[u.FreeVars[i]] = u.CellVars.Length + i;

        if (_u is { } outer)
        {
            u.Private = outer.Private;
            _stack.Add(outer);
        }
        _u = u;
        if (type != ScopeType.Module) SetQualName(u);
        else u.QualName = name;
    }

    /// <summary>CPython's compiler_set_qualname.</summary>
    private void SetQualName(Unit u)
    {
        var parent = _stack[^1];
        if (parent.TypeParamScope && u.Name == parent.Name)
        {
            u.QualName = parent.QualName;
            return;
        }
        string? baseName = null;
        var forceGlobal = false;
        if (u.Type is ScopeType.Function or ScopeType.Class)
        {
            var mangled = SymbolTable.Mangle(parent.Private, u.Name);
            if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
        }
        if (!forceGlobal && parent.Type != ScopeType.Module)
        {
            baseName = parent.Type is ScopeType.Function or ScopeType.Lambda
                ? parent.QualName + ".<locals>"
                : parent.QualName;
        }
        u.QualName = baseName != null ? baseName + "." + u.Name : u.Name;
    }

    private CodeUnit ExitScope()
    {
        var u = _u;
        var unit = new CodeUnit
        {
            Name = u.Name,
            QualName = u.QualName,
            FileName = _errors.FileName,
            FirstLineNo = u.FirstLineNo,
            ArgCount = u.PosOnlyArgCount + u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            CellVars = u.CellVars,
            FreeVars = u.FreeVars,
            DocString = u.DocString,
        };
        u.B.Assemble(unit);
        unit.Flags = ComputeFlags(u);
        if (_futureAnnotations) unit.Flags |= CodeFlags.FutureAnnotations;

        var nParams = unit.ArgCount + unit.KwOnlyArgCount + (u.Ste.HasVarArgs ? 1 : 0) + (u.Ste.HasVarKeywords ? 1 : 0);
        unit.Cell2Arg = new int[u.CellVars.Length];
        for (var i = 0; i < u.CellVars.Length; i++)
        {
            unit.Cell2Arg[i] = -1;
            for (var j = 0; j < nParams && j < unit.VarNames.Length; j++)
            {
                if (unit.VarNames[j] == u.CellVars[i])
                {
                    unit.Cell2Arg[i] = j;
                    break;
                }
            }
        }

        if (_stack.Count > 0)
        {
            _u = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
        }
        return unit;
    }

    private static CodeFlags ComputeFlags(Unit u)
    {
        var flags = CodeFlags.None;
        var ste = u.Ste;
        if (ste.IsFunctionLike)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsCoroutine) flags |= ste.IsGenerator ? CodeFlags.AsyncGenerator : CodeFlags.Coroutine;
            else if (ste.IsGenerator) flags |= CodeFlags.Generator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        // CO_NOFREE is not set: CPython 3.13 no longer sets it, and co_flags is visible to programs.
        return flags;
    }

    // ------------------------------------------------------------------ emission helpers

    private void Emit(Opcode op, int arg = 0) => _u.B.Emit(op, arg);
    private void EmitJump(Opcode op, Label target) => _u.B.EmitJump(op, target);
    private void EmitConst(object? value) => _u.B.EmitConst(value);
    private Label NewLabel() => _u.B.NewLabel();
    private void Mark(Label l) => _u.B.Mark(l);
    private void SetLoc(Node n) => _u.B.Loc = SrcLoc.Of(n);

    /// <summary>Emits an instruction whose argument is a (mangled) name in co_names.</summary>
    private void EmitName(Opcode op, string name) => _u.B.EmitName(op, SymbolTable.Mangle(_u.Private, name));

    private SyntaxErrorException Error(Node? node, string message) => _errors.At(node, message);

    /// <summary>An error at the current location (CPython's compiler_error).</summary>
    private SyntaxErrorException ErrorHere(string message)
    {
        var loc = _u.B.Loc;
        return _errors.At(loc.Line, loc.Col, loc.EndLine, loc.EndCol, message);
    }

    private void CheckStack(Node node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error(node, node is Stmt ? "too many statically nested blocks" : "too many nested parentheses");
    }

    // ------------------------------------------------------------------ names

    /// <summary>CPython's compiler_nameop: load, store or delete a variable in the right way for its scope.</summary>
    private void NameOp(string name, ExprContext ctx)
    {
        if (name == "__debug__")
        {
            if (ctx == ExprContext.Load)
            {
                EmitConst(true);
                return;
            }
            throw ErrorHere(ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
        var mangled = SymbolTable.Mangle(_u.Private, name);
        var scope = _u.Ste.GetScope(mangled);
        var functionLike = _u.Ste.IsFunctionLike;
        if (_u.SeesClassDict && ctx == ExprContext.Load && !_loadingPastClassDict && name[0] != '.'
            && scope is SymbolScope.Free or SymbolScope.GlobalImplicit)
        {
            LoadFromClassDictOr(name, mangled);
            return;
        }
        switch (scope)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
            {
                var index = scope == SymbolScope.Cell ? _u.CellIndex.GetValueOrDefault(mangled, -1)
                    : _u.FreeIndex.GetValueOrDefault(mangled, -1);
                if (index < 0) throw new InvalidOperationException($"compiler: no cell for '{mangled}' in {_u.QualName}");
                var op = ctx switch
                {
                    ExprContext.Load => _u.Type == ScopeType.Class ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
                    ExprContext.Store => Opcode.STORE_DEREF,
                    _ => Opcode.DELETE_DEREF,
                };
                Emit(op, index);
                return;
            }
            case SymbolScope.Local when functionLike || (_u.FastHidden?.Contains(mangled) ?? false):
            {
                var op = ctx switch
                {
                    ExprContext.Load => Opcode.LOAD_FAST,
                    ExprContext.Store => Opcode.STORE_FAST,
                    _ => Opcode.DELETE_FAST,
                };
                Emit(op, _u.B.AddVarName(mangled));
                return;
            }
            case SymbolScope.GlobalImplicit when functionLike:
            case SymbolScope.GlobalExplicit:
            {
                var op = ctx switch
                {
                    ExprContext.Load => Opcode.LOAD_GLOBAL,
                    ExprContext.Store => Opcode.STORE_GLOBAL,
                    _ => Opcode.DELETE_GLOBAL,
                };
                _u.B.EmitName(op, mangled);
                return;
            }
            default:
            {
                var op = ctx switch
                {
                    ExprContext.Load => Opcode.LOAD_NAME,
                    ExprContext.Store => Opcode.STORE_NAME,
                    _ => Opcode.DELETE_NAME,
                };
                _u.B.EmitName(op, mangled);
                return;
            }
        }
    }

    private bool _loadingPastClassDict;

    /// <summary>`.classdict[name] if name in .classdict else name` (names in an annotation scope
    /// defined in a class body see the class namespace first).</summary>
    private void LoadFromClassDictOr(string name, string mangled)
    {
        var dict = _u.B.AddVarName(".classdict");
        var miss = NewLabel();
        var end = NewLabel();
        EmitConst(mangled);
        Emit(Opcode.LOAD_FAST, dict);
        Emit(Opcode.CONTAINS_OP, 0);
        EmitJump(Opcode.POP_JUMP_IF_FALSE, miss);
        Emit(Opcode.LOAD_FAST, dict);
        EmitConst(mangled);
        Emit(Opcode.BINARY_SUBSCR);
        EmitJump(Opcode.JUMP_FORWARD, end);
        Mark(miss);
        _loadingPastClassDict = true;
        try { NameOp(name, ExprContext.Load); }
        finally { _loadingPastClassDict = false; }
        Mark(end);
    }

    // ------------------------------------------------------------------ module-level helpers

    /// <summary>The docstring of a body: a first statement that is a plain string constant, cleaned as CPython 3.13 does.</summary>
    private static string? GetDocString(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? CleanDoc(s) : null;

    /// <summary>
    /// CPython 3.13's _PyCompile_CleanDoc: expand tabs, strip leading spaces from the first line
    /// and the common indentation of the following non-blank lines.
    /// </summary>
    internal static string CleanDoc(string doc)
    {
        doc = ExpandTabs(doc);
        var lines = doc.Split('\n');
        var margin = int.MaxValue;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ') indent++;
            if (indent < line.Length) margin = Math.Min(margin, indent);
        }
        if (margin == int.MaxValue) margin = 0;
        var first = lines[0].TrimStart(' ');
        if (first.Length == lines[0].Length && margin == 0) return doc;
        var sb = new System.Text.StringBuilder(doc.Length);
        sb.Append(first);
        for (var i = 1; i < lines.Length; i++)
        {
            sb.Append('\n');
            var line = lines[i];
            var strip = 0;
            while (strip < margin && strip < line.Length && line[strip] == ' ') strip++;
            sb.Append(line, strip, line.Length - strip);
        }
        return sb.ToString();
    }

    /// <summary>str.expandtabs(8).</summary>
    private static string ExpandTabs(string s)
    {
        if (!s.Contains('\t')) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        var col = 0;
        foreach (var ch in s)
        {
            if (ch == '\t')
            {
                var n = 8 - col % 8;
                sb.Append(' ', n);
                col += n;
            }
            else
            {
                sb.Append(ch);
                col = ch is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    /// <summary>CPython's find_ann: does the block (not nested functions/classes) contain an annotated assignment?</summary>
    private static bool FindAnnotations(List<Stmt> body)
    {
        foreach (var s in body)
        {
            var found = s switch
            {
                AnnAssign => true,
                For f => FindAnnotations(f.Body) || FindAnnotations(f.OrElse),
                While w => FindAnnotations(w.Body) || FindAnnotations(w.OrElse),
                If i => FindAnnotations(i.Body) || FindAnnotations(i.OrElse),
                With w => FindAnnotations(w.Body),
                Match m => m.Cases.Any(c => FindAnnotations(c.Body)),
                Try t => t.Handlers.Any(h => FindAnnotations(h.Body)) || FindAnnotations(t.Body)
                         || FindAnnotations(t.FinalBody) || FindAnnotations(t.OrElse),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    private static readonly HashSet<string> s_futureFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    /// <summary>`from __future__` imports: known features only, and only at the top of the module.</summary>
    private void CheckFutureImports(List<Stmt> body)
    {
        var allowed = true;
        for (var i = 0; i < body.Count; i++)
        {
            var s = body[i];
            if (s is ImportFrom { Module: "__future__", Level: 0 } imp)
            {
                if (!allowed)
                    throw Error(s, "from __future__ imports must occur at the beginning of the file");
                foreach (var alias in imp.Names)
                {
                    if (alias.Name == "braces") throw Error(s, "not a chance");
                    if (!s_futureFeatures.Contains(alias.Name))
                        throw Error(s, $"future feature {alias.Name} is not defined");
                    if (alias.Name == "annotations") _futureAnnotations = true;
                }
                _futureImports.Add(s);
                continue;
            }
            if (i == 0 && GetDocString(body) != null) continue;
            allowed = false;
        }
    }
}
