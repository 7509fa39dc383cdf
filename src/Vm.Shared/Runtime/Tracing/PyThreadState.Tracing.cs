// Per-thread trace and profile functions (sys.settrace / sys.setprofile), CPython 3.13's semantics.
//
// Design note: every field here is the owning thread's own (sys.settrace sets the calling thread's
// function, as CPython's does); no other thread reads or writes them, so no lock guards them, on
// either backend. threading.settrace_all_threads installs the function for threads started later
// and for the calling thread, not for other running threads (that would write another thread's state).
//
// Cost when off: nothing per instruction. The eval loop has a second instantiation for traced
// threads (Eval<Traced>, TraceModes.cs) that Run picks when TraceOn is set; a running untraced
// loop learns of a new trace function right after the call that installed it returns (a builtin's,
// a nested Run's, an inline or compiled callee's, a with statement's __enter__: it reads TraceOn
// there, so pdb.set_trace() stops in its caller at once), else at its next eval-breaker check
// (TraceChanged bit, which a loop running a hook leaves for the loops outside it), and returns to
// Run to switch. Compiled code is never entered while the thread traces: installing a
// function adds JitBlockedOffset to JitNativeDepth, which puts every compiled entry past its depth
// budget (WithinJitBudget) - the check compiled entries already make. Frames already running compiled
// keep running compiled until they return, as CPython's specialised frames do.
using Vm.Objects;

namespace Vm.Runtime;

public sealed partial class PyThreadState
{
    /// <summary>sys.settrace's function for this thread, or null.</summary>
    public PyObject? TraceFunc;
    /// <summary>sys.setprofile's function for this thread, or null.</summary>
    public PyObject? ProfileFunc;
    /// <summary>A trace or profile function is set and none of them is running now (hooks do not
    /// trace themselves): the eval loop runs its traced instantiation.</summary>
    public bool TraceOn;
    /// <summary>Nesting of trace/profile function calls running on this thread.</summary>
    internal int HookDepth;
    /// <summary>Added to <see cref="JitNativeDepth"/> while a trace or profile function is set.</summary>
    internal const int JitBlockedOffset = 1 << 24;

    /// <summary>sys.settrace (<paramref name="profile"/> false) or sys.setprofile for this thread.</summary>
    public void SetTraceFunction(PyObject? fn, bool profile)
    {
        bool wasSet = TraceFunc != null || ProfileFunc != null;
        if (profile) ProfileFunc = fn;
        else TraceFunc = fn;
        bool set = TraceFunc != null || ProfileFunc != null;
        if (set && !wasSet)
        {
            JitNativeDepth += JitBlockedOffset;
            ForgetPooledTraceState();
        }
        else if (!set && wasSet) JitNativeDepth -= JitBlockedOffset;
        // The frames running now were called before: they get no 'call' event (CPython: f_trace
        // stays None unless set), but their returns are reported to a profile function, and a frame
        // whose f_trace is set (pdb.set_trace() sets its callers') reports its next line, not the
        // rest of the line it is in (the eval loop switches after the call that installed fn).
        if (fn != null)
            for (var f = Frame; f != null; f = f.Back)
            {
                if (f.TraceCalled) continue;
                f.TraceCalled = true;
                f.TraceLastLine = f.Line;
                f.TracePrevIp = f.LastIp;
            }
        UpdateTraceOn();
        SetEvalBreakerBit(EvalBreakerBits.TraceChanged); // a running untraced loop switches at its next check
    }

    internal void UpdateTraceOn() => TraceOn = HookDepth == 0 && (TraceFunc != null || ProfileFunc != null);

    /// <summary>Pooled frames not running now may hold the trace state of an earlier traced run.</summary>
    private void ForgetPooledTraceState()
    {
        foreach (var f in _framePool)
        {
            if (f == null || f.Executing) continue;
            f.TraceCalled = false;
            f.FTrace = null;
        }
    }
}
