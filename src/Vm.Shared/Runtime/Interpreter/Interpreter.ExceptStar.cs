// The eval loop's side of except* (CHECK_EG_MATCH, PREP_RERAISE_STAR); the group logic is in
// Builtins/ExceptionGroups.cs. Stack of a try/except* handler: [... PREV orig res exc], where orig is
// the exception caught, res the list of what the clauses raised, exc what is still unhandled.
//
// The handled exception (sys.exception()) is the clause's match while its body runs, as in CPython.
// orig keeps the count EnterHandler gave it the whole time: CHECK_EG_MATCH counts each match it
// makes handled and releases the previous match (never orig); PREP_RERAISE_STAR makes orig handled
// again, so POP_EXCEPT releases it as after any handler.
using System.Runtime.CompilerServices;
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>CHECK_EG_MATCH and PREP_RERAISE_STAR (the instruction <paramref name="word"/>, ip past
    /// it), Eval's cases out of line: the new ip (the jump target when there is no match, or when there
    /// is an exception to re-raise) and sp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) ExceptStarOp(PyThreadState ts, Frame f, PyObject?[] slots, int ip, int sp, int word)
    {
        if ((Opcode)(word & 0xFF) == Opcode.CHECK_EG_MATCH)
        {
            f.Sp = --sp;
            if (CheckExceptStarMatch(ts, f, slots, sp) is { } match) Put(slots, sp++, match);
            else ip = word >>> 8;
            return (ip, sp);
        }
        // [orig, raised list] -> the exception to re-raise (jump) or nothing
        f.Sp = sp;
        if (PrepReraiseStarOp(ts, f, slots, sp)) return (word >>> 8, sp - 1);
        return (ip, sp - 2);
    }

    /// <summary>PREP_RERAISE_STAR with [orig, raised list] at slots[sp - 2..sp - 1]: true with the
    /// exception to re-raise in place of both (the instruction jumps to the re-raise), false with
    /// both popped (nothing to re-raise).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PrepReraiseStarOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp)
    {
        f.Sp = sp - 1;
        var r = PrepReraiseStar(ts, slots[sp - 2]!, (PyList)slots[sp - 1]!); // ExceptStar.cs
        Put(slots, sp - 1, null); // PrepReraiseStar released the list
        if (ReferenceEquals(r, ts.Rt.None))
        {
            Put(slots, sp - 2, null);
            return false;
        }
        Put(slots, sp - 2, r);
        return true;
    }

    /// <summary>slots[t] is the clause's type, slots[t - 1] the unhandled exception, slots[t - 3] orig.
    /// Replaces the unhandled exception by the rest and returns the match (null: none).</summary>
    private static PyBaseException? CheckExceptStarMatch(PyThreadState ts, Frame f, PyObject?[] slots, int t)
    {
        var exc = slots[t - 1]!;
        var (match, rest) = ExceptionGroups<TSync>.Match(ts, exc, slots[t]!, out bool wrapped);
        Put(slots, t - 1, rest);
        Put(slots, t, null);
        // The value stack does not count: a rest a previous clause derived lives only here, and
        // goes now (orig is not floating: the handled-exception count keeps it).
        if (!ReferenceEquals(exc, rest) && !ReferenceEquals(exc, match)) ObjectLifecycle<TSync>.DropBorrowed(ts, exc);
        if (match == null) return null;
        if (wrapped)
        {
            // A naked exception wrapped in a new group: its traceback starts at this frame (CPython
            // gives it _PyTraceBack_FromFrame).
            Frame.MarkEscaped(f);
            var tb = new PyTraceback(ts.Rt.TracebackType, null, f.Code, f.Code.Unit.LineAt(f.LastIp), f.LastIp, f);
            ExceptionLinks<TSync>.SetTraceback(ts, match, tb);
        }
        var old = ts.HandledException;
        ObjectLifecycle<TSync>.IncRef(ts, match);
        ts.HandledException = match;
        if (old != null && !ReferenceEquals(old, slots[t - 3])) ObjectLifecycle<TSync>.DecRef(ts, old);
        return match;
    }

    /// <summary>Returns what the try/except* raises (None: nothing) and releases <paramref name="raised"/>,
    /// the list the stack held uncounted (what it held goes with it, unless it is the result).</summary>
    private static PyObject PrepReraiseStar(PyThreadState ts, PyObject orig, PyList raised)
    {
        var cur = ts.HandledException;
        if (!ReferenceEquals(cur, orig))
        {
            ts.HandledException = orig as PyBaseException;
            if (cur != null) ObjectLifecycle<TSync>.DecRef(ts, cur);
        }
        var result = ExceptionGroups<TSync>.PrepReraiseStar(ts, orig, raised);
        bool keep = !result.IsImmortal;
        if (keep) TSync.IncRef(ts, result);
        ObjectLifecycle<TSync>.DropBorrowed(ts, raised);
        if (keep) TSync.DecRefNoDealloc(ts, result);
        return result;
    }
}
