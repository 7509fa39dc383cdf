using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

// try/except* (PEP 654), laid out as CPython 3.11's compiler_try_star_except on our block stack:
//
//   SETUP_FINALLY except; body; POP_BLOCK; JUMP_FORWARD else
//   except:                          [PREV orig]          (orig: the exception caught)
//     DUP_TOP; BUILD_LIST 0; ROT_TWO [PREV orig res exc]  (res: what the clauses raise)
//     per clause:
//       <type>; CHECK_EG_MATCH next  [... res rest match] (no match: [... res rest], jump)
//       STORE name | POP_TOP
//       SETUP_FINALLY raised; <clause body>; POP_BLOCK; name = None; del name; JUMP_FORWARD next
//     raised:                        [... res rest PREV2 E2]
//       name = None; del name; LIST_APPEND 3; POP_EXCEPT
//     next:                          [PREV orig res rest]  (rest is the next clause's exc)
//     LIST_APPEND 1; PREP_RERAISE_STAR reraise  [PREV] (nothing to raise) or [PREV result] and jump
//     POP_EXCEPT; JUMP_FORWARD end
//     reraise: ROT_TWO; POP_EXCEPT; RERAISE
//   (PREP_RERAISE_STAR jumps itself: testing `result is None` needed a DUP_TOP copy, which the
//   value stack does not count, of a result that may be floating.)
//   else: <orelse>
//   end:
public sealed partial class Compiler
{
    private void CompileTryStarExcept(Try s)
    {
        var except = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();
        var reraise = NewLabel();

        CompileTryBody(s, except, orElse);
        Mark(except);
        PushFBlock(FBlockType.ExceptionGroupHandler, default, default, null);
        Emit(Opcode.DUP_TOP);
        Emit(Opcode.BUILD_LIST, 0);
        Emit(Opcode.ROT_TWO);
        foreach (var handler in s.Handlers)
        {
            SetLoc(handler);
            var next = NewLabel();
            var raised = NewLabel();
            var clauseBody = NewLabel();
            VisitExpr(handler.Type!);
            EmitJump(Opcode.CHECK_EG_MATCH, next);
            if (handler.Name != null) NameOp(handler.Name, ExprContext.Store);
            else Emit(Opcode.POP_TOP);

            EmitJump(Opcode.SETUP_FINALLY, raised);
            Mark(clauseBody);
            PushFBlock(FBlockType.TryExcept, clauseBody, default, null);
            VisitStmts(handler.Body);
            PopFBlock(FBlockType.TryExcept);
            SetLoc(handler);
            Emit(Opcode.POP_BLOCK);
            ClearHandlerName(handler.Name);
            EmitJump(Opcode.JUMP_FORWARD, next);

            // The clause raised E2: [PREV orig res rest PREV2 E2]; keep E2 in res.
            Mark(raised);
            ClearHandlerName(handler.Name);
            Emit(Opcode.LIST_APPEND, 3);
            Emit(Opcode.POP_EXCEPT);
            Mark(next);
        }
        PopFBlock(FBlockType.ExceptionGroupHandler);
        SetLoc(s);
        Emit(Opcode.LIST_APPEND, 1);
        EmitJump(Opcode.PREP_RERAISE_STAR, reraise);
        Emit(Opcode.POP_EXCEPT);
        EmitJump(Opcode.JUMP_FORWARD, end);

        Mark(reraise);
        Emit(Opcode.ROT_TWO);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE);

        Mark(orElse);
        VisitStmts(s.OrElse);
        Mark(end);
    }

    /// <summary>`name = None; del name` after an except* clause that bound a name.</summary>
    private void ClearHandlerName(string? name)
    {
        if (name == null) return;
        EmitConst(null);
        NameOp(name, ExprContext.Store);
        NameOp(name, ExprContext.Del);
    }
}
