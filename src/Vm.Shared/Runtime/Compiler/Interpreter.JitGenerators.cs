// Baseline compiler, entry side: generator frames in compiled code.
//
// Design note:
// - What: a plain generator's code (a generator function or expression), a coroutine's (an
//   `async def` without yield: `await` is GET_AWAITABLE, Eval's step, and a YIELD_FROM) or an async
//   generator's (its `yield v` is ASYNC_GEN_WRAP, a step, and a YIELD_VALUE) compiles like a
//   function's (JitEmitter.Generators.cs). `async for` is GET_AITER, then per item a SETUP_FINALLY,
//   GET_ANEXT (a step), an await and a POP_BLOCK: its end, the StopAsyncIteration, unwinds to its
//   handler block, which Eval runs as any handler. `async with` is BEFORE_ASYNC_WITH (a step), an
//   await and SETUP_ASYNC_WITH (the block pushed as Eval pushes it), its exits awaited calls.
//   A coroutine's or async generator's frame is a generator frame: everything below holds for it
//   as written (its resumes are the event loop's send()/throw(), an awaiting frame's YIELD_FROM,
//   or an asend/athrow awaitable's step). Its body is entered by Run
//   with a generator frame at a resume point: Ip 0 or just after a YIELD_VALUE, where Eval leaves a
//   suspended frame too. There it reloads the value stack the suspension spilled into f.Slots, so a
//   generator started in Eval may go on compiled and the reverse, resume by resume.
// - Which resumes run compiled: those that go through Run (Generators.Resume: next(), send(), a
//   builtin draining it, FOR_ITER in compiled code). A throw() or close() into the frame unwinds in
//   Run first and never enters the body: the frame fails, or a handler block takes the exception
//   and Eval runs the rest of that resume (JitEmitter.Handlers.cs), as it does when an exception
//   raised in the body is caught. A frame Eval suspended inside a handler's code (a yield in an
//   except or finally clause, or a with's exit) is resumed by Eval: the compiled body's entry hands
//   it back (JitResumeInEval); resumes after yields of the try bodies enter the compiled body again.
//   The eval loop's inline resumes (FOR_ITER / YIELD_FROM over a generator, InlineResume.cs) keep
//   running the frame in Eval.
// - Suspended state is the interpreter's: YIELD_VALUE spills the stack and saves Sp, Ip, LastIp and
//   Yielded as Eval's case does, so gi_frame, f_lineno, f_lasti, the cycle collector and a later
//   interpreted resume see the same frame. Claims (PyGenerator.Running) and the handled-exception
//   swap stay Resume's: nothing here is shared beyond what Resume already guards.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>Whether generator frame <paramref name="f"/> stands at a resume point of a compiled body
    /// (its first instruction, just after a YIELD_VALUE, or at a YIELD_FROM).</summary>
    private static bool JitResumable(Frame f)
    {
        int ip = f.Ip;
        return ip == 0 || (ip < f.Code.Code.Length && (Instr.Op(f.Code.Code[ip - 1]) == Opcode.YIELD_VALUE || Instr.Op(f.Code.Code[ip]) == Opcode.YIELD_FROM));
    }

    /// <summary>YIELD_FROM at instruction <paramref name="i"/> with the stack spilled below sp
    /// (Eval's case, ColdOps.cs YieldFromOp): the value yielded (done false: the frame suspended at i),
    /// or the subiterator's result (done true: in its slot), or null with the error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitYieldFrom(PyThreadState ts, Frame f, int sp, int i, out bool done)
    {
        f.Sp = --sp;
        return YieldFromOp(ts, f, f.Slots, sp, i + 1, out done);
    }

    /// <summary>FOR_ITER's step over the generator at sp - 1 (JitEmitter.Generators.cs, ForIterGenerator):
    /// JitForIterNext's generator case, its type tests done by the caller.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitForIterGenerator(PyThreadState ts, Frame f, int sp)
    {
        f.Sp = sp;
        return Generators<TSync>.NextOrNull(ts, Unsafe.As<PyGenerator>(f.Slots[sp - 1]!));
    }

    /// <summary>GET_AWAITABLE on the stack spilled below sp (Eval's case, Interpreter.Async.cs AsyncOp):
    /// the iterator `await` drives, in place of the awaited object at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitGetAwaitable(PyThreadState ts, Frame f, int sp, int arg)
    {
        AsyncOp(ts, f, f.Slots, sp, (int)Opcode.GET_AWAITABLE | (arg << 8));
        return f.Slots[sp - 1]!;
    }

    /// <summary>YIELD_VALUE's offer to a builtin draining the frame (YieldSinks.cs): true when consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitSinkAccepts(PyThreadState ts, Frame f, PyObject v) => f.Sink is { } sink && sink.Accept(ts, v);

    /// <summary>What a compiled generator body returns when resumed after a yield it does not hold (one
    /// in a handler block's code, which only Eval runs): Eval's re-entry signal, with the frame as the
    /// suspension left it, so Run resumes it in Eval (JitEmitter.Generators.cs).</summary>
    internal static PyObject JitResumeInEval() => ReenterSignal;
}
