using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Bytecode;

namespace Vm.Compiling;

// Calls: CALL for plain positional arguments, CALL_KW with a constant kwnames tuple,
// CALL_EX when `*`/`**` appear; `o.m(...)` uses LOAD_METHOD + CALL_METHOD(_KW).
public sealed partial class Compiler
{
    private void CompileCall(Call e)
    {
        ValidateKeywords(e.Keywords);
        CheckCaller(e.Func); // Compiler.Warnings.cs
        if (TryCompileMethodCall(e)) return;
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    private bool TryCompileMethodCall(Call e)
    {
        if (e.Func is not Attribute meth) return false;
        if (e.Args.Count + e.Keywords.Count * 2 >= StackUseGuideline) return false;
        if (e.Args.Any(a => a is Starred) || e.Keywords.Any(k => k.Arg == null)) return false;

        var saved = _u.B.Loc;
        if (CanOptimizeSuperCall(meth))
        {
            LoadArgsForSuper((Call)meth.Value);
            SetLoc(meth);
            EmitSuperAttr(meth, SuperAttrArgs.Method);
        }
        else
        {
            VisitExpr(meth.Value);
            SetLoc(meth);
            EmitName(Opcode.LOAD_METHOD, meth.Attr);
        }
        _u.B.Loc = saved;
        VisitExprs(e.Args);
        if (e.Keywords.Count == 0)
        {
            Emit(Opcode.CALL_METHOD, e.Args.Count);
            return true;
        }
        foreach (var k in e.Keywords) VisitExpr(k.Value);
        EmitConst(KwNames(e.Keywords, 0, e.Keywords.Count));
        Emit(Opcode.CALL_METHOD_KW, e.Args.Count + e.Keywords.Count);
        return true;
    }

    private static ConstTuple KwNames(List<Keyword> keywords, int begin, int end)
    {
        var names = new object?[end - begin];
        for (var i = begin; i < end; i++) names[i - begin] = keywords[i].Arg;
        return new ConstTuple(names);
    }

    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (var i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i];
            if (key.Arg == null) continue;
            if (key.Arg == "__debug__") throw Error(key, "cannot assign to __debug__");
            for (var j = i + 1; j < keywords.Count; j++)
            {
                if (keywords[j].Arg == key.Arg)
                    throw Error(keywords[j], $"keyword argument repeated: {key.Arg}");
            }
        }
    }

    /// <summary>
    /// The arguments of a call whose callable (and <paramref name="pushed"/> leading positional
    /// arguments) are already on the stack (CPython's compiler_call_helper).
    /// </summary>
    private void CallHelper(int pushed, List<Expr> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        var nelts = args.Count;
        var nkw = keywords.Count;
        var exCall = nelts + nkw * 2 > StackUseGuideline
                     || args.Any(a => a is Starred) || keywords.Any(k => k.Arg == null);
        if (!exCall)
        {
            VisitExprs(args);
            if (nkw > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                EmitConst(KwNames(keywords, 0, nkw));
                Emit(Opcode.CALL_KW, pushed + nelts + nkw);
            }
            else
            {
                Emit(Opcode.CALL, pushed + nelts);
            }
            return;
        }

        // Positional arguments as one tuple; a lone `*x` is passed as is (CALL_EX iterates it and
        // names the function if it is not iterable, as CPython does).
        if (pushed == 0 && args.Count == 1 && args[0] is Starred lone) VisitExpr(lone.Value);
        else StarUnpackHelper(args, pushed, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true);

        // Keyword arguments as one dict.
        if (nkw > 0)
        {
            var haveDict = false;
            var nseen = 0;
            for (var i = 0; i < nkw; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        CompileSubKwargs(keywords, i - nseen, i);
                        if (haveDict) Emit(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        Emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    Emit(Opcode.DICT_MERGE, 1);
                }
                else
                {
                    nseen++;
                }
            }
            if (nseen > 0)
            {
                CompileSubKwargs(keywords, nkw - nseen, nkw);
                if (haveDict) Emit(Opcode.DICT_MERGE, 1);
            }
        }
        Emit(Opcode.CALL_EX, nkw > 0 ? 1 : 0);
    }

    private void CompileSubKwargs(List<Keyword> keywords, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (var i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            EmitConst(KwNames(keywords, begin, end));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(Opcode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            EmitConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big) Emit(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }
}
