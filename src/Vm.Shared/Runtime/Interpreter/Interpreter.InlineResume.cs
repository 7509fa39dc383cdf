// Resuming a generator without leaving the eval loop (what CPython 3.12+ does with FOR_ITER_GEN).
//
// FOR_ITER over an exact PyGenerator does not go through Generators.NextOrNull -> Resume -> Run ->
// a new Eval: ResumeInline does what Resume and Run do on entry and Eval carries on with the
// generator's frame, linked above the caller and marked ReturnsInline (InlineCalls.cs; a frame of
// a generator object is ReturnsInline only here: generator functions are never call-inlined).
// Its YIELD_VALUE (or YIELD_FROM's suspension) pops it and pushes the value on the caller's
// stack, after FOR_ITER (YieldInline); its RETURN_VALUE pops it and takes FOR_ITER's exhausted
// path (GeneratorReturnedInline); an exception leaving it fails the caller's FOR_ITER
// (GeneratorFailedInline, called by UnwindFromFailedFrame).
//
// Why the slow path is the same program, step by step against Resume and Run:
// - Claim: the same Generators.TryClaim, after which a finished generator is released again and
//   resumed the ordinary way (it reports exhaustion); a claimed one is released (Running = 0) when
//   its frame yields, returns, fails or is abandoned, as Resume's finally does.
// - Resumes that need more than this (finished, already running - Resume raises the ValueError -,
//   or one more frame past the recursion limit - Run raises the RecursionError and Resume marks
//   the generator finished) take the ordinary path: nothing was changed before the test.
// - Entry: Started set or None pushed as the sent value, Yielded cleared, the generator's saved
//   handled exception swapped in (the caller's kept in Frame.ResumeSavedHandled), the depth
//   counted, Back, Escaped, Executing and ts.Frame set as Run does.
// - Exit: the handled exception saved into the generator (yield only) and the caller's restored,
//   the frame popped as Run's finally does (PopInline); on failure the locals released and a
//   StopIteration replaced by RuntimeError (PEP 479) as Resume does, then the caller raises it at
//   its FOR_ITER as a native call's PyException makes Run's catch do (context, traceback entry,
//   handlers: RaiseInFrame). A returned generator's value is ignored, as NextOrNull ignores it.
// - A non-Python .NET exception pops the frame in Run's finally (AbandonInlineFrames), which
//   releases the claim as Resume's finally does and, like Resume, restores nothing else.
// Everything touched is the thread's own except the generator's claim (Running), whose protocol
// is Generators.cs's.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// FOR_ITER's next(g) for an exact generator: g's frame, entered above <paramref name="caller"/>
    /// (whose Ip and Sp are saved), or null when this resume takes the ordinary path (see above).
    /// </summary>
    private static Frame? ResumeInline(PyThreadState ts, Frame caller, PyGenerator g)
    {
        var f = g.Frame;
        if (f.Finished || ts.RecursionDepth >= ts.Rt.RecursionLimit || !Generators<TSync>.TryClaim(g)) return null;
        if (f.Finished)
        {
            // finished by another thread between the test and the claim (free-threaded)
            Volatile.Write(ref g.Running, 0);
            return null;
        }
        if (!g.Started) g.Started = true;
        else f.Slots[f.Sp++] = ts.Rt.None; // the value of the yield expression
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
    /// (its Ip and Sp saved, Yielded set): pops it and pushes the value on its caller's stack.</summary>
    private static Frame YieldInline(PyThreadState ts, Frame f, PyObject value)
    {
        var g = (PyGenerator)f.Generator!;
        var saved = f.ResumeSavedHandled;
        f.ResumeSavedHandled = null;
        if (!ReferenceEquals(ts.HandledException, saved)) g.HandledException = ts.HandledException;
        ts.HandledException = saved;
        var caller = PopInline(ts, f);
        Put(caller.Slots, caller.Sp++, value);
        Volatile.Write(ref g.Running, 0);
        return caller;
    }

    /// <summary>RETURN_VALUE of an inline-resumed generator frame: finishes it and completes the
    /// caller's FOR_ITER as exhausted (the iterator popped and dropped, the jump taken).</summary>
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
        var it = slots[sp]!;
        Put(slots, sp, null);
        caller.Sp = sp;
        caller.Ip = caller.Code.Code[caller.LastIp] >>> 8; // FOR_ITER's target
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
        ReleaseLocals(ts, f);
        Generators<TSync>.ReplaceStopIteration(ts);
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
