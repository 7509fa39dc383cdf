using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

// await, async for, and the awaits of async with (CPython 3.10's shapes, which fit our block stack).
//
//   await e            e; GET_AWAITABLE 0; LOAD_CONST None; YIELD_FROM
//   async for t in it: body else: orelse
//                      it; GET_AITER 1 (the iterator in a box that counts it: PyAsyncForIter)
//               start: SETUP_FINALLY handler; GET_ANEXT; LOAD_CONST None; YIELD_FROM; POP_BLOCK
//                      t = ...; body; JUMP_ABSOLUTE start
//             handler: [aiter PREV E] IS_STOP_ASYNC_ITERATION; POP_JUMP_IF_TRUE done; RERAISE
//                done: POP_TOP; POP_EXCEPT; POP_TOP (the aiter's box, freed); orelse
//   async with m as v: BEFORE_ASYNC_WITH; await; SETUP_ASYNC_WITH (then as `with`, each call of
//                      __aexit__ awaited)
public sealed partial class Compiler
{
    private void CompileAwait(Await aw)
    {
        if (!_u.Ste.IsFunctionLike) throw ErrorHere("'await' outside function");
        if (!_u.Ste.IsAsyncFunction && !_u.Ste.IsComprehension) throw ErrorHere("'await' outside async function");
        VisitExpr(aw.Value);
        SetLoc(aw);
        EmitAwait(0);
    }

    /// <summary>Awaits the value on top (<paramref name="where"/>: GET_AWAITABLE's argument).</summary>
    private void EmitAwait(int where)
    {
        Emit(Opcode.GET_AWAITABLE, where);
        EmitConst(null);
        Emit(Opcode.YIELD_FROM);
    }

    private void CheckAsyncAllowed(string what)
    {
        if (!_u.Ste.IsAsyncFunction) throw ErrorHere($"{what} outside async function");
    }

    private void CompileAsyncFor(For s)
    {
        CheckAsyncAllowed("'async for'");
        var start = NewLabel();
        var handler = NewLabel();
        var end = NewLabel();
        PushFBlock(FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        SetLoc(s);
        Emit(Opcode.GET_AITER, 1);
        Mark(start);
        EmitAsyncNext(handler);
        VisitStore(s.Target);
        VisitStmts(s.Body);
        SetLoc(s);
        EmitJump(Opcode.JUMP_ABSOLUTE, start);
        Mark(handler);
        PopFBlock(FBlockType.ForLoop);
        EndAsyncFor();
        VisitStmts(s.OrElse);
        Mark(end);
    }

    /// <summary>[aiter] -> [aiter next-value]; a StopAsyncIteration goes to <paramref name="handler"/>,
    /// where <see cref="EndAsyncFor"/> ends the loop.</summary>
    private void EmitAsyncNext(Label handler)
    {
        EmitJump(Opcode.SETUP_FINALLY, handler);
        Emit(Opcode.GET_ANEXT);
        EmitAwait(0);
        Emit(Opcode.POP_BLOCK);
    }

    /// <summary>The loop's handler: [aiter PREV E] -> [] when E is a StopAsyncIteration, else re-raises E.</summary>
    private void EndAsyncFor()
    {
        var done = NewLabel();
        Emit(Opcode.IS_STOP_ASYNC_ITERATION);
        EmitJump(Opcode.POP_JUMP_IF_TRUE, done);
        Emit(Opcode.RERAISE);
        Mark(done);
        Emit(Opcode.POP_TOP);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.POP_TOP);
    }
}
