// Instantiation without leaving the eval loop: CPython 3.13's CALL_ALLOC_AND_ENTER_INIT.
//
// CALL (and CALL_METHOD of a looked-up attribute) of a class whose metaclass is `type` and whose
// type.__call__ would run object.__new__ and then a Python __init__ (TypeOps.PlainInit) allocates
// the instance as object.__new__ does (TypeOps.AllocForInit), puts it on the caller's stack in
// place of the class, and enters __init__(instance, *args) as an inline frame
// (Interpreter.InlineCalls.cs) marked Frame.CallInit. When __init__ returns, ReturnInline checks
// its result: None completes the CALL with the instance (which the stack slot kept alive),
// anything else raises "__init__() should return None, not '...'" at the caller's CALL, as
// type.__call__ raises it there.
//
// Why the slow path (TypeOps.TypeCallDefault) is the same program:
// - Same decision (TypeOps.PlainInit, one per-type answer keyed by the version tag), same
//   allocator, same binding of (instance, *args) as CallWithSelf gives __init__. An __init__ taking
//   exactly those positional parameters (PyCode.SimpleArgCount) is bound here argument by argument
//   (BindParam, BindPositional's step, in order) into a rented frame: what PushFunctionFrame's
//   PushSimpleFrame does with the (instance, *args) buffer, without building the buffer.
// - Errors: binding failures and the recursion limit are raised at the CALL (PushFunctionFrame),
//   an exception __init__ does not handle unwinds into the caller as a failed call
//   (UnwindFromFailedFrame), with the same traceback entries (type.__call__ is native: no entry).
//   In both paths the new instance is then released (here the unwind drops its stack slot; the
//   slow path drops it in its catch), so its __del__ runs as in CPython.
// - The class stays out of it: types are immortal, so replacing its uncounted stack reference
//   by the instance loses no count.
// - Classes with a metaclass other than `type`, a custom __new__, a generator __init__, a
//   vector-call constructor or more arguments than ArgBuffer holds take the general path.
// Every structure touched is the thread's own (its frames and stack) or read lock-free (the
// type's init plan): nothing new is shared.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// PushFrame for a class: the inline __init__ frame of a new instance (which replaces the class
    /// at stack index <paramref name="dropFrom"/>); the caller when the class needs the general
    /// path (nothing done); null with ts.CurrentException set when binding failed or the recursion
    /// limit was reached (the instance is on the stack: the unwind releases it).
    /// </summary>
    private static Frame? PushInitFrame(PyThreadState ts, Frame caller, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int callBase, int dropFrom)
    {
        // A builtin type (int(x), str(x)) never has a Python __init__: skip the rest at once.
        if ((cls.Flags & TypeFlags.HeapType) == 0 || !ReferenceEquals(cls.Type, ts.Rt.TypeType) || args.Length + 1 > ArgBuffer.Capacity) return caller;
        var slots = caller.Slots;
        // The class must be the stack slot the completion drops, below the arguments: CALL's
        // callable, or CALL_METHOD's after its NULL marker (not its unbound form, whose
        // arguments start at that slot).
        if (!ReferenceEquals(slots[dropFrom], cls) || (callBase != dropFrom && slots[callBase] is not NullMarker)) return caller;
        var init = TypeOps<TSync>.PlainInit(ts, cls);
        if (init == null || init.Code.IsGenerator) return caller;
        var obj = TypeOps<TSync>.AllocForInit(ts, cls, args, kwnames);
        Put(slots, dropFrom, obj);
        Frame? frame;
        var code = init.Code;
        if (kwnames == null && code.SimpleArgCount == args.Length + 1)
        {
            // PushFunctionFrame's PushSimpleFrame for (obj, *args), bound without the ArgBuffer copy.
            frame = ts.RentFrame(init, code);
            var fs = frame.Slots;
            BindParam(ts, code, frame, fs, 0, obj);
            for (int i = 0; i < args.Length; i++) BindParam(ts, code, frame, fs, i + 1, args[i]);
            frame = EnterFrame(ts, caller, frame, callBase, dropFrom);
        }
        else
        {
            ArgBuffer buf = default;
            frame = PushFunctionFrame(ts, caller, init, ArgBuffer.WithSelf(ref buf, obj, args), kwnames, callBase, dropFrom);
        }
        if (frame != null) caller.CallInit = true;
        return frame;
    }

    /// <summary>
    /// ReturnInline's check of an __init__'s result <paramref name="result"/> (not None): raises the
    /// TypeError at the caller's CALL. Returns the frame to run next (a handler of the caller or
    /// of an inline frame below it), or null when the exception leaves the frame Eval was entered with.
    /// </summary>
    private static Frame? InitReturnedNotNone(PyThreadState ts, Frame caller, PyObject result)
    {
        ts.CurrentException = TypeOps<TSync>.InitReturnedError(ts, result).Value;
        if (RaiseInFrame(ts, caller, newRaise: true)) return caller;
        return UnwindFromFailedFrame(ts, caller);
    }
}
