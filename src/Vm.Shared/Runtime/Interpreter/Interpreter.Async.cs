// The instructions of await, async for and async with (Compiling/Compiler.Async.cs emits them).
// They run once per await or loop step of a coroutine, never in a plain function's hot loop, so
// they live out of Eval: Eval's default case sends them to RareOp, whose default case sends them
// here. Like RareOp's cases, each takes the stack as Eval had it, saves f.Sp before anything that
// can raise, and returns the new stack pointer. The protocol objects are Runtime/AsyncGenerators.cs.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AsyncOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int word)
    {
        var rt = ts.Rt;
        int arg = word >>> 8;
        f.Sp = sp;
        switch ((Opcode)(word & 0xFF))
        {
            case Opcode.GET_AWAITABLE:
            {
                var o = slots[sp - 1]!;
                var it = AsyncGenerators<TSync>.GetAwaitable(ts, o, arg);
                Put(slots, sp - 1, it);
                if (!ReferenceEquals(it, o)) ObjectLifecycle<TSync>.DropBorrowed(ts, o); // as GET_ITER
                break;
            }
            case Opcode.GET_AITER:
            {
                var o = slots[sp - 1]!;
                var m = Ops<TSync>.LookupSpecial(ts, o, "__aiter__")
                    ?? throw rt.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
                var it = Ops<TSync>.CallMethodDescr(ts, m, o, []);
                if (Ops<TSync>.LookupSpecial(ts, it, "__anext__") == null)
                    throw rt.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
                if (arg != 0)
                {
                    // a loop's own stack slot: the iterator counted by a box (PyAsyncForIter)
                    ObjectLifecycle<TSync>.IncRef(ts, it);
                    Put(slots, sp - 1, new PyAsyncForIter(rt.AsyncForIterType, it));
                }
                else Put(slots, sp - 1, it); // an async comprehension's argument: its frame counts it
                if (!ReferenceEquals(it, o)) ObjectLifecycle<TSync>.DropBorrowed(ts, o);
                break;
            }
            case Opcode.GET_ANEXT:
            {
                var ai = slots[sp - 1]!;
                if (ai is PyAsyncForIter box) ai = box.Iter;
                PyObject aw;
                if (ai is PyGenerator { Kind: GeneratorKind.AsyncGenerator } ag)
                    aw = AsyncGenerators<TSync>.NewAwaitable(ts, ag, PyAsyncGenAwaitable.Kind.Send, null);
                else
                {
                    var m = Ops<TSync>.LookupSpecial(ts, ai, "__anext__")
                        ?? throw rt.TypeError($"'async for' requires an iterator with __anext__ method, got {ai.Type.Name}");
                    var r = Ops<TSync>.CallMethodDescr(ts, m, ai, []);
                    aw = AsyncGenerators<TSync>.GetAwaitable(ts, r, 3);
                    if (!ReferenceEquals(aw, r)) ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                }
                Put(slots, sp++, aw);
                break;
            }
            case Opcode.IS_STOP_ASYNC_ITERATION:
            {
                var e = slots[sp - 1]!;
                Put(slots, sp++, e.Type.IsSubtypeOf(rt.ExceptionTypes["StopAsyncIteration"]) ? rt.True : rt.False);
                break;
            }
            case Opcode.ASYNC_GEN_WRAP:
                Put(slots, sp - 1, new PyAsyncGenWrapped(rt.AsyncGenWrappedType, slots[sp - 1]!));
                break;
            case Opcode.BEFORE_ASYNC_WITH:
            {
                var mgr = slots[sp - 1]!;
                var enter = Ops<TSync>.LookupSpecial(ts, mgr, "__aenter__");
                var exit = Ops<TSync>.LookupSpecial(ts, mgr, "__aexit__");
                if (enter == null)
                    throw rt.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
                if (exit == null)
                    throw rt.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                Put(slots, sp - 1, Ops<TSync>.BindDescriptor(ts, exit, mgr, mgr.Type)); // as SetupWithOp
                Put(slots, sp, Ops<TSync>.CallMethodDescr(ts, enter, mgr, []));
                sp++;
                break;
            }
            case Opcode.SETUP_ASYNC_WITH:
                // [aexit res]: the handler's level keeps aexit, as SETUP_WITH's does
                f.PushBlock(BlockKind.Finally, arg, sp - 1 - f.StackBase);
                break;
            default:
                throw rt.Error("SystemError", $"unknown opcode {(Opcode)(word & 0xFF)}");
        }
        return sp;
    }

    /// <summary>GET_YIELD_FROM_ITER of anything but a plain generator: a coroutine only inside a
    /// coroutine or a types.coroutine generator, else iter(o).</summary>
    private static PyObject YieldFromIter(PyThreadState ts, Frame f, PyObject o)
    {
        if (o is PyGenerator { Kind: GeneratorKind.Coroutine })
        {
            if (f.Generator is PyGenerator { Kind: GeneratorKind.Coroutine } or PyGenerator { IterableCoroutine: true }) return o;
            throw ts.Rt.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return Ops<TSync>.GetIter(ts, o);
    }
}
