using Vm.Ast;

namespace Vm.Compiling;

/// <summary>How a name is used inside one scope (CPython's DEF_* flags).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    /// <summary>Declared `global` (or bound by a walrus in a module-level comprehension).</summary>
    DefGlobal = 1,
    /// <summary>Assigned (or deleted) in this scope.</summary>
    DefLocal = 2,
    /// <summary>A parameter.</summary>
    DefParam = 4,
    /// <summary>Declared `nonlocal` (or bound by a walrus in a comprehension).</summary>
    DefNonlocal = 8,
    /// <summary>Read in this scope.</summary>
    Use = 16,
    /// <summary>Free in a nested scope and bound (or declared global) in this class scope.</summary>
    DefFreeClass = 64,
    /// <summary>Bound by an import.</summary>
    DefImport = 128,
    /// <summary>Annotated (`x: int`).</summary>
    DefAnnot = 256,
    /// <summary>An iteration variable of a comprehension.</summary>
    DefCompIter = 512,
    Bound = DefLocal | DefParam | DefImport,
}

/// <summary>Where a name lives, as decided by the analysis (CPython's scope values).</summary>
public enum SymbolScope
{
    /// <summary>The name does not occur in the scope.</summary>
    Unknown = 0,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// <summary>The kind of a code block.</summary>
public enum ScopeType
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// <summary>One scope (CPython's symtable entry): a module, class body, function, lambda or comprehension.</summary>
public sealed class Scope
{
    private readonly Dictionary<string, SymbolFlags> _flags = new();
    private readonly List<string> _order = new();
    private readonly Dictionary<string, SymbolScope> _scopes = new();
    private readonly List<Scope> _children = new();
    private readonly List<string> _varNames = new();
    private readonly Dictionary<string, Node> _directives = new();

    internal Scope(string name, ScopeType type, Node? node, Scope? parent)
    {
        Name = name;
        Type = type;
        Node = node;
        Parent = parent;
        IsNested = parent != null && (parent.IsNested || parent.IsFunctionLike);
    }

    /// <summary>The block's name: "top", a function or class name, "lambda", "listcomp", ...</summary>
    public string Name { get; }
    public ScopeType Type { get; }
    /// <summary>The FunctionDef, ClassDef, Lambda or comprehension node (null for the module).</summary>
    public Node? Node { get; }
    public Scope? Parent { get; }
    public IReadOnlyList<Scope> Children => _children;
    /// <summary>Parameter names in definition order (positional-only, positional, keyword-only, *args, **kwargs).</summary>
    public IReadOnlyList<string> ParamNames => _varNames;
    /// <summary>All names that occur in this scope, in order of first occurrence.</summary>
    public IReadOnlyList<string> SymbolNames => _order;

    /// <summary>True for functions, lambdas and comprehensions (CPython's FunctionBlock).</summary>
    public bool IsFunctionLike => Type is ScopeType.Function or ScopeType.Lambda or ScopeType.Comprehension;
    public bool IsComprehension => Type == ScopeType.Comprehension;
    /// <summary>Defined inside a function-like scope (directly or through other scopes).</summary>
    public bool IsNested { get; }
    public bool IsGenerator { get; internal set; }
    /// <summary>Its code makes a coroutine or async generator: an `async def`, or a comprehension
    /// that awaits or has an `async for` clause.</summary>
    public bool IsCoroutine { get; internal set; }
    /// <summary>An `async def` function.</summary>
    public bool IsAsyncFunction { get; internal set; }
    public bool HasVarArgs { get; internal set; }
    public bool HasVarKeywords { get; internal set; }
    /// <summary>This block has free variables.</summary>
    public bool HasFree { get; internal set; }
    /// <summary>Some nested block has free variables.</summary>
    public bool ChildHasFree { get; internal set; }
    /// <summary>A list, set or dict comprehension compiled into its enclosing function's code (PEP 709):
    /// its names were merged into the parent scope by the analysis.</summary>
    public bool Inlined { get; internal set; }
    /// <summary>A class body whose methods use `__class__` or `super()`: it gets an implicit `__class__` cell.</summary>
    public bool NeedsClassClosure { get; internal set; }

    // Visitor state (CPython's ste_comp_iter_expr / ste_comp_iter_target).
    internal int CompIterExpr;
    internal bool CompIterTarget;

    /// <summary>The flags of a name, or None if it does not occur here.</summary>
    public SymbolFlags GetFlags(string name) => _flags.GetValueOrDefault(name);

    /// <summary>The resolved scope of a name (after analysis), or Unknown.</summary>
    public SymbolScope GetScope(string name) => _scopes.GetValueOrDefault(name);

    public bool Contains(string name) => _flags.ContainsKey(name);

    /// <summary>The first child scope with the given name (for tests and tools).</summary>
    public Scope? FindChild(string name) => _children.FirstOrDefault(c => c.Name == name);

    /// <summary>Names whose resolved scope is <paramref name="scope"/>, in occurrence order.</summary>
    public IEnumerable<string> NamesIn(SymbolScope scope) => _order.Where(n => GetScope(n) == scope);

    internal void AddChild(Scope child) => _children.Add(child);

    internal void SetFlags(string name, SymbolFlags flags)
    {
        if (!_flags.ContainsKey(name)) _order.Add(name);
        _flags[name] = flags;
    }

    internal void AddParamName(string name) => _varNames.Add(name);

    internal void SetScope(string name, SymbolScope scope) => _scopes[name] = scope;

    internal void RecordDirective(string name, Node node) => _directives.TryAdd(name, node);

    internal Node? Directive(string name) => _directives.GetValueOrDefault(name);

    public override string ToString() => $"<{Type} scope {Name}>";
}
