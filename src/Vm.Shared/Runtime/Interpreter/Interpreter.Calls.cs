// Calling Python functions: argument binding into a new frame, and running it.
//
// Python-to-Python calls and Python-level raises do not throw .NET exceptions: Run returns null
// with ts.CurrentException set, and the caller's eval loop unwinds directly. Native code sees a
// thrown PyException (CallFunction converts), so builtins can simply throw.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Calls a Python function from native code (throws PyException on error).</summary>
    public static PyObject CallFunction(PyThreadState ts, PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var r = CallFunctionOrNull(ts, f, args, kwnames);
        if (r == null) throw TakeException(ts);
        return r;
    }

    /// <summary>Takes the exception in flight (set when a frame returned null) as a .NET exception.</summary>
    public static PyException TakeException(PyThreadState ts)
    {
        var e = (PyBaseException)ts.CurrentException!;
        ts.CurrentException = null;
        return new PyException(e);
    }

    /// <summary>Calls f; returns null with ts.CurrentException set on error.</summary>
    /// <remarks><paramref name="inlineCall"/>: compiled code's call of what the eval loop would call
    /// inline (Compiler/Interpreter.JitOps.cs JitCall): Run's .NET nesting counted as RunInlineCall counts it.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static PyObject? CallFunctionOrNull(PyThreadState ts, PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool inlineCall = false)
    {
        var frame = NewFrame(ts, f);
        try
        {
            BindArguments(ts, f, frame, args, kwnames);
        }
        catch (PyException e)
        {
            AbandonUnboundFrame(ts, frame); // InlineCalls.cs
            ts.CurrentException = e.Value;
            return null;
        }
        if (f.Code.ReboundParams != 0 && !f.Code.IsGenerator) SaveOriginalParams(frame);
        if (f.Code.IsGenerator) return Generators<TSync>.NewGenerator(ts, frame);
        return inlineCall ? RunInlineCall(ts, frame) : Run(ts, frame);
    }

    /// <summary>f(self, *args) for the eval loop: null with ts.CurrentException set on error.</summary>
    internal static PyObject? CallFunctionWithSelfOrNull(PyThreadState ts, PyFunction f, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool inlineCall = false)
    {
        int n = args.Length + 1;
        if (n <= ArgBuffer.Capacity)
        {
            ArgBuffer buf = default;
            var full = ArgBuffer.WithSelf(ref buf, self, args);
            return CallFunctionOrNull(ts, f, full, kwnames, inlineCall);
        }
        var arr = new PyObject[n];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return CallFunctionOrNull(ts, f, arr, kwnames, inlineCall);
    }

    /// <summary>Remembers the arguments of the parameters the body may rebind (uncounted: the
    /// caller holds them), so ReleaseLocals can tell them from objects the call made.</summary>
    private static void SaveOriginalParams(Frame frame)
    {
        ulong mask = frame.Code.ReboundParams;
        int n = 64 - System.Numerics.BitOperations.LeadingZeroCount(mask);
        var saved = frame.OriginalParams;
        if (saved == null || saved.Length < n) frame.OriginalParams = saved = new PyObject?[Math.Max(n, 4)];
        for (int i = 0; i < n; i++) saved[i] = (mask & (1UL << i)) != 0 ? frame.Slots[i] : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Frame NewFrame(PyThreadState ts, PyFunction f)
    {
        var code = f.Code;
        var frame = code.IsGenerator ? new Frame(code, f, f.Globals, f.Builtins, null) : ts.RentFrame(f, code);
        if (code.NCells != 0) SetupCells(ts, frame, f);
        return frame;
    }

    private static void SetupCells(PyThreadState ts, Frame frame, PyFunction f)
    {
        var code = f.Code;
        int nloc = code.NLocals;
        int ncellvars = code.NCells - code.NFree;
        for (int i = 0; i < ncellvars; i++)
        {
            var cell = new PyCell(ts.Rt.CellType, null);
            TSync.IncRef(ts, cell);
            Put(frame.Slots, nloc + i, cell); // frame slots and CellArgs are exact PyObject[]: no covariance check
        }
        // A call borrows its free variables' cells from the function's closure: the function
        // outlives the call (the caller's stack holds it, and its closure holds the cells), so
        // counting them here would only be an atomic add and subtract, per call, on cells every
        // thread calling the function shares. A generator's frame outlives the call: it counts them.
        var closure = f.Closure;
        bool borrow = !code.IsGenerator;
        frame.FreeVarsBorrowed = borrow;
        for (int i = 0; i < code.NFree; i++)
        {
            var cell = closure!.Items[i];
            if (!borrow) ObjectLifecycle<TSync>.IncRef(ts, cell);
            Put(frame.Slots, nloc + ncellvars + i, cell);
        }
    }

    /// <summary>After binding: copy arguments that are also cell variables into their cells.</summary>
    private static void ArgsToCells(PyThreadState ts, Frame frame)
    {
        var c2a = frame.Code.Unit.Cell2Arg;
        int nloc = frame.Code.NLocals;
        PyObject?[]? originals = null;
        if (!frame.Code.IsGenerator)
        {
            originals = frame.CellArgs;
            if (originals == null || originals.Length < c2a.Length) frame.CellArgs = originals = new PyObject?[c2a.Length];
        }
        for (int i = 0; i < c2a.Length; i++)
        {
            int a = c2a[i];
            if (a < 0) continue;
            var cell = (PyCell)frame.Slots[nloc + i]!;
            cell.Contents = frame.Slots[a]; // the reference moves from the local slot to the cell
            if (originals != null) Put(originals, i, cell.Contents);
            frame.Slots[a] = null;
        }
    }

    /// <summary>Binds call arguments to the frame's parameters with CPython's errors.</summary>
    internal static void BindArguments(PyThreadState ts, PyFunction f, Frame frame, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = f.Code;
        var slots = frame.Slots;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.ArgCount;
        var flags = code.Flags;

        // Fast path: exact positional arity, no keywords, no *args/**kwargs.
        if (nkw == 0 && npos == argcount && (flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0)
        {
            BindPositional(ts, code, frame, args);
            if (code.Unit.Cell2Arg.Length != 0) ArgsToCells(ts, frame);
            return;
        }
        BindArgumentsSlow(ts, f, frame, args, kwnames);
        if (code.Unit.Cell2Arg.Length != 0) ArgsToCells(ts, frame);
    }

    /// <summary>Binds args to the first parameters of frame, one for one (the caller checked that
    /// they are exactly the positional parameters): counted, or borrowed (CanBorrow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BindPositional(PyThreadState ts, PyCode code, Frame frame, ReadOnlySpan<PyObject> args)
    {
        var slots = frame.Slots;
        for (int i = 0; i < args.Length; i++) BindParam(ts, code, frame, slots, i, args[i]);
    }

    /// <summary>BindPositional's step: argument <paramref name="a"/> into parameter <paramref name="i"/>
    /// (<paramref name="slots"/> is frame.Slots), counted or borrowed (CanBorrow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BindParam(PyThreadState ts, PyCode code, Frame frame, PyObject?[] slots, int i, PyObject a)
    {
        if (!a.IsImmortal)
        {
            if (TSync.BorrowsArguments && TSync.PreferBorrow(ts, a) && CanBorrow(ts, code, i, a)) frame.BorrowedParams |= 1UL << i;
            else TSync.IncRef(ts, a);
        }
        Put(slots, i, a);
    }

    /// <summary>
    /// Parameter <paramref name="i"/> of a new (plain, cell-less) frame may hold <paramref name="a"/>
    /// uncounted: a fast local of the calling frame (ts.Frame: the frame running the CALL, or the
    /// Python frame below the native code that calls) holds a counted reference to it, and that
    /// local cannot change before the call returns, since its frame is suspended in the call and
    /// f_locals is a snapshot. CPython 3.14's LOAD_FAST_BORROW relies on the same fact. The
    /// callee forgets the reference instead of releasing it (STORE_FAST, DELETE_FAST,
    /// ReleaseLocals); a traceback that takes over the frame's locals counts it first (Fail).
    /// Generator frames outlive the call and cell parameters move into cells: never borrowed.
    /// </summary>
    private static bool CanBorrow(PyThreadState ts, PyCode code, int i, PyObject a)
    {
        if (i >= 64 || code.IsGenerator || code.Unit.Cell2Arg.Length != 0) return false;
        var caller = ts.Frame;
        if (caller == null || caller.Locals != null) return false;
        var cs = caller.Slots;
        int n = Math.Min(caller.Code.NLocals, cs.Length);
        for (int j = 0; j < n; j++)
            if (ReferenceEquals(cs[j], a)) return true;
        return false;
    }

    private static void BindArgumentsSlow(PyThreadState ts, PyFunction f, Frame frame, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        var code = f.Code;
        var slots = frame.Slots;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int varArgsIndex = argcount + kwonly;
        int varKwIndex = varArgsIndex + (hasVarArgs ? 1 : 0);
        string fname = ((PyStr)f.QualName).Value;

        PyDict? kwdict = null;
        if (hasVarKw)
        {
            kwdict = Ops<TSync>.NewDict(ts);
            Ops<TSync>.Store(ts, ref slots[varKwIndex], kwdict);
        }

        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) Ops<TSync>.Store(ts, ref slots[i], args[i]);
        if (hasVarArgs)
        {
            var extra = npos > argcount ? Ops<TSync>.NewTuple(ts, args.Slice(argcount, npos - argcount).ToArray()) : rt.EmptyTuple;
            Ops<TSync>.Store(ts, ref slots[varArgsIndex], extra);
        }
        else if (npos > argcount)
        {
            throw TooManyPositional(ts, f, npos, nkw, kwnames, args);
        }

        // Keywords.
        var varnames = code.VarNames;
        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            int idx = -1;
            for (int j = code.PosOnlyArgCount; j < argcount + kwonly; j++)
            {
                if (ReferenceEquals(varnames[j], name) || varnames[j].Value == name.Value) { idx = j; break; }
            }
            if (idx < 0)
            {
                if (kwdict != null)
                {
                    DictOps<TSync>.SetItem(ts, kwdict, name, value);
                    continue;
                }
                for (int j = 0; j < code.PosOnlyArgCount; j++)
                {
                    if (varnames[j].Value == name.Value)
                    {
                        (posOnlyAsKw ??= new()).Add(name.Value);
                        idx = -2;
                        break;
                    }
                }
                if (idx == -2) continue;
                throw rt.TypeError($"{fname}() got an unexpected keyword argument '{name.Value}'"
                    + SuggestionDistance.KeywordTrailer(varnames[code.PosOnlyArgCount..(argcount + kwonly)].Select(v => v.Value).ToArray(), name.Value));
            }
            if (slots[idx] != null)
                throw rt.TypeError($"{fname}() got multiple values for argument '{name.Value}'");
            Ops<TSync>.Store(ts, ref slots[idx], value);
        }
        if (posOnlyAsKw != null)
            throw rt.TypeError($"{fname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        // Defaults for positional parameters.
        var defaults = f.Defaults;
        int ndef = defaults?.Count ?? 0;
        int firstDefault = argcount - ndef;
        List<string>? missing = null;
        for (int i = npos; i < argcount; i++)
        {
            if (slots[i] != null) continue;
            if (i >= firstDefault)
            {
                var dv = defaults!.Items[i - firstDefault];
                if (!dv.IsImmortal) TSync.OnDefaultBound(ts, f, dv);
                Ops<TSync>.Store(ts, ref slots[i], dv);
            }
            else (missing ??= new()).Add(varnames[i].Value);
        }
        if (missing != null) throw MissingArgs(ts, fname, missing, "positional");

        // Keyword-only defaults.
        for (int i = argcount; i < argcount + kwonly; i++)
        {
            if (slots[i] != null) continue;
            var d = f.KwDefaults?.GetStr(varnames[i]);
            if (d != null) Ops<TSync>.Store(ts, ref slots[i], d);
            else (missing ??= new()).Add(varnames[i].Value);
        }
        if (missing != null) throw MissingArgs(ts, fname, missing, "keyword-only");
    }

    private static PyException MissingArgs(PyThreadState ts, string fname, List<string> missing, string kind)
    {
        string names;
        if (missing.Count == 1) names = $"'{missing[0]}'";
        else if (missing.Count == 2) names = $"'{missing[0]}' and '{missing[1]}'";
        else names = string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $", and '{missing[^1]}'";
        var s = missing.Count == 1 ? "" : "s";
        return ts.Rt.TypeError($"{fname}() missing {missing.Count} required {kind} argument{s}: {names}");
    }

    private static PyException TooManyPositional(PyThreadState ts, PyFunction f, int npos, int nkw, PyTuple? kwnames, ReadOnlySpan<PyObject> args)
    {
        var code = f.Code;
        string fname = ((PyStr)f.QualName).Value;
        int argcount = code.ArgCount;
        int ndef = f.Defaults?.Count ?? 0;
        string takes;
        if (ndef > 0) takes = $"from {argcount - ndef} to {argcount} positional arguments";
        else takes = $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            for (int j = argcount; j < argcount + code.KwOnlyArgCount; j++)
                if (code.VarNames[j].Value == name) kwonlyGiven++;
        }
        string given = npos == 1 ? "1 was" : $"{npos} were";
        if (kwonlyGiven > 0)
        {
            given = $"{npos} positional argument{(npos == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")}) were";
            if (npos == 1) given = given.Replace(") were", ") was");
        }
        return ts.Rt.TypeError($"{fname}() takes {takes} but {given} given");
    }

    /// <summary>
    /// CALL / CALL_METHOD of anything but a builtin function or a Python function taking exactly the
    /// positional arguments given (Eval's inline cases), Eval's case out of line: the arguments are
    /// slots[argsFrom..sp), the call's slots start at callBase and those from dropFrom are released
    /// when it completes. Returns the callee's inline frame (a Python function, method or class
    /// PushFrame runs in the loop), or the caller f with the result at slots[callBase] and f.Sp past
    /// it, or null (the exception in ts.CurrentException, the stack left for the unwinding).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? CallOnStack(PyThreadState ts, Frame f, PyObject callable, PyObject?[] slots, int callBase, int dropFrom, int argsFrom, int sp, PyTuple? kwnames)
    {
        var args = StackArgs(slots, argsFrom, sp - argsFrom); // Slots.cs
        if (callable is PyFunction or PyMethod or PyType { IsHeapType: true } && PushFrame(ts, f, callable, args, kwnames, callBase, dropFrom) is var nf && nf != f)
            return nf;
        var r = CallFromStack(ts, callable, args, kwnames);
        if (r == null) return null;
        DropRangeKeeping(ts, slots, dropFrom, sp, r); // clears those slots
        Put(slots, callBase, r); // CALL_METHOD's method or marker at callBase (below dropFrom) is overwritten, not released
        f.Sp = callBase + 1;
        return f;
    }

    /// <summary>CALL_EX of [callable args kwargs?] below slots[sp] (arg bit 0: kwargs given): the
    /// call's result, with the operands dropped as CALL drops its callable and arguments (the caller
    /// pops them), or null (error, with the operands left on the stack for the unwinding to release).
    /// sp comes by value: a `ref` would make Eval's stack pointer address-exposed, kept in memory at
    /// every instruction.</summary>
    private static PyObject? CallExOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int arg)
    {
        int argsIndex = sp - 1 - (arg & 1);
        int fnIndex = argsIndex - 1;
        f.Sp = sp;
        var r = CallEx(ts, f, slots, fnIndex, (arg & 1) != 0); // Helpers.cs
        if (r == null) return null;
        DropRangeKeeping(ts, slots, fnIndex, sp, r);
        return r;
    }
}
