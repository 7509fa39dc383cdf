namespace Vm.Compiling;

public sealed partial class SymbolTable
{
    // CPython's analyze_block / analyze_name / analyze_cells / update_symbols.

    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(Top, null, free, global);
    }

    private void AnalyzeName(Scope ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw Error(ste.Directive(name), $"name '{name}' is nonlocal and global");
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound == null)
                throw Error(ste.Directive(name), "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw Error(ste.Directive(name), $"no binding for nonlocal '{name}' found");
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // A binding in an enclosing function makes the name free rather than global.
        if (bound != null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    private void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        // Class bindings are not visible in nested functions: pass down what the class received.
        if (ste.Type == ScopeType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }

        foreach (var name in ste.SymbolNames)
            AnalyzeName(ste, scopes, name, ste.GetFlags(name), bound, local, free, global);

        if (ste.Type != ScopeType.Class)
        {
            if (ste.IsFunctionLike) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Methods see an implicit __class__ cell of their class.
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            AnalyzeChildBlock(child, newBound, newFree, newGlobal, allFree);
            if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.IsFunctionLike) AnalyzeCells(scopes, newFree);
        else if (ste.Type == ScopeType.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

        UpdateSymbols(ste, scopes, bound, newFree, ste.Type == ScopeType.Class);
        free.UnionWith(newFree);
    }

    private void AnalyzeChildBlock(Scope entry, HashSet<string> bound, HashSet<string> free,
        HashSet<string> global, HashSet<string> childFree)
    {
        // Each child works on copies so that siblings do not see each other's results.
        var tempBound = new HashSet<string>(bound);
        var tempFree = new HashSet<string>(free);
        var tempGlobal = new HashSet<string>(global);
        AnalyzeBlock(entry, tempBound, tempFree, tempGlobal);
        childFree.UnionWith(tempFree);
    }

    private static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free)
    {
        foreach (var (name, scope) in scopes.ToList())
        {
            if (scope != SymbolScope.Local || !free.Contains(name)) continue;
            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    private static void UpdateSymbols(Scope ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
        HashSet<string> free, bool isClass)
    {
        foreach (var (name, scope) in scopes) ste.SetScope(name, scope);

        // Record free variables of children that are not yet resolved here.
        foreach (var name in free.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (ste.Contains(name))
            {
                // A free variable of a method with the same name as a binding in the class.
                var flags = ste.GetFlags(name);
                if (isClass && (flags & (SymbolFlags.Bound | SymbolFlags.DefGlobal)) != 0)
                    ste.SetFlags(name, flags | SymbolFlags.DefFreeClass);
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.Contains(name)) continue; // a global
            ste.SetFlags(name, SymbolFlags.None);
            ste.SetScope(name, SymbolScope.Free);
        }
    }
}
