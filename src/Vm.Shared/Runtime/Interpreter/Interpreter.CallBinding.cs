// The inline call's binding fast path for keywords, defaults and closures (InlineCalls.cs).
//
// A call of a function whose code has PyCode.PlainArgCount (only positional-or-keyword parameters,
// no *args/**kwargs/keyword-only parameters/cell variables, not a generator) binds here instead of
// NewFrame + BindArguments: positional arguments to the first parameters, keywords to the
// parameters their names match by identity (kwnames and co_varnames are interned by CodeFactory),
// the rest from __defaults__, and the closure's cells borrowed as SetupCells borrows them.
//
// Why the slow path is the same program: the whole call is checked before anything is bound (too
// many positional arguments, a keyword matching no parameter by identity or a positional-only one,
// a parameter given twice, a required parameter missing) and any doubt returns `caller`, which
// sends the call to PushFunctionFrame's general path: BindArgumentsSlow then binds it or raises
// CPython's error with nothing changed before. A name equal but not identical to a parameter's
// (a kwnames tuple a native caller built) also takes that path. What is bound is what
// BindArgumentsSlow binds, with the same counts (a default's binding reported to
// TSync.OnDefaultBound first); a keyword's value may be borrowed from the caller's local as a
// positional argument's is (BindPositional, CanBorrow). Nothing here is shared: the code object's
// fields read are immutable, __defaults__ is read once (another thread may assign it).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>PushFunctionFrame for a code with PlainArgCount: the entered frame (null past the
    /// recursion limit), or <paramref name="caller"/> when the general binding must decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? TryPushPlainFrame(PyThreadState ts, Frame caller, PyFunction func, PyCode code, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int callBase, int dropFrom)
    {
        int n = code.PlainArgCount;
        int nkw = kwnames == null ? 0 : kwnames.Items.Length;
        int npos = args.Length - nkw;
        if (n < 0 || npos > n) return caller;
        ulong given = LowBits(npos);
        if (nkw != 0 && !MatchKeywords(code, kwnames!.Items, n, ref given)) return caller;
        var defaults = func.Defaults;
        int firstDefault = n - (defaults == null ? 0 : defaults.Items.Length);
        ulong all = LowBits(n);
        if ((all & ~given & LowBits(firstDefault)) != 0) return caller; // a parameter without a default not given

        var frame = ts.RentFrame(func, code);
        BindPositional(ts, code, frame, args.Slice(0, npos));
        if (nkw != 0) BindKeywords(ts, code, frame, args.Slice(npos), kwnames!.Items, n);
        if (given != all) BindDefaults(ts, func, frame, defaults!, given, npos, n, firstDefault);
        if (code.NFree != 0) BorrowFreeVars(frame, func, code);
        return EnterFrame(ts, caller, frame, callBase, dropFrom);
    }

    /// <summary>The mask of bits [0, n) (none for n &lt;= 0, all for n &gt;= 64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowBits(int n) => n <= 0 ? 0 : n >= 64 ? ulong.MaxValue : (1UL << n) - 1;

    /// <summary>Parameter index of keyword <paramref name="name"/> among the first n parameters
    /// that are not positional-only (identity match), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KeywordSlot(PyCode code, PyObject name, int n)
    {
        var varnames = code.VarNames;
        for (int j = code.PosOnlyArgCount; j < n; j++)
            if (ReferenceEquals(varnames[j], name)) return j;
        return -1;
    }

    /// <summary>Adds the parameters the keywords name to <paramref name="given"/>; false when one
    /// names none (by identity) or one already given.</summary>
    private static bool MatchKeywords(PyCode code, PyObject[] names, int n, ref ulong given)
    {
        for (int k = 0; k < names.Length; k++)
        {
            int j = KeywordSlot(code, names[k], n);
            if (j < 0 || (given & (1UL << j)) != 0) return false;
            given |= 1UL << j;
        }
        return true;
    }

    /// <summary>Binds keyword values (checked by MatchKeywords) as BindPositional binds arguments.</summary>
    private static void BindKeywords(PyThreadState ts, PyCode code, Frame frame, ReadOnlySpan<PyObject> values, PyObject[] names, int n)
    {
        var slots = frame.Slots;
        for (int k = 0; k < names.Length; k++)
        {
            int j = KeywordSlot(code, names[k], n);
            var a = values[k];
            if (!a.IsImmortal)
            {
                if (TSync.BorrowsArguments && TSync.PreferBorrow(ts, a) && CanBorrow(ts, code, j, a)) frame.BorrowedParams |= 1UL << j;
                else TSync.IncRef(ts, a);
            }
            Put(slots, j, a);
        }
    }

    /// <summary>The parameters not given (from <paramref name="npos"/> on) take their defaults, counted
    /// as BindArgumentsSlow counts them.</summary>
    private static void BindDefaults(PyThreadState ts, PyFunction func, Frame frame, PyTuple defaults, ulong given, int npos, int n, int firstDefault)
    {
        var slots = frame.Slots;
        var items = defaults.Items;
        for (int i = npos; i < n; i++)
        {
            if ((given & (1UL << i)) != 0) continue;
            var dv = items[i - firstDefault];
            if (!dv.IsImmortal)
            {
                TSync.OnDefaultBound(ts, func, dv);
                TSync.IncRef(ts, dv);
            }
            Put(slots, i, dv);
        }
    }

    /// <summary>The closure's cells in the frame's free-variable slots, borrowed as SetupCells borrows them.</summary>
    private static void BorrowFreeVars(Frame frame, PyFunction func, PyCode code)
    {
        var cells = func.Closure!.Items;
        var slots = frame.Slots;
        int first = code.NLocals; // no cell variables: the free variables' cells come first
        for (int i = 0; i < code.NFree; i++) Put(slots, first + i, cells[i]);
        frame.FreeVarsBorrowed = true;
    }
}
