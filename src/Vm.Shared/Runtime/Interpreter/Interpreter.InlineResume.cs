// Resuming a generator without leaving the eval loop (what CPython 3.12+ does with FOR_ITER_GEN
// and SEND_GEN).
//
// FOR_ITER and YIELD_FROM over an exact PyGenerator do not go through Generators.NextOrNull or
// SendTo -> Resume -> Run -> a new Eval: ResumeInline does what Resume and Run do on entry and
// Eval carries on with the generator's frame, linked above the caller and marked ReturnsInline
// (InlineCalls.cs; a frame of a generator object is ReturnsInline only here: generator functions
// are never call-inlined). The caller's instruction at its LastIp tells what it waits on.
// The generator's YIELD_VALUE (or YIELD_FROM's suspension) pops it (YieldInline): a FOR_ITER
// caller gets the value pushed and goes on after FOR_ITER; a YIELD_FROM caller suspends at its
// YIELD_FROM in turn, yielding the value to its own caller the same way (or, when it is the frame
// this Eval was entered with, returning it from Eval as the slow path's YieldFromOp does). Its
// RETURN_VALUE pops it and takes FOR_ITER's exhausted path or completes YIELD_FROM with the value
// (GeneratorReturnedInline); an exception leaving it fails the caller's instruction
// (GeneratorFailedInline, called by UnwindFromFailedFrame).
//
// Why the slow path is the same program, step by step against Resume and Run:
// - Claim: the same Generators.TryClaim, after which a finished generator is released again and
//   resumed the ordinary way (it reports exhaustion); a claimed one is released (Running = 0) when
//   its frame yields, returns, fails or is abandoned, as Resume's finally does.
// - Resumes that need more than this (finished, already running - Resume raises the ValueError -,
//   a value other than None sent to a just-started generator - the TypeError -, or one more frame
//   past the recursion limit - Run raises the RecursionError and Resume marks the generator
//   finished) take the ordinary path: nothing was changed before the test.
// - Entry: Started set or the sent value pushed, Yielded cleared, the generator's saved
//   handled exception swapped in (the caller's kept in Frame.ResumeSavedHandled), the depth
//   counted, Back, Escaped, Executing and ts.Frame set as Run does.
// - Exit: the handled exception saved into the generator (yield only) and the caller's restored,
//   the frame popped as Run's finally does (PopInline); on failure the locals released and a
//   StopIteration replaced by RuntimeError (PEP 479) as Resume does, then the caller raises it at
//   its FOR_ITER as a native call's PyException makes Run's catch do (context, traceback entry,
//   handlers: RaiseInFrame). A returned generator's value is ignored (released) by FOR_ITER, as NextOrNull
//   releases it, and replaces the sub-iterator for YIELD_FROM, as YieldFromOp does.
// - A non-Python .NET exception pops the frame in Run's finally (AbandonInlineFrames), which
//   releases the claim as Resume's finally does and, like Resume, restores nothing else.
// Everything touched is the thread's own except the generator's claim (Running), whose protocol
// is Generators.cs's.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// FOR_ITER's next(g) (<paramref name="value"/> None) or YIELD_FROM's send for an exact
    /// generator: g's frame, entered above <paramref name="caller"/> (whose Ip and Sp are saved),
    /// or null when this resume takes the ordinary path (see above).
    /// </summary>
    private static Frame? ResumeInline(PyThreadState ts, Frame caller, PyGenerator g, PyObject value)
    {
        var f = g.Frame;
        if (f.Finished || ts.RecursionDepth >= ts.Rt.RecursionLimit || (!g.Started && !ReferenceEquals(value, ts.Rt.None))
            || !Generators<TSync>.TryClaim(g)) return null;
        if (f.Finished)
        {
            // finished by another thread between the test and the claim (free-threaded)
            Volatile.Write(ref g.Running, 0);
            return null;
        }
        if (!g.Started) g.Started = true;
        else Put(f.Slots, f.Sp++, value); // the value of the yield expression (no covariance check: frame slots are an exact PyObject[])
        f.Yielded = false;
        f.ResumeSavedHandled = ts.HandledException;
        if (g.HandledException != null)
        {
            ts.HandledException = g.HandledException;
            g.HandledException = null;
        }
        ts.RecursionDepth++;
        f.Back = caller;
        f.Escaped = false; // a new Back chain, not marked yet (Frame.MarkEscaped)
        f.ReturnsInline = true;
        f.Executing = true;
        ts.Frame = f;
        return f;
    }

    /// <summary>An inline-resumed generator frame <paramref name="f"/> yielded <paramref name="value"/>
    /// (its Ip and Sp saved, Yielded set): pops it; returns the caller that goes on with the value
    /// pushed (FOR_ITER), or null when the value leaves Eval (a chain of YIELD_FROMs suspended up
    /// to the frame Eval was entered with).</summary>
    private static Frame? YieldInline(PyThreadState ts, Frame f, PyObject value)
    {
        while (true)
        {
            var g = (PyGenerator)f.Generator!;
            var saved = f.ResumeSavedHandled;
            f.ResumeSavedHandled = null;
            if (!ReferenceEquals(ts.HandledException, saved)) g.HandledException = ts.HandledException;
            ts.HandledException = saved;
            var caller = PopInline(ts, f);
            Volatile.Write(ref g.Running, 0);
            if (Vm.Bytecode.Instr.Op(caller.Code.Code[caller.LastIp]) != Vm.Bytecode.Opcode.YIELD_FROM)
            {
                Put(caller.Slots, caller.Sp++, value); // FOR_ITER
                return caller;
            }
            // YieldFromOp's suspension: at this YIELD_FROM again, the value yielded further.
            caller.Ip = caller.LastIp;
            if (caller.Sink is { } sink && sink.Accept(ts, value))
            {
                // Consumed by the builtin draining caller (YieldSinks.cs): caller resumed as by
                // next(), its YIELD_FROM sending None on.
                Put(caller.Slots, caller.Sp++, ts.Rt.None);
                return caller;
            }
            caller.Yielded = true;
            if (!caller.ReturnsInline) return null;
            f = caller;
        }
    }

    /// <summary>RETURN_VALUE of an inline-resumed generator frame: finishes it and completes the
    /// caller's FOR_ITER as exhausted (the iterator popped and dropped, the jump taken) or its
    /// YIELD_FROM with <paramref name="result"/> in the sub-iterator's place.</summary>
    private static Frame GeneratorReturnedInline(PyThreadState ts, Frame f, PyObject result)
    {
        var g = (PyGenerator)f.Generator!;
        f.Finished = true;
        f.Yielded = false;
        ReleaseLocalsKeeping(ts, f, result);
        ts.HandledException = f.ResumeSavedHandled;
        f.ResumeSavedHandled = null;
        var caller = PopInline(ts, f);
        Volatile.Write(ref g.Running, 0);
        var slots = caller.Slots;
        int sp = caller.Sp - 1;
        int instr = caller.Code.Code[caller.LastIp];
        if (Vm.Bytecode.Instr.Op(instr) == Vm.Bytecode.Opcode.YIELD_FROM)
        {
            // The return value takes the finished generator's place, and the generator is dropped.
            var sub = slots[sp]!;
            Put(slots, sp, result);
            if (!ReferenceEquals(sub, result)) ObjectLifecycle<TSync>.DropBorrowed(ts, sub);
            return caller;
        }
        var it = slots[sp]!;
        Put(slots, sp, null);
        caller.Sp = sp;
        caller.Ip = instr >>> 8; // FOR_ITER's target
        if (!ReferenceEquals(result, it)) ObjectLifecycle<TSync>.DropBorrowed(ts, result); // FOR_ITER ignores StopIteration.value: it dies here, as in CPython
        ObjectLifecycle<TSync>.DropBorrowed(ts, it);
        return caller;
    }

    /// <summary>An inline-resumed generator frame failed (Fail done, ts.CurrentException set):
    /// finishes the generator as Resume does and pops the frame; returns the caller, which raises
    /// ts.CurrentException at its FOR_ITER.</summary>
    private static Frame GeneratorFailedInline(PyThreadState ts, Frame f)
    {
        var g = (PyGenerator)f.Generator!;
        ts.HandledException = f.ResumeSavedHandled;
        f.ResumeSavedHandled = null;
        f.Finished = true;
        ReleaseFailedGeneratorLocals(ts, f);
        Generators<TSync>.ReplaceStopIteration(ts, g);
        var caller = PopInline(ts, f);
        Volatile.Write(ref g.Running, 0);
        return caller;
    }

    /// <summary>An inline frame popped by Run's finally (a non-Python .NET exception): a
    /// generator's claim is released, as Resume's finally does.</summary>
    private static void AbandonInlineFrame(PyThreadState ts, Frame f)
    {
        PopInline(ts, f);
        if (f.Generator is PyGenerator g)
        {
            f.ResumeSavedHandled = null;
            Volatile.Write(ref g.Running, 0);
        }
    }
}
