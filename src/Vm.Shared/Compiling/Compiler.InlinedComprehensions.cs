using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

// PEP 709: list, set and dict comprehensions inside a function or at module level run in the
// enclosing code's own frame.
public sealed partial class Compiler
{
    /// <summary>
    /// An inlined comprehension (the symbol table merged its names into the enclosing scope):
    /// <code>
    ///   iterable; LOAD_FAST_AND_CLEAR x...; SWAP n+1; SETUP_FINALLY cleanup
    ///   BUILD_LIST 0; SWAP 2; GET_ITER; (the loops)  ->  saved... list
    ///   POP_BLOCK; SWAP n+1; STORE_FAST_MAYBE_NULL x... (last saved first); JUMP end
    /// cleanup:  saved... list PREV E -> POP_EXCEPT, restore the saved locals, RERAISE
    /// </code>
    /// The iteration variables are fast locals of the enclosing code (also of module code, where
    /// they are "fast hidden" while the comprehension is generated); what they held before (or
    /// unset) is saved on the stack and restored after, also when the comprehension raises. A
    /// name that resolves differently inside (a local of the comprehension that is global in the
    /// function) takes the comprehension's scope while its code is generated.
    /// </summary>
    private void CompileInlinedComprehension(Expr e, Scope comp, List<Comprehension> generators, Expr elt,
        Expr? value, CompKind kind)
    {
        var outer = _u.Ste;
        VisitExpr(generators[0].Iter);
        SetLoc(e);

        var saved = new List<string>();
        var overridden = new List<(string Name, SymbolScope Outer)>();
        var hidden = new List<string>();
        foreach (var name in comp.SymbolNames)
        {
            var flags = comp.GetFlags(name);
            if ((flags & SymbolFlags.DefParam) != 0) continue;
            var inner = comp.GetScope(name);
            var outerScope = outer.GetScope(name);
            if (inner != outerScope && inner != SymbolScope.Free)
            {
                overridden.Add((name, outerScope));
                outer.SetScope(name, inner);
            }
            if (!SymbolTable.IsInlinedLocal(flags)) continue;
            saved.Add(name);
            if (!outer.IsFunctionLike && (_u.FastHidden ??= new HashSet<string>()).Add(name)) hidden.Add(name);
            Emit(Opcode.LOAD_FAST_AND_CLEAR, _u.B.AddVarName(name));
        }

        var cleanup = NewLabel();
        var end = NewLabel();
        var n = saved.Count;
        if (n > 0)
        {
            Emit(Opcode.SWAP, n + 1); // the iterable back on top
            EmitJump(Opcode.SETUP_FINALLY, cleanup);
        }
        switch (kind)
        {
            case CompKind.List: Emit(Opcode.BUILD_LIST, 0); break;
            case CompKind.Set: Emit(Opcode.BUILD_SET, 0); break;
            default: Emit(Opcode.BUILD_MAP, 0); break;
        }
        Emit(Opcode.SWAP, 2);
        ComprehensionGenerator(generators, 0, 0, elt, value, kind, inlined: true);
        SetLoc(e);

        foreach (var (name, scope) in overridden) outer.SetScope(name, scope);
        foreach (var name in hidden) _u.FastHidden!.Remove(name);
        if (n == 0) return;

        Emit(Opcode.POP_BLOCK);
        // saved values bottom to top: saved[n-1], saved[0], ..., saved[n-2]; the result on top.
        Emit(Opcode.SWAP, n + 1);
        // now the result is at the bottom and saved[n-1] .. saved[0] from the top down.
        for (var i = n - 1; i >= 0; i--) Emit(Opcode.STORE_FAST_MAYBE_NULL, _u.B.AddVarName(saved[i]));
        EmitJump(Opcode.JUMP_FORWARD, end);

        // An exception inside: [saved... partial-result PREV E]. Leave the handler (the handled
        // exception is PREV again), drop the partial result, restore every saved value from under E,
        // and raise E again with its traceback.
        Mark(cleanup);
        Emit(Opcode.ROT_THREE);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.POP_TOP);
        for (var k = n - 1; k >= 0; k--)
        {
            var i = k == 0 ? n - 1 : k - 1; // the saved value k-th from the bottom
            Emit(Opcode.SWAP, 2);
            Emit(Opcode.STORE_FAST_MAYBE_NULL, _u.B.AddVarName(saved[i]));
        }
        Emit(Opcode.RERAISE);
        Mark(end);
    }
}
