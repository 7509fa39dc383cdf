// The match statement (PEP 634) and its patterns, named as in CPython's `ast` module.
namespace Vm.Ast;

public sealed class Match(Expr subject, List<MatchCase> cases) : Stmt
{
    public Expr Subject = subject;
    public List<MatchCase> Cases = cases;
}

public sealed class MatchCase(Pattern pattern, Expr? guard, List<Stmt> body) : Node
{
    public Pattern Pattern = pattern;
    public Expr? Guard = guard;
    public List<Stmt> Body = body;
}

public abstract class Pattern : Node { }

/// <summary>A literal (numbers, strings) or a dotted name, compared with ==.</summary>
public sealed class MatchValue(Expr value) : Pattern { public Expr Value = value; }

/// <summary>None, True or False, compared with `is`.</summary>
public sealed class MatchSingleton(object? value) : Pattern { public object? Value = value; }

/// <summary>`[p, ...]` or `(p, ...)`; at most one of the patterns is a <see cref="MatchStar"/>.</summary>
public sealed class MatchSequence(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }

/// <summary>`{key: p, ..., **rest}`; keys are literals or dotted names.</summary>
public sealed class MatchMapping(List<Expr> keys, List<Pattern> patterns, string? rest) : Pattern
{
    public List<Expr> Keys = keys;
    public List<Pattern> Patterns = patterns;
    public string? Rest = rest;
}

/// <summary>`Cls(p, ..., name=p, ...)`.</summary>
public sealed class MatchClass(Expr cls, List<Pattern> patterns, List<string> kwdAttrs, List<Pattern> kwdPatterns) : Pattern
{
    public Expr Cls = cls;
    public List<Pattern> Patterns = patterns;
    public List<string> KwdAttrs = kwdAttrs;
    public List<Pattern> KwdPatterns = kwdPatterns;
}

/// <summary>`*name` inside a sequence pattern; Name is null for `*_`.</summary>
public sealed class MatchStar(string? name) : Pattern { public string? Name = name; }

/// <summary>`p as name`, a capture `name` (Pattern null), or the wildcard `_` (both null).</summary>
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern
{
    public Pattern? Pattern = pattern;
    public string? Name = name;
}

/// <summary>`p | q | ...`.</summary>
public sealed class MatchOr(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }
