using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

// try/except/finally, with, and leaving blocks early (break, continue, return).
//
// Run-time shapes (see Opcode.cs): an exception handler starts with [... PREV E] above the
// block level and runs under an EXCEPT_HANDLER block that POP_EXCEPT removes (popping PREV).
// A with-handler starts with [... exit PREV E].
public sealed partial class Compiler
{
    private void PushFBlock(FBlockType type, Label block, Label exit, object? datum)
    {
        if (_u.FBlocks.Count >= MaxBlocks) throw ErrorHere("too many statically nested blocks");
        _u.FBlocks.Add(new FBlock(type, block, exit, datum));
    }

    private void PopFBlock(FBlockType type)
    {
        var top = _u.FBlocks[^1];
        if (top.Type != type) throw new InvalidOperationException($"fblock mismatch: {top.Type} vs {type}");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    /// <summary>Emits what leaving one block early requires (CPython's compiler_unwind_fblock).</summary>
    /// <param name="preserveTos">a value (the return value) is on top of the stack and must stay there</param>
    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
            case FBlockType.ExceptionHandler:
            case FBlockType.ExceptionGroupHandler:
                return;
            case FBlockType.ForLoop:
                // Pop the iterator.
                if (preserveTos) Emit(Opcode.ROT_TWO);
                Emit(Opcode.POP_TOP);
                return;
            case FBlockType.TryExcept:
                Emit(Opcode.POP_BLOCK);
                return;
            case FBlockType.FinallyTry:
            {
                Emit(Opcode.POP_BLOCK);
                if (preserveTos) PushFBlock(FBlockType.PopValue, default, default, null);
                // Inline the finally body.
                var saved = _u.B.Loc;
                VisitStmts((List<Stmt>)info.Datum!);
                _u.B.Loc = saved;
                if (preserveTos) PopFBlock(FBlockType.PopValue);
                return;
            }
            case FBlockType.FinallyEnd:
                // In the exceptional finally path: [... PREV E]; drop E, restore PREV.
                if (preserveTos) Emit(Opcode.ROT_THREE);
                Emit(Opcode.POP_TOP);
                Emit(Opcode.POP_EXCEPT);
                return;
            case FBlockType.With:
            {
                var saved = _u.B.Loc;
                SetLoc((With)info.Datum!);
                Emit(Opcode.POP_BLOCK);
                if (preserveTos) Emit(Opcode.ROT_TWO);
                CallExitWithNones();
                if (((With)info.Datum!).IsAsync) EmitAwait(2);
                Emit(Opcode.POP_TOP);
                _u.B.Loc = saved;
                return;
            }
            case FBlockType.HandlerCleanup:
            {
                // In an except handler: [... PREV] (E was already popped or stored).
                var name = (string?)info.Datum;
                if (name != null) Emit(Opcode.POP_BLOCK);
                if (preserveTos) Emit(Opcode.ROT_TWO);
                Emit(Opcode.POP_EXCEPT);
                if (name != null)
                {
                    EmitConst(null);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            }
            case FBlockType.PopValue:
                if (preserveTos) Emit(Opcode.ROT_TWO);
                Emit(Opcode.POP_TOP);
                return;
            default:
                throw new InvalidOperationException(info.Type.ToString());
        }
    }

    /// <summary>
    /// Unwinds the blocks from the top, stopping at the innermost loop when <paramref name="stopAtLoop"/>
    /// (CPython's compiler_unwind_fblock_stack). Each block is removed while its unwinding code is
    /// emitted, so a break/return inside an inlined finally body sees only the outer blocks.
    /// </summary>
    private FBlock? UnwindFBlockStack(bool preserveTos, bool stopAtLoop)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[^1];
        if (stopAtLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop) return top;
        if (top.Type == FBlockType.ExceptionGroupHandler)
            throw ErrorHere("'break', 'continue' and 'return' cannot appear in an except* block");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        FBlock? loop;
        try
        {
            UnwindFBlock(top, preserveTos);
            loop = UnwindFBlockStack(preserveTos, stopAtLoop);
        }
        finally
        {
            _u.FBlocks.Add(top);
        }
        return loop;
    }

    private void CompileBreak()
    {
        var loop = UnwindFBlockStack(false, stopAtLoop: true);
        if (loop == null) throw ErrorHere("'break' outside loop");
        UnwindFBlock(loop, false);
        EmitJump(Opcode.JUMP_ABSOLUTE, loop.Exit);
    }

    private void CompileContinue()
    {
        var loop = UnwindFBlockStack(false, stopAtLoop: true);
        if (loop == null) throw ErrorHere("'continue' not properly in loop");
        EmitJump(Opcode.JUMP_ABSOLUTE, loop.Block);
    }

    private void CompileReturn(Return s)
    {
        if (!_u.Ste.IsFunctionLike) throw Error(s, "'return' outside function");
        if (s.Value != null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator) throw Error(s, "'return' with value in async generator");
        var preserveTos = s.Value != null && s.Value is not Constant;
        if (preserveTos) VisitExpr(s.Value!);
        UnwindFBlockStack(preserveTos, stopAtLoop: false);
        SetLoc(s);
        if (s.Value == null) EmitConst(null);
        else if (!preserveTos) EmitConst(((Constant)s.Value).Value);
        Emit(Opcode.RETURN_VALUE);
    }

    // ------------------------------------------------------------------ try

    private void CompileTry(Try s)
    {
        if (s.FinalBody.Count > 0) CompileTryFinally(s);
        else if (s.IsStar) CompileTryStarExcept(s);
        else CompileTryExcept(s);
    }

    private void CompileTryFinally(Try s)
    {
        var body = NewLabel();
        var end = NewLabel();
        var exit = NewLabel();

        // try block
        EmitJump(Opcode.SETUP_FINALLY, end);
        Mark(body);
        PushFBlock(FBlockType.FinallyTry, body, end, s.FinalBody);
        if (s.Handlers.Count == 0) VisitStmts(s.Body);
        else if (s.IsStar) CompileTryStarExcept(s);
        else CompileTryExcept(s);
        Emit(Opcode.POP_BLOCK);
        PopFBlock(FBlockType.FinallyTry);
        VisitStmts(s.FinalBody);
        EmitJump(Opcode.JUMP_FORWARD, exit);

        // finally block, exceptional path: [... PREV E]
        Mark(end);
        SetLoc(s);
        PushFBlock(FBlockType.FinallyEnd, end, default, null);
        VisitStmts(s.FinalBody);
        PopFBlock(FBlockType.FinallyEnd);
        Emit(Opcode.RERAISE);
        Mark(exit);
    }

    /// <summary>The protected body of a try/except(*): SETUP_FINALLY to <paramref name="except"/>,
    /// the body, and on normal completion a jump to <paramref name="orElse"/>.</summary>
    private void CompileTryBody(Try s, Label except, Label orElse)
    {
        var body = NewLabel();
        SetLoc(s);
        EmitJump(Opcode.SETUP_FINALLY, except);
        Mark(body);
        PushFBlock(FBlockType.TryExcept, body, default, null);
        VisitStmts(s.Body);
        PopFBlock(FBlockType.TryExcept);
        Emit(Opcode.POP_BLOCK);
        EmitJump(Opcode.JUMP_FORWARD, orElse);
    }

    private void CompileTryExcept(Try s)
    {
        var except = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();

        CompileTryBody(s, except, orElse);
        Mark(except);
        // The run time pushed an EXCEPT_HANDLER block; stack: [... PREV E].
        PushFBlock(FBlockType.ExceptionHandler, default, default, null);
        for (var i = 0; i < s.Handlers.Count; i++)
        {
            var handler = s.Handlers[i];
            SetLoc(handler);
            if (handler.Type == null && i < s.Handlers.Count - 1)
                throw Error(handler, "default 'except:' must be last");
            var next = NewLabel();
            if (handler.Type != null)
            {
                Emit(Opcode.DUP_TOP);
                VisitExpr(handler.Type);
                EmitJump(Opcode.JUMP_IF_NOT_EXC_MATCH, next);
            }
            if (handler.Name != null)
            {
                var cleanupEnd = NewLabel();
                var cleanupBody = NewLabel();
                NameOp(handler.Name, ExprContext.Store); // pops E: [... PREV]

                // try: body  finally: name = None; del name
                EmitJump(Opcode.SETUP_FINALLY, cleanupEnd);
                Mark(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, default, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                // (no location of its own, as in CPython: the handler body's last line, so a tracer sees no 'except' line again)
                Emit(Opcode.POP_BLOCK);
                Emit(Opcode.POP_EXCEPT);
                EmitConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                EmitJump(Opcode.JUMP_FORWARD, end);

                // An exception inside the handler body: [... PREV E(as PREV2) E2]
                Mark(cleanupEnd);
                EmitConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                Emit(Opcode.RERAISE);
            }
            else
            {
                var cleanupBody = NewLabel();
                Emit(Opcode.POP_TOP); // E
                Mark(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, default, null);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                Emit(Opcode.POP_EXCEPT); // (the handler body's location, as above)
                EmitJump(Opcode.JUMP_FORWARD, end);
            }
            Mark(next);
        }
        PopFBlock(FBlockType.ExceptionHandler);
        // No handler matched: [... PREV E]; re-raise E (unwinding restores PREV).
        SetLoc(s);
        Emit(Opcode.RERAISE);
        Mark(orElse);
        VisitStmts(s.OrElse);
        Mark(end);
    }

    // ------------------------------------------------------------------ with

    /// <summary>
    /// with A() as a, B() as b: body  ==  with A() as a: with B() as b: body.
    /// </summary>
    private void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var block = NewLabel();
        var final = NewLabel();
        var exit = NewLabel();

        SetLoc(s);
        VisitExpr(item.ContextExpr);
        SetLoc(s);
        if (s.IsAsync)
        {
            // -> aexit enter_result, the block below enter_result (Compiler.Async.cs)
            Emit(Opcode.BEFORE_ASYNC_WITH);
            EmitAwait(1);
            EmitJump(Opcode.SETUP_ASYNC_WITH, final);
        }
        else EmitJump(Opcode.SETUP_WITH, final); // -> exit enter_result
        Mark(block);
        PushFBlock(FBlockType.With, block, final, s);
        if (item.OptionalVars != null) VisitStore(item.OptionalVars);
        else Emit(Opcode.POP_TOP);

        if (pos + 1 == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos + 1);

        // The exit call is located at the context expression (CPython 3.13: an exception from
        // __exit__ shows "with CM():" highlighted under CM(), not the whole statement).
        SetLoc(item.ContextExpr);
        Emit(Opcode.POP_BLOCK);
        PopFBlock(FBlockType.With);

        // Normal exit: exit(None, None, None).
        CallExitWithNones();
        if (s.IsAsync) EmitAwait(2);
        Emit(Opcode.POP_TOP);
        EmitJump(Opcode.JUMP_FORWARD, exit);

        // Exceptional exit: [... exit PREV E]
        Mark(final);
        Emit(Opcode.WITH_EXCEPT_START);
        if (s.IsAsync) EmitAwait(2);
        WithExceptFinish();
        Mark(exit);
    }

    private void CallExitWithNones()
    {
        EmitConst(null);
        Emit(Opcode.DUP_TOP);
        Emit(Opcode.DUP_TOP);
        Emit(Opcode.CALL, 3);
    }

    /// <summary>[... exit PREV E result]: re-raise unless the exit returned true; else swallow E.</summary>
    private void WithExceptFinish()
    {
        var suppress = NewLabel();
        EmitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        Emit(Opcode.RERAISE);
        Mark(suppress);
        Emit(Opcode.POP_TOP); // E
        Emit(Opcode.POP_EXCEPT); // PREV
        Emit(Opcode.POP_TOP); // exit
    }
}
