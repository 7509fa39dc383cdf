// The builtin functions of CPython 3.13 beyond the core ones in CoreBuiltins.cs: numeric helpers,
// iteration helpers (enumerate, zip, map, filter, reversed), reductions (sum, min, max, any,
// all), sorted, conversions (bin, oct, hex, chr, ord, ascii, format), round, pow, divmod,
// input, compile.
using System.Numerics;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BuiltinFunctions<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts, PyDict b)
    {
        var rt = ts.Rt;
        Def.Function1(rt, b, "abs", (ts2, o) =>
        {
            if (o is PyInt i && o.Type == ts2.Rt.IntType && !i.IsBig && i.Small != long.MinValue) return ts2.Rt.NewInt(Math.Abs(i.Small));
            if (o is PyFloat f && o.Type == ts2.Rt.FloatType) return ts2.Rt.NewFloat(Math.Abs(f.Value));
            return Ops<TSync>.CallSpecial(ts2, o, "__abs__", []) ?? throw ts2.Rt.TypeError($"bad operand type for abs(): '{o.Type.Name}'");
        }).IsAbs = true; // compiled chains: JitEmitter.MathCalls.cs
        Def.Function(rt, b, "all", (ts2, a, kw) =>
        {
            Args.Count(ts2, "all", a.Length, 1, 1);
            var it = Ops<TSync>.GetIter(ts2, a[0]);
            try
            {
                while (NextSkipping(ts2, it, TruthSink.All) is { } v)
                {
                    bool t = Ops<TSync>.IsTrue(ts2, v);
                    ObjectLifecycle<TSync>.DropBorrowed(ts2, v); // a fresh item (zip's tuple) dies here
                    if (!t) return ts2.Rt.False;
                }
                return ts2.Rt.True;
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[0]);
            }
        });
        Def.Function(rt, b, "any", (ts2, a, kw) =>
        {
            Args.Count(ts2, "any", a.Length, 1, 1);
            var it = Ops<TSync>.GetIter(ts2, a[0]);
            try
            {
                while (NextSkipping(ts2, it, TruthSink.Any) is { } v)
                {
                    bool t = Ops<TSync>.IsTrue(ts2, v);
                    ObjectLifecycle<TSync>.DropBorrowed(ts2, v); // a fresh item (zip's tuple) dies here
                    if (t) return ts2.Rt.True;
                }
                return ts2.Rt.False;
            }
            finally
            {
                Ops<TSync>.DropIterator(ts2, it, a[0]);
            }
        });
        Def.Function(rt, b, "ascii", (ts2, a, kw) =>
        {
            Args.Count(ts2, "ascii", a.Length, 1, 1);
            return Ops<TSync>.Ascii(ts2, a[0]);
        });
        Def.Function(rt, b, "bin", (ts2, a, kw) => Radix(ts2, "bin", a, 2, "0b"));
        Def.Function(rt, b, "oct", (ts2, a, kw) => Radix(ts2, "oct", a, 8, "0o"));
        Def.Function(rt, b, "hex", (ts2, a, kw) => Radix(ts2, "hex", a, 16, "0x"));
        Def.Function1(rt, b, "chr", (ts2, o) =>
        {
            if (o is PyFloat) throw ts2.Rt.TypeError("'float' object cannot be interpreted as an integer");
            var i = Ops<TSync>.Index(ts2, o);
            long v = i.IsBig ? -1 : i.Small;
            if (v < 0 || v > 0x10FFFF) throw ts2.Rt.ValueError("chr() arg not in range(0x110000)");
            return ts2.Rt.NewStr(Vm.Builtins.Text.CodePoints.FromCp((int)v)); // a lone surrogate is escaped (Objects/LoneSurrogates.cs)
        });
        Def.Function1(rt, b, "ord", (ts2, o) =>
        {
            switch (o)
            {
                case PyStr s:
                    if (s.Length != 1) throw ts2.Rt.TypeError($"ord() expected a character, but string of length {s.Length} found");
                    // A pair, an escaped lone surrogate or one unit.
                    return ts2.Rt.NewInt(Vm.Builtins.Text.CodePoints.SingleCp(s.Value));
                case PyBytes by:
                    if (by.Value.Length != 1) throw ts2.Rt.TypeError($"ord() expected a character, but string of length {by.Value.Length} found");
                    return ts2.Rt.NewInt(by.Value[0]);
                case PyByteArray ba:
                    if (ba.Count != 1) throw ts2.Rt.TypeError($"ord() expected a character, but string of length {ba.Count} found");
                    return ts2.Rt.NewInt(ba.Span[0]);
            }
            throw ts2.Rt.TypeError($"ord() expected string of length 1, but {o.Type.Name} found");
        });
        Def.Function(rt, b, "divmod", (ts2, a, kw) =>
        {
            Args.Count(ts2, "divmod", a.Length, 2, 2);
            var r = Ops<TSync>.CallSpecial(ts2, a[0], "__divmod__", [a[1]]);
            if (r != null && !ReferenceEquals(r, ts2.Rt.NotImplemented)) return r;
            if (a[0].Type != a[1].Type)
            {
                r = Ops<TSync>.CallSpecial(ts2, a[1], "__rdivmod__", [a[0]]);
                if (r != null && !ReferenceEquals(r, ts2.Rt.NotImplemented)) return r;
            }
            throw ts2.Rt.TypeError($"unsupported operand type(s) for divmod(): '{a[0].Type.Name}' and '{a[1].Type.Name}'");
        });
        Def.Function(rt, b, "pow", (ts2, a, kw) =>
        {
            var bound = Args.Bind(ts2, "pow", a, kw, ["base", "exp", "mod"], 2);
            return Ops<TSync>.Power(ts2, bound[0]!, bound[1]!, bound[2]);
        });
        Def.Function(rt, b, "round", (ts2, a, kw) =>
        {
            var bound = Args.Bind(ts2, "round", a, kw, ["number", "ndigits"], 1);
            var x = bound[0]!;
            var m = x.Type.Lookup(ts2.Rt.Intern("__round__"));
            if (m == null) throw ts2.Rt.TypeError($"type {x.Type.Name} doesn't define __round__ method");
            return bound[1] == null || ReferenceEquals(bound[1], ts2.Rt.None)
                ? Ops<TSync>.CallMethodDescr(ts2, m, x, [])
                : Ops<TSync>.CallMethodDescr(ts2, m, x, [bound[1]!]);
        });
        Def.Function(rt, b, "format", (ts2, a, kw) =>
        {
            Args.Count(ts2, "format", a.Length, 1, 2);
            var spec = a.Length > 1 ? a[1] as PyStr ?? throw ts2.Rt.TypeError($"format() argument 2 must be str, not {a[1].Type.Name}") : ts2.Rt.EmptyStr;
            return Ops<TSync>.Format(ts2, a[0], spec);
        });
        // Fast1..: the eval loop's fixed-arity calls (Interpreter.BuiltinCalls.cs), Fn's body once its arguments are bound.
        var sum = Def.Function(rt, b, "sum", (ts2, a, kw) =>
        {
            var bound = Args.Bind(ts2, "sum", a, kw, s_sumNames, 1, posOnly: 1);
            return Sum(ts2, bound[0]!, bound[1] ?? ts2.Rt.NewInt(0));
        });
        sum.Fast1 = (ts2, it) => Sum(ts2, it, ts2.Rt.NewInt(0));
        sum.Fast2 = Sum;
        Def.Function(rt, b, "min", (ts2, a, kw) => MinMax(ts2, a, kw, "min", CompareOpArg.Lt));
        Def.Function(rt, b, "max", (ts2, a, kw) => MinMax(ts2, a, kw, "max", CompareOpArg.Gt));
        Def.Function(rt, b, "sorted", (ts2, a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (a.Length - nkw != 1) throw ts2.Rt.TypeError($"sorted expected 1 argument, got {a.Length - nkw}");
            // list.sort's own argument handling and errors ("sort() got an unexpected keyword argument").
            var list = Ops<TSync>.NewList(ts2, Ops<TSync>.ToArray(ts2, a[0]).ToArray());
            ContainerTypes<TSync>.SortWithArgs(ts2, list, a.Slice(1), kw);
            return list;
        }).Fast1 = (ts2, x) =>
        {
            var list = Ops<TSync>.NewList(ts2, Ops<TSync>.ToArray(ts2, x).ToArray());
            ContainerTypes<TSync>.Sort(ts2, list, null, false);
            return list;
        };
        Def.Function(rt, b, "reversed", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "reversed", kw);
            if (a.Length != 1) throw ts2.Rt.TypeError($"reversed expected 1 argument, got {a.Length}");
            var o = a[0];
            var rev = o.Type.Lookup(ts2.Rt.Intern("__reversed__"));
            if (rev != null && ReferenceEquals(rev, ts2.Rt.None)) throw ts2.Rt.TypeError($"'{o.Type.Name}' object is not reversible");
            if (rev != null) return Ops<TSync>.CallMethodDescr(ts2, rev, o, []);
            var getitem = o.Type.Lookup(ts2.Rt.Intern("__getitem__"));
            var len = o.Type.Lookup(ts2.Rt.Intern("__len__"));
            if (getitem == null || len == null || o is PyDict) throw ts2.Rt.TypeError($"'{o.Type.Name}' object is not reversible");
            long last = Ops<TSync>.Len(ts2, o) - 1;
            ObjectLifecycle<TSync>.IncRef(ts2, o); // the iterator's counted reference
            return new ReversedIterator<TSync>(ReversedType(ts2), o, last);
        });
        Def.Function(rt, b, "input", (ts2, a, kw) =>
        {
            Args.Count(ts2, "input", a.Length, 0, 1);
            var rt2 = ts2.Rt;
            var stdout = rt2.SysModule.Dict!.GetStr(rt2.Intern("stdout"));
            if (a.Length == 1 && stdout != null)
            {
                StdStreams<TSync>.Write(ts2, stdout, Ops<TSync>.StrValue(ts2, a[0]));
                StdStreams<TSync>.Flush(ts2, stdout);
            }
            var stdin = rt2.SysModule.Dict!.GetStr(rt2.Intern("stdin")) ?? throw rt2.RuntimeError("input(): lost sys.stdin");
            var line = Ops<TSync>.CallMethod(ts2, stdin, "readline", []);
            var s = Ops<TSync>.StrValue(ts2, line);
            if (s.Length == 0) throw rt2.Error("EOFError", "EOF when reading a line");
            return rt2.NewStr(s.EndsWith('\n') ? s[..^1] : s);
        });
        Def.Function(rt, b, "compile", (ts2, a, kw) =>
        {
            var bound = Args.Bind(ts2, "compile", a, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
            long flags = bound[3] == null ? 0 : Args.ToLong(ts2, bound[3]!);
            bool inherit = bound[4] == null || !Ops<TSync>.IsTrue(ts2, bound[4]!);
            bool future = (flags & (long)Vm.Bytecode.CodeFlags.FutureAnnotations) != 0 || (inherit && CallerPostponesAnnotations(ts2));
            // an AST given or asked for (PyCF_ONLY_AST), or a source of another type: Lib/ast.py
            if (bound[0] is not (PyStr or PyBytes) || (flags & 0x400) != 0)
                return Vm.Modules.AstModule<TSync>.CompileHook(ts2, bound[0]!, bound[1]!, bound[2]!, flags, future);
            var src = bound[0] is PyStr s ? s.Value : System.Text.Encoding.UTF8.GetString(((PyBytes)bound[0]!).Value);
            var file = Ops<TSync>.StrValue(ts2, bound[1]!);
            var mode = Ops<TSync>.StrValue(ts2, bound[2]!);
            try
            {
                bool dontImplyDedent = (flags & DontImplyDedentFlag) != 0;
                Vm.Bytecode.CodeUnit unit = mode switch
                {
                    "exec" => Vm.Compiling.Compiler.CompileModule(Vm.Parsing.PythonParser.ParseModule(src, file), file, src, future),
                    "eval" => Vm.Compiling.Compiler.CompileExpression(Vm.Parsing.PythonParser.ParseExpression(src.TrimStart(' ', '\t'), file), file, src, future),
                    "single" => Vm.Compiling.Compiler.CompileInteractive(Vm.Parsing.PythonParser.ParseInteractive(src, file, dontImplyDedent), file, src, future),
                    _ => throw ts2.Rt.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
                };
                ts2.Rt.RememberSource(file, src);
                var code = ts2.Rt.MakeCode(unit);
                ts2.Rt.IssueCompileWarnings(ts2, code);
                return code;
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                if ((flags & AllowIncompleteInputFlag) != 0 && se.AtEndOfInput && !se.IsResourceError)
                {
                    // codeop's question "could more input complete this?": CPython's _IncompleteInputError
                    se = new Vm.Text.SyntaxErrorException("_IncompleteInputError", "incomplete input", se.FileName,
                        se.Line, se.Offset, se.SourceLine, se.EndLine, se.EndOffset);
                }
                throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts2, se));
            }
        });
        InstallIterators(ts, b);
    }

    /// <summary>compile() flags codeop passes: PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT.</summary>
    private const long DontImplyDedentFlag = 0x200, AllowIncompleteInputFlag = 0x4000;

    /// <summary>Whether the Python code calling compile()/exec()/eval() runs under `from __future__
    /// import annotations`: a string they compile inherits it, as in CPython.</summary>
    internal static bool CallerPostponesAnnotations(PyThreadState ts) =>
        ts.Frame is { } f && (f.Code.Flags & Vm.Bytecode.CodeFlags.FutureAnnotations) != 0;

    private static PyObject Radix(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, int radix, string prefix)
    {
        Args.Count(ts, name, a.Length, 1, 1);
        var i = Ops<TSync>.Index(ts, a[0]);
        var v = i.Big;
        bool neg = v.Sign < 0;
        v = BigInteger.Abs(v);
        string digits;
        if (v.IsZero) digits = "0";
        else if (!i.IsBig) digits = Convert.ToString(Math.Abs(i.Small == long.MinValue ? 0 : i.Small), radix).ToLowerInvariant();
        else digits = BigToRadix(v, radix);
        if (i.Small == long.MinValue && !i.IsBig) digits = BigToRadix(v, radix);
        return ts.Rt.NewStr((neg ? "-" : "") + prefix + digits);
    }

    public static string BigToRadix(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        var sb = new System.Text.StringBuilder();
        while (!v.IsZero)
        {
            int d = (int)(v % radix);
            sb.Insert(0, "0123456789abcdefghijklmnopqrstuvwxyz"[d]);
            v /= radix;
        }
        return sb.ToString();
    }

    private static readonly string[] s_sumNames = ["iterable", "start"];

    private static PyObject Sum(PyThreadState ts, PyObject iterable, PyObject start)
    {
        var rt = ts.Rt;
        if (start is PyStr) throw rt.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes) throw rt.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start is PyByteArray) throw rt.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Ops<TSync>.GetIter(ts, iterable);
        PyObject? r = null;
        try
        {
            return r = SumItems(ts, it, start);
        }
        finally
        {
            Ops<TSync>.DropIteratorKeeping(ts, it, iterable, r); // (sum of one item may be that item)
        }
    }

    private static PyObject SumItems(PyThreadState ts, PyObject it, PyObject start)
    {
        var total = new SumTotal(ts.Rt, start);
        while (NextSkipping(ts, it, total) is { } v)
        {
            if (total.TryAdd(v)) continue;
            var prev = total.Acc;
            var acc = total.Acc = Ops<TSync>.BinaryOp(ts, prev, v, Vm.Bytecode.BinaryOpArg.Add);
            // The running sum and a fresh item it replaced die here, as after CPython's decrefs.
            if (!ReferenceEquals(prev, acc) && !ReferenceEquals(prev, start)) ObjectLifecycle<TSync>.DropBorrowed(ts, prev);
            if (!ReferenceEquals(v, acc)) ObjectLifecycle<TSync>.DropBorrowed(ts, v);
            total.AfterSlowAdd();
        }
        return total.Result();
    }

    /// <summary>next(it); for a generator, the values <paramref name="sink"/> accepts are consumed as
    /// the generator yields them and the next one it declines is returned (Runtime/Interpreter/YieldSinks.cs).</summary>
    private static PyObject? NextSkipping(PyThreadState ts, PyObject it, YieldSink sink) =>
        it is PyGenerator g ? Generators<TSync>.NextOrNull(ts, g, sink) : Ops<TSync>.Next(ts, it);

    /// <summary>
    /// sum()'s running total with its int and float fast paths. While the total is an exact float it
    /// is kept as a compensated (Neumaier) sum, as CPython 3.12+ does: hi + lo, materialised on exit.
    /// As a sink it takes the items the fast paths add (exact small ints and floats: no Python code,
    /// nothing freed: they are immortal), inside a generator's run.
    /// </summary>
    private sealed class SumTotal(PyRuntime rt, PyObject start) : YieldSink
    {
        public PyObject Acc = start;
        private bool _inFloat;
        private double _hi, _lo;

        public override bool Accept(PyThreadState ts, PyObject value) => TryAdd(value);

        /// <summary>Adds v by a fast path, or returns false (then again false for the same v) and
        /// leaves it to Ops.BinaryOp on <see cref="Acc"/> (a float total materialised first).</summary>
        public bool TryAdd(PyObject v)
        {
            if (_inFloat)
            {
                if (v is PyFloat vf && v.Type == rt.FloatType) { CompensatedAdd(ref _hi, ref _lo, vf.Value); return true; }
                if (v is PyInt vi2 && (v.Type == rt.IntType || v.Type == rt.BoolType) && !vi2.IsBig) { _hi += vi2.Small; return true; }
                Acc = rt.NewFloat(CompensatedTotal(_hi, _lo));
                _inFloat = false;
                return false;
            }
            if (Acc is PyInt ai && v is PyInt vi && Acc.Type == rt.IntType && (v.Type == rt.IntType || v.Type == rt.BoolType) && !ai.IsBig && !vi.IsBig)
            {
                long r = ai.Small + vi.Small;
                if (((ai.Small ^ r) & (vi.Small ^ r)) >= 0) { Acc = rt.NewInt(r); return true; }
            }
            return false;
        }

        /// <summary>After a slow add: a float total continues compensated.</summary>
        public void AfterSlowAdd()
        {
            if (Acc is PyFloat af && Acc.Type == rt.FloatType) { _inFloat = true; _hi = af.Value; _lo = 0; }
        }

        public PyObject Result() => _inFloat ? rt.NewFloat(CompensatedTotal(_hi, _lo)) : Acc;
    }

    /// <summary>Neumaier's improvement of Kahan–Babuška summation (what CPython's sum uses).</summary>
    private static void CompensatedAdd(ref double hi, ref double lo, double x)
    {
        double t = hi + x;
        if (Math.Abs(hi) >= Math.Abs(x)) lo += (hi - t) + x;
        else lo += (x - t) + hi;
        hi = t;
    }

    /// <summary>Adds the compensation unless it would lose the sign of zero or turn inf/overflow into NaN.</summary>
    private static double CompensatedTotal(double hi, double lo) => lo != 0 && double.IsFinite(lo) ? hi + lo : hi;

    /// <summary>An item min/max looked at and did not keep (a fresh item from zip or map dies here), and its key.</summary>
    private static void DropCandidate(PyThreadState ts, PyObject item, PyObject key)
    {
        if (!ReferenceEquals(key, item)) ObjectLifecycle<TSync>.DropBorrowed(ts, key);
        ObjectLifecycle<TSync>.DropBorrowed(ts, item);
    }

    private static PyObject MinMax(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, CompareOpArg op)
    {
        var rt = ts.Rt;
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        PyObject? key = null, dflt = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            if (k == "key") key = ReferenceEquals(a[npos + i], rt.None) ? null : a[npos + i];
            else if (k == "default") dflt = a[npos + i];
            else throw rt.TypeError($"{name}() got an unexpected keyword argument '{k}'");
        }
        if (npos == 0) throw rt.TypeError($"{name} expected at least 1 argument, got 0");
        if (nkw == 0 && npos >= 2) return MinMaxOfArgs(ts, a, op);
        IEnumerable<PyObject> items;
        PyObject? it = null;
        if (npos == 1)
        {
            it = Ops<TSync>.GetIter(ts, a[0]);
            items = Iterate(ts, it);
        }
        else
        {
            if (dflt != null) throw rt.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = a.Slice(0, npos).ToArray();
        }
        // Over an iterator, the best item and its key are counted while iteration goes on: the
        // iterator (a generator `yield d; del d`, a key function) may run Python code that drops
        // every other reference to them. The item is returned uncounted at the end.
        PyObject? best = null, bestKey = null;
        bool done = false;
        try
        {
            foreach (var v in items)
            {
                var k = key == null ? v : Ops<TSync>.Call(ts, key, [v], null);
                if (best == null || Ops<TSync>.IsTrue(ts, Ops<TSync>.RichCompare(ts, k, bestKey!, op)))
                {
                    if (it != null)
                    {
                        Hold(ts, v, k);
                        if (best != null) Release(ts, best, bestKey!);
                    }
                    best = v;
                    bestKey = k;
                }
                else if (it != null) DropCandidate(ts, v, k);
            }
            done = true;
        }
        finally
        {
            if (it != null)
            {
                Ops<TSync>.DropIterator(ts, it, a[0]);
                if (best != null)
                {
                    if (!ReferenceEquals(bestKey, best)) Holds<TSync>.Release(ts, bestKey!);
                    Holds<TSync>.Settle(ts, best, keep: done); // returned uncounted
                }
            }
        }
        if (best == null)
        {
            if (dflt != null) return dflt;
            throw rt.ValueError($"{name}() iterable argument is empty");
        }
        if (it == null && !ReferenceEquals(bestKey, best)) ObjectLifecycle<TSync>.DropBorrowed(ts, bestKey!);
        return best;
    }

    /// <summary>Counts a candidate min/max keeps (and its key when that is another object).</summary>
    private static void Hold(PyThreadState ts, PyObject item, PyObject key)
    {
        Holds<TSync>.Hold(ts, item);
        if (!ReferenceEquals(key, item)) Holds<TSync>.Hold(ts, key);
    }

    /// <summary>Releases a held candidate replaced by a better one (it dies here when nothing else holds it).</summary>
    private static void Release(PyThreadState ts, PyObject item, PyObject key)
    {
        if (!ReferenceEquals(key, item)) Holds<TSync>.Release(ts, key);
        Holds<TSync>.Release(ts, item);
    }

    /// <summary>
    /// min(a, b, ...) / max(a, b, ...) without key or default: the loop below without copying the
    /// arguments; exact int/float pairs compare through the eval loop's numeric comparison, which
    /// answers what RichCompare would (Interpreter.NumericFast.cs).
    /// </summary>
    private static PyObject MinMaxOfArgs(PyThreadState ts, ReadOnlySpan<PyObject> a, CompareOpArg op)
    {
        var rt = ts.Rt;
        var best = a[0];
        for (int i = 1; i < a.Length; i++)
        {
            var v = a[i];
            var c = Interpreter<TSync>.TryCompareNumeric(rt, v, best, (int)op) ?? Ops<TSync>.RichCompare(ts, v, best, op);
            if (ReferenceEquals(c, rt.True) || (!ReferenceEquals(c, rt.False) && Ops<TSync>.IsTrue(ts, c))) best = v;
        }
        return best;
    }

    private static IEnumerable<PyObject> Iterate(PyThreadState ts, PyObject it)
    {
        while (true)
        {
            var v = Ops<TSync>.Next(ts, it);
            if (v == null) yield break;
            yield return v;
        }
    }

    private static PyType ReversedType(PyThreadState ts) => ts.Rt.LazyType("reversed", rt2 =>
    {
        var t = rt2.NewBuiltinType("reversed", rt2.IteratorType, TypeFlags.None);
        Def.Method(rt2, t, "__length_hint__", (ts2, a, kw) => ts2.Rt.NewInt(((ReversedIterator<TSync>)a[0]).LengthHintNow(ts2)));
        return t;
    });
}
