using Vm.Ast;

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

        var children = ste.Children;
        var childFrees = new HashSet<string>[children.Count];
        for (var i = 0; i < children.Count; i++)
        {
            childFrees[i] = new HashSet<string>();
            AnalyzeChildBlock(children[i], newBound, newFree, newGlobal, childFrees[i]);
        }
        var allFree = new HashSet<string>();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (CanInline(ste, child, scopes, childFrees, i)) InlineComprehension(ste, child, scopes, childFrees[i]);
            allFree.UnionWith(childFrees[i]);
            if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.IsFunctionLike) AnalyzeCells(scopes, newFree);
        else if (ste.Type == ScopeType.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

        UpdateSymbols(ste, scopes, bound, newFree, ste.Type == ScopeType.Class);
        free.UnionWith(newFree);
    }

    // ------------------------------------------------------------------ inlined comprehensions (PEP 709)

    /// <summary>
    /// A list, set or dict comprehension directly inside a function-like scope or the module runs
    /// in that scope's frame, as in CPython 3.12+ (not yet in a class body, which CPython also inlines). Left as a nested function (as CPython would not, for the cells):
    /// one that awaits, or whose iteration variables are cells (captured by a closure in the
    /// comprehension, or a cell or free variable of the enclosing scope): our cells live in their
    /// own frame slots, which the save/restore of a shadowed local does not cover.
    /// </summary>
    private static bool CanInline(Scope ste, Scope comp, Dictionary<string, SymbolScope> scopes,
        HashSet<string>[] childFrees, int index)
    {
        if (!comp.IsComprehension || comp.IsGenerator || comp.IsCoroutine) return false;
        if (!ste.IsFunctionLike && ste.Type != ScopeType.Module) return false;
        if (comp.Node is not (ListComp or SetComp or DictComp)) return false;
        foreach (var name in comp.SymbolNames)
        {
            var flags = comp.GetFlags(name);
            if ((flags & SymbolFlags.DefParam) != 0) continue;
            if (comp.GetScope(name) == SymbolScope.Cell) return false;
            if (!IsInlinedLocal(flags)) continue;
            if (scopes.GetValueOrDefault(name) == SymbolScope.Free) return false;
            // A sibling's closure over the enclosing local makes it a cell there.
            for (var j = 0; j < childFrees.Length; j++)
                if (j != index && childFrees[j].Contains(name)) return false;
        }
        return true;
    }

    /// <summary>A name bound by the comprehension itself (not a walrus target, which binds outside).</summary>
    internal static bool IsInlinedLocal(SymbolFlags flags) =>
        (flags & SymbolFlags.DefLocal) != 0 && (flags & (SymbolFlags.DefNonlocal | SymbolFlags.DefParam)) == 0;

    /// <summary>
    /// Merges an inlined comprehension's names into the enclosing scope (CPython's
    /// inline_comprehension): names new to the enclosing scope are copied with their flags and
    /// resolved scope; a free name of the comprehension that the enclosing scope binds is an
    /// ordinary local there, no longer free, unless a closure inside the comprehension needs it.
    /// </summary>
    private static void InlineComprehension(Scope ste, Scope comp, Dictionary<string, SymbolScope> scopes,
        HashSet<string> compFree)
    {
        foreach (var name in comp.SymbolNames)
        {
            var flags = comp.GetFlags(name);
            if ((flags & SymbolFlags.DefParam) != 0) continue; // ".0"
            if (!ste.Contains(name))
            {
                ste.SetFlags(name, flags);
                scopes[name] = comp.GetScope(name);
            }
            else if ((ste.GetFlags(name) & SymbolFlags.Bound) != 0 && !IsFreeInAnyChild(comp, name))
            {
                compFree.Remove(name);
            }
        }
        comp.HasFree = compFree.Count > 0;
        comp.Inlined = true;
    }

    /// <summary>Free in a block nested in <paramref name="comp"/>, looking through inlined comprehensions.</summary>
    private static bool IsFreeInAnyChild(Scope comp, string name)
    {
        foreach (var child in comp.Children)
        {
            if (child.Inlined ? IsFreeInAnyChild(child, name) : child.GetScope(name) == SymbolScope.Free) return true;
        }
        return false;
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
