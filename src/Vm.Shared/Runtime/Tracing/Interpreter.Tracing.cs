// The traced eval loop's events (Eval<Traced>, Interpreter.Eval.cs; TraceModes.cs), as CPython 3.13's
// legacy tracing reports them on top of sys.monitoring:
// - 'call' before the first instruction a frame runs after it was entered or resumed (a generator:
//   at each resume), to the profile function then to the trace function, whose result (unless None)
//   becomes the frame's f_trace;
// - 'line' to f_trace (f_trace_lines set) before an instruction whose line differs from the last one
//   this frame reported, or that a backward jump reached (a loop's next iteration on the same line);
// - 'return' (the value; None when an exception leaves the frame) to f_trace and the profile function,
//   at a return and at each yield; 'exception' ((type, value, traceback)) to f_trace where an exception
//   is raised in or propagates into a frame (not at a re-raise);
// - 'c_call', 'c_return', 'c_exception' to the profile function around a builtin function's call.
// A trace function that raises is removed (sys.settrace(None), the frame's f_trace cleared) and its
// exception propagates from where the event happened; a profile function likewise. Hooks run with the
// thread's TraceOn cleared: they are not traced themselves. Each frame's state is its thread's own.
// - 'opcode' to f_trace (f_trace_opcodes set) before each instruction: this VM's instructions, not CPython's.
// An exception thrown into a suspended generator reports 'call' then 'exception' (Run, TraceThrowIn).
// The traced loop runs the code unit's instructions,
// not the executable copy with superinstructions (Bytecode/Superinstructions.cs), whose fused
// instructions would run a next instruction that starts a line without the loop seeing it.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>Before the traced loop runs the instruction at <paramref name="ip"/> of f: 0 to go on,
    /// 1 when the thread no longer traces (leave for the untraced loop), -1 when a hook raised
    /// (the exception in ts.CurrentException).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TraceStep(PyThreadState ts, Frame f, int ip)
    {
        if (!ts.TraceOn) return 1;
        if (!f.TraceCalled)
        {
            if (TraceCall(ts, f, ip) is var called && called != 0) return called;
        }
        if (f.FTrace != null && f.TraceLines && ts.TraceFunc != null)
        {
            int line = EventLine(f, ip);
            bool backward = ip < f.TracePrevIp; // (equal: the same instruction again after a re-entry of the loop)
            f.TracePrevIp = ip;
            if (line > 0 && (line != f.TraceLastLine || backward))
            {
                f.TraceLastLine = line;
                if (!CallLocalTrace(ts, f, "line", ts.Rt.None)) return -1;
                if (!ts.TraceOn) return 1;
            }
        }
        else f.TracePrevIp = ip;
        // 'opcode' before each instruction when f_trace_opcodes is set: this VM's instructions (the code
        // unit's, as dis shows them), not CPython's; f_lasti is the instruction's offset (2 per instruction).
        if (f.TraceOpcodes && f.FTrace != null && ts.TraceFunc != null)
        {
            if (!CallLocalTrace(ts, f, "opcode", ts.Rt.None)) return -1;
            if (!ts.TraceOn) return 1;
        }
        return 0;
    }

    /// <summary>The 'call' event of f, entered or resumed at <paramref name="ip"/> (or thrown into):
    /// 0 to go on, 1 when the thread no longer traces, -1 when a hook raised.</summary>
    private static int TraceCall(PyThreadState ts, Frame f, int ip)
    {
        {
            f.TraceCalled = true;
            bool fresh = ip == 0;
            if (fresh)
            {
                SetFTrace(ts, f, null);
                f.TraceLines = true;
                f.TraceOpcodes = false;
            }
            f.TraceLastLine = fresh ? -1 : f.Code.Unit.LineAt(ip);
            f.TracePrevIp = ip - 1;
            f.TraceInCall = fresh;
            try
            {
                if (ts.ProfileFunc is { } pf && CallHook(ts, pf, f, "call", ts.Rt.None, profile: true) == null) return -1;
                if (ts.TraceFunc is { } tf)
                {
                    if (CallHook(ts, tf, f, "call", ts.Rt.None, profile: false) is not { } local) return -1;
                    if (!ReferenceEquals(local, ts.Rt.None)) SetFTrace(ts, f, local);
                }
            }
            finally
            {
                f.TraceInCall = false;
            }
            if (!ts.TraceOn) return 1;
        }
        return 0;
    }

    /// <summary>An exception thrown into the suspended generator frame f (gen.throw(), close(), a
    /// coroutine's throw): its 'call' event, then the 'exception' event once its traceback entry is
    /// added. The exception to unwind with (a hook's own when it raised).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyBaseException TraceThrowIn(PyThreadState ts, Frame f, PyBaseException e)
    {
        if (!f.TraceCalled && TraceCall(ts, f, f.Ip) < 0)
        {
            var raised = (PyBaseException)ts.CurrentException!;
            ts.CurrentException = null;
            AddTraceback(ts, f, raised);
            return raised;
        }
        AddTraceback(ts, f, e);
        var r = TraceCaught(ts, f, e);
        int at = f.Ip - 1; // a throw a `yield from` / await passed on (Generators.Throw): resumed past its YIELD_FROM
        if (ReferenceEquals(r, e) && f.Generator != null && at >= 0 && Vm.Bytecode.Instr.Op(f.Code.Unit.Code[at]) == Vm.Bytecode.Opcode.YIELD_FROM
            && f.FTrace != null && f.TraceLines && ts.TraceFunc != null && ts.TraceOn)
        {
            // CPython runs CLEANUP_THROW there, on the delegating line: its 'line' event
            f.LastIp = at;
            f.TracePrevIp = at;
            f.TraceLastLine = f.Code.Unit.LineAt(at);
            var saved = ts.CurrentException;
            if (!CallLocalTrace(ts, f, "line", ts.Rt.None))
            {
                r = (PyBaseException)ts.CurrentException!;
                AddTraceback(ts, f, r);
            }
            ts.CurrentException = saved;
        }
        return r;
    }

    /// <summary>The line a 'line' event reports before the instruction at ip, or -1 for instructions
    /// that CPython's compiler gives no location (no event, and the last line reported stays): block
    /// pops, the re-raise ending an except clause that did not match, and a loop's closing jump back to its header's line (the header reports the iteration).</summary>
    private static int EventLine(Frame f, int ip)
    {
        var unit = f.Code.Unit;
        int line = unit.LineAt(ip);
        int word = unit.Code[ip];
        var op = Vm.Bytecode.Instr.Op(word);
        if (unit.IsArtificial(ip)) return -1;
        if (op is Vm.Bytecode.Opcode.POP_BLOCK or Vm.Bytecode.Opcode.POP_EXCEPT or Vm.Bytecode.Opcode.RERAISE) return -1; // (RERAISE: compiler-made, a bare raise is RAISE_VARARGS 0)
        if (op == Vm.Bytecode.Opcode.JUMP_ABSOLUTE && Vm.Bytecode.Instr.Arg(word) < ip && unit.LineAt(Vm.Bytecode.Instr.Arg(word)) == line) return -1;
        return line;
    }

    /// <summary>f returns <paramref name="value"/> (or yields it; null: an exception leaves f): the
    /// 'return' events. False when a hook raised (its exception in ts.CurrentException).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TraceReturn(PyThreadState ts, Frame f, PyObject? value)
    {
        if (!f.TraceCalled || !ts.TraceOn) return true;
        f.TraceCalled = false;
        if (value == null && f.TraceLastLine > 0 && EventLine(f, f.LastIp) < 0)
            AtLastReportedLine(f); // left by a re-raise CPython gives no line: f_lineno stays where it was
        var v = value ?? ts.Rt.None;
        bool ok = ts.ProfileFunc is not { } pf || CallHook(ts, pf, f, "return", v, profile: true) != null;
        if (ok && ts.TraceFunc != null && f.FTrace != null) ok = CallLocalTrace(ts, f, "return", v);
        if (f.Generator == null) SetFTrace(ts, f, null);
        return ok;
    }

    /// <summary>Points f.LastIp (f_lineno) back at the last instruction on the line its last 'line' event reported.</summary>
    private static void AtLastReportedLine(Frame f)
    {
        var unit = f.Code.Unit;
        for (int ip = Math.Min(f.LastIp, unit.Code.Length - 1); ip >= 0; ip--)
            if (unit.LineAt(ip) == f.TraceLastLine)
            {
                f.LastIp = ip;
                return;
            }
    }

    /// <summary>A new raise in f (ts.CurrentException): its context and f's traceback entry as
    /// RaiseInFrame adds them, then the 'exception' event; a hook's exception replaces it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceRaise(PyThreadState ts, Frame f)
    {
        if (!ts.TraceOn || ts.CurrentException is not PyBaseException e) return;
        SetContext(ts, e);
        AddTraceback(ts, f, e);
        ts.CurrentException = TraceCaught(ts, f, e);
    }

    /// <summary>The 'exception' event for <paramref name="e"/> raised in or propagating into f: the
    /// exception to go on with (a hook's own when it raised).</summary>
    internal static PyBaseException TraceCaught(PyThreadState ts, Frame f, PyBaseException e)
    {
        if (!ts.TraceOn || ts.TraceFunc == null || f.FTrace == null) return e;
        var saved = ts.CurrentException;
        var arg = Ops<TSync>.NewTuple(ts, [e.Type, e, (PyObject?)e.Traceback ?? ts.Rt.None]);
        if (CallLocalTrace(ts, f, "exception", arg))
        {
            ts.CurrentException = saved;
            return e;
        }
        var raised = (PyBaseException)ts.CurrentException!;
        ts.CurrentException = saved;
        return raised;
    }

    /// <summary>UnwindFromFailedFrame for the traced loop: each frame the exception leaves reports
    /// 'return' None, each inline caller it propagates into 'exception'.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? TracedUnwindFromFailedFrame(PyThreadState ts, Frame f)
    {
        while (true)
        {
            var e = ts.CurrentException;
            ts.CurrentException = null;
            if (!TraceReturn(ts, f, null)) e = ts.CurrentException;
            ts.CurrentException = e;
            if (!f.ReturnsInline) return null;
            f = f.Generator == null ? PopInline(ts, f) : GeneratorFailedInline(ts, f); // InlineResume.cs
            TraceRaise(ts, f);
            if (RaiseInFrame(ts, f, newRaise: true)) return f;
        }
    }

    /// <summary>FOR_ITER's next(g) in the traced loop: NextOrNull, and when g returns, the 'exception'
    /// event with its StopIteration that CPython 3.13 reports there (its STOP_ITERATION event).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? TracedNextOrNull(PyThreadState ts, Frame f, PyGenerator g)
    {
        var r = Generators<TSync>.Resume(ts, g, null, null, out bool returned);
        if (r == null)
        {
            if (!returned) throw TakeException(ts);
            ts.CurrentException = null;
        }
        else if (!returned) return r;
        bool ok = TraceStopIteration(ts, f, r ?? ts.Rt.None);
        if (r != null) ObjectLifecycle<TSync>.DropBorrowed(ts, r); // the return value (StopIteration.value) nobody else sees
        if (!ok) throw TakeException(ts);
        return null;
    }

    /// <summary>The 'exception' event with StopIteration(<paramref name="value"/>) where f's FOR_ITER or
    /// yield from saw a generator return. False when the trace function raised (ts.CurrentException).</summary>
    internal static bool TraceStopIteration(PyThreadState ts, Frame f, PyObject value)
    {
        if (!ts.TraceOn || ts.TraceFunc == null || f.FTrace == null) return true;
        var stop = Generators<TSync>.MakeStop(ts, value).Value;
        var arg = Ops<TSync>.NewTuple(ts, [stop.Type, stop, ts.Rt.None]);
        return CallLocalTrace(ts, f, "exception", arg);
    }

    /// <summary>CallBuiltinOnStack with the profile function's 'c_call', then 'c_return' or 'c_exception'.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TracedCallBuiltinOnStack(PyThreadState ts, Frame f, PyBuiltinFunction bf, PyObject?[] slots, int at, int dropFrom, int argsFrom, int sp, PyTuple? kwnames)
    {
        if (!ts.TraceOn || ts.ProfileFunc is not { } pf) return CallBuiltinOnStack(ts, bf, slots, at, dropFrom, argsFrom, sp, kwnames);
        if (CallHook(ts, pf, f, "c_call", bf, profile: true) == null) return -1;
        int r;
        try
        {
            r = CallBuiltinOnStack(ts, bf, slots, at, dropFrom, argsFrom, sp, kwnames);
        }
        catch (PyException) when (ts.TraceOn && ts.ProfileFunc != null)
        {
            // a builtin that raised by a .NET throw (gen.throw()): 'c_exception', then the exception goes on
            var saved = ts.CurrentException;
            if (CallHook(ts, ts.ProfileFunc!, f, "c_exception", bf, profile: true) == null) throw TakeException(ts);
            ts.CurrentException = saved;
            throw;
        }
        if (!ts.TraceOn || ts.ProfileFunc is not { } after) return r;
        if (r < 0)
        {
            var e = ts.CurrentException;
            ts.CurrentException = null;
            if (CallHook(ts, after, f, "c_exception", bf, profile: true) != null) ts.CurrentException = e;
            return -1;
        }
        f.Sp = r;
        return CallHook(ts, after, f, "c_return", bf, profile: true) == null ? -1 : r;
    }

    /// <summary>An event for f's f_trace; its result (unless None) replaces f_trace. False when it raised.</summary>
    private static bool CallLocalTrace(PyThreadState ts, Frame f, string evt, PyObject arg)
    {
        if (CallHook(ts, f.FTrace!, f, evt, arg, profile: false) is not { } r) return false;
        if (!ReferenceEquals(r, ts.Rt.None) && f.FTrace != null) SetFTrace(ts, f, r);
        return true;
    }

    /// <summary>Calls a trace (or profile) function as fn(frame, event, arg) with the thread's tracing
    /// paused; null when it raised (ts.CurrentException set, the function removed as CPython removes it).</summary>
    private static PyObject? CallHook(PyThreadState ts, PyObject fn, Frame f, string evt, PyObject arg, bool profile)
    {
        var rt = ts.Rt;
        var frame = rt.EscapingFrameObject(f);
        var handled = ts.HandledException;
        ts.HookDepth++;
        ts.UpdateTraceOn();
        try
        {
            return Ops<TSync>.Call(ts, fn, [frame, rt.Intern(evt), arg], null);
        }
        catch (PyException ex)
        {
            ts.CurrentException = ex.Value;
            if (profile) SetHook(ts, null, profile: true);
            else
            {
                SetHook(ts, null, profile: false);
                SetFTrace(ts, f, null);
            }
            return null;
        }
        finally
        {
            ts.HandledException = handled;
            ts.HookDepth--;
            ts.UpdateTraceOn();
        }
    }

    /// <summary>sys.settrace / sys.setprofile for ts: the function held with a count (None: removed).</summary>
    internal static void SetHook(PyThreadState ts, PyObject? fn, bool profile)
    {
        if (fn != null && ReferenceEquals(fn, ts.Rt.None)) fn = null;
        var old = profile ? ts.ProfileFunc : ts.TraceFunc;
        if (fn != null) ObjectLifecycle<TSync>.IncRef(ts, fn);
        ts.SetTraceFunction(fn, profile);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>frame.f_trace = v (null or None: no local trace function), held with a count.</summary>
    internal static void SetFTrace(PyThreadState ts, Frame f, PyObject? v)
    {
        if (v != null && ReferenceEquals(v, ts.Rt.None)) v = null;
        var old = f.FTrace;
        if (ReferenceEquals(old, v)) return;
        if (v != null) ObjectLifecycle<TSync>.IncRef(ts, v);
        f.FTrace = v;
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }
}
