using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Bytecode;

namespace Vm.Compiling;

// `super().name` and `super().name(...)` (also `super(C, o).name`) as LOAD_SUPER_ATTR, when CPython 3.13's
// compiler does it (can_optimize_super_call, load_args_for_super): the call reads the name `super`, which is an
// implicit global here and not bound at module level, with no keywords and either no arguments (in a function
// with a positional parameter and a __class__ cell: the cell and the first parameter are loaded) or two
// non-starred ones. The instruction checks at run time that `super` is still the builtin type
// (Runtime/Interpreter/Interpreter.SuperAttr.cs).
public sealed partial class Compiler
{
    private bool CanOptimizeSuperCall(Attribute a)
    {
        if (a.Value is not Call { Func: Name { Id: "super" } } call || a.Attr == "__class__" || call.Keywords.Count != 0) return false;
        if (_u.Ste.GetScope("super") != SymbolScope.GlobalImplicit || _st.Top.GetScope("super") != SymbolScope.Unknown) return false;
        if (call.Args.Count == 2) return call.Args[0] is not Starred && call.Args[1] is not Starred;
        if (call.Args.Count != 0) return false;
        if (_u.ArgCount == 0 && _u.PosOnlyArgCount == 0) return false;
        return _u.FreeIndex.ContainsKey("__class__") && _u.Ste.GetScope("__class__") == SymbolScope.Free;
    }

    /// <summary>super, then the class and the object: the two arguments, or the __class__ cell and the first parameter.</summary>
    private void LoadArgsForSuper(Call call)
    {
        var saved = _u.B.Loc;
        SetLoc(call.Func);
        NameOp("super", ExprContext.Load);
        _u.B.Loc = saved;
        if (call.Args.Count == 2)
        {
            VisitExpr(call.Args[0]);
            VisitExpr(call.Args[1]);
            return;
        }
        SetLoc(call);
        NameOp("__class__", ExprContext.Load);
        NameOp(_u.Ste.ParamNames[0], ExprContext.Load);
        _u.B.Loc = saved;
    }

    private void EmitSuperAttr(Attribute a, int flags)
    {
        var call = (Call)a.Value;
        int name = _u.B.AddName(SymbolTable.Mangle(_u.Private, a.Attr));
        Emit(Opcode.LOAD_SUPER_ATTR, (name << 2) | flags | (call.Args.Count == 2 ? SuperAttrArgs.TwoArgs : 0));
    }
}
