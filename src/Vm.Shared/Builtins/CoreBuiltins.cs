// The core of the builtins module: names of the builtin types and the functions the eval loop
// and the data model depend on. The rest of the builtin functions are in BuiltinFunctions.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class CoreBuiltins<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts, PyDict b)
    {
        var rt = ts.Rt;
        foreach (var (n, t) in new (string, PyType)[]
        {
            ("object", rt.ObjectType), ("type", rt.TypeType), ("int", rt.IntType), ("bool", rt.BoolType),
            ("float", rt.FloatType), ("complex", rt.ComplexType), ("str", rt.StrType), ("bytes", rt.BytesType),
            ("bytearray", rt.ByteArrayType), ("tuple", rt.TupleType), ("list", rt.ListType), ("dict", rt.DictType),
            ("set", rt.SetType), ("frozenset", rt.FrozenSetType), ("range", rt.RangeType), ("slice", rt.SliceType),
            ("property", rt.PropertyType), ("staticmethod", rt.StaticMethodType), ("classmethod", rt.ClassMethodType),
            ("super", rt.SuperType), ("memoryview", rt.MemoryViewType),
        })
            Def.Value(rt, b, n, t);
        foreach (var kv in rt.ExceptionTypes) Def.Value(rt, b, kv.Key, kv.Value);
        Def.Value(rt, b, "None", rt.None);
        Def.Value(rt, b, "True", rt.True);
        Def.Value(rt, b, "False", rt.False);
        Def.Value(rt, b, "NotImplemented", rt.NotImplemented);
        Def.Value(rt, b, "Ellipsis", rt.Ellipsis);
        Def.Value(rt, b, "__debug__", rt.True);

        Def.Function(rt, b, "__build_class__", (ts2, a, kw) => CoreTypes<TSync>.BuildClass(ts2, a, kw));
        Def.Function(rt, b, "print", Print);
        Def.Function1(rt, b, "repr", (ts2, o) => Ops<TSync>.Repr(ts2, o));
        Def.Function(rt, b, "len", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "len", kw);
            Args.Count(ts2, "len", a.Length, 1, 1);
            return ts2.Rt.NewInt(Ops<TSync>.Len(ts2, a[0]));
        }).Intrinsic = BuiltinIntrinsic.Len; // the eval loop computes len(x) inline (Interpreter.BuiltinCalls.cs)
        Def.Function(rt, b, "isinstance", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "isinstance", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"isinstance expected 2 arguments, got {a.Length}");
            return ts2.Rt.NewBool(IsInstance(ts2, a[0], a[1]));
        }).Intrinsic = BuiltinIntrinsic.IsInstance;
        Def.Function(rt, b, "issubclass", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "issubclass", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"issubclass expected 2 arguments, got {a.Length}");
            return ts2.Rt.NewBool(IsSubclass(ts2, a[0], a[1]));
        });
        Def.Function(rt, b, "getattr", (ts2, a, kw) =>
        {
            if (a.Length < 2 || a.Length > 3) throw ts2.Rt.TypeError($"getattr expected at least 2 arguments, got {a.Length}");
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            if (a.Length == 2) return Ops<TSync>.TryGetAttr(ts2, a[0], name) ?? ts2.RaisePending(Ops<TSync>.AttributeErrorFor(ts2, a[0], name));
            try
            {
                return Ops<TSync>.TryGetAttr(ts2, a[0], name) ?? a[2];
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ts2.Rt.ExceptionTypes["AttributeError"]))
            {
                Ops<TSync>.DiscardException(ts2, e);
                return a[2];
            }
        });
        Def.Function(rt, b, "setattr", (ts2, a, kw) =>
        {
            if (a.Length != 3) throw ts2.Rt.TypeError($"setattr expected 3 arguments, got {a.Length}");
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops<TSync>.SetAttr(ts2, a[0], ts2.Rt.Intern(name.Value), a[2]);
            return ts2.Rt.None;
        });
        Def.Function(rt, b, "delattr", (ts2, a, kw) =>
        {
            if (a.Length != 2) throw ts2.Rt.TypeError($"delattr expected 2 arguments, got {a.Length}");
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops<TSync>.DelAttr(ts2, a[0], ts2.Rt.Intern(name.Value));
            return ts2.Rt.None;
        });
        Def.Function(rt, b, "hasattr", (ts2, a, kw) =>
        {
            if (a.Length != 2) throw ts2.Rt.TypeError($"hasattr expected 2 arguments, got {a.Length}");
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            return ts2.Rt.NewBool(Ops<TSync>.HasAttr(ts2, a[0], ts2.Rt.Intern(name.Value)));
        });
        Def.Function1(rt, b, "id", (ts2, o) => ts2.Rt.NewInt(ts2.Rt.IdOf(o)));
        Def.Function1(rt, b, "hash", (ts2, o) => ts2.Rt.NewInt(Ops<TSync>.Hash(ts2, o)));
        Vm.Modules.BreakpointHook<TSync>.DefineBuiltin(rt, b);
        SiteBuiltins<TSync>.Define(rt, b);
        Def.Function1(rt, b, "callable", (ts2, o) => ts2.Rt.NewBool(Ops<TSync>.IsCallable(ts2, o)));
        Def.Function(rt, b, "iter", (ts2, a, kw) =>
        {
            Args.Count(ts2, "iter", a.Length, 1, 2);
            if (a.Length == 1) return Ops<TSync>.GetIter(ts2, a[0]);
            var callable = a[0];
            var sentinel = a[1];
            if (!Ops<TSync>.IsCallable(ts2, callable)) throw ts2.Rt.TypeError("iter(v, w): v must be callable");
            bool done = false;
            return PyFuncIter.Create<TSync>(ts2, CallableIteratorType(ts2), ts3 =>
            {
                if (done) return null;
                var v = Ops<TSync>.Call(ts3, callable, [], null);
                if (Ops<TSync>.Eq(ts3, v, sentinel)) { done = true; return null; }
                return v;
            }, [callable, sentinel]);
        });
        Def.Function(rt, b, "next", (ts2, a, kw) =>
        {
            Args.Count(ts2, "next", a.Length, 1, 2);
            var it = a[0];
            if (it is not PyIterBase && it is not PyGenerator { Kind: GeneratorKind.Generator } && it.Type.Lookup(ts2.Rt.Intern("__next__")) == null)
                throw ts2.Rt.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (it is PyGenerator { Kind: GeneratorKind.Generator } g)
            {
                if (a.Length == 2)
                {
                    var r = Generators<TSync>.NextOrNull(ts2, g);
                    return r ?? a[1];
                }
                return Generators<TSync>.Send(ts2, g, ts2.Rt.None);
            }
            if (a.Length == 2) return Ops<TSync>.Next(ts2, it) ?? a[1];
            if (it is PyIterBase nb) return nb.Next(ts2) ?? throw ts2.Rt.StopIteration();
            return Ops<TSync>.CallSpecial(ts2, it, "__next__", [])!;
        }).Intrinsic = BuiltinIntrinsic.Next; // the eval loop raises its StopIteration without a .NET throw
        Def.Function(rt, b, "globals", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "globals", kw);
            Args.Count(ts2, "globals", a.Length, 0, 0);
            return ts2.Frame?.Globals ?? ts2.Rt.NewModuleDict("__main__", null);
        });
        Def.Function(rt, b, "locals", (ts2, a, kw) => Locals(ts2));
        Def.Function(rt, b, "vars", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "vars", kw);
            if (a.Length > 1) throw ts2.Rt.TypeError($"vars expected at most 1 argument, got {a.Length}");
            if (a.Length == 0) return Locals(ts2);
            PyObject? d;
            try
            {
                d = Ops<TSync>.TryGetAttr(ts2, a[0], ts2.Rt.Intern("__dict__"));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ts2.Rt.ExceptionTypes["AttributeError"]))
            {
                Ops<TSync>.DiscardException(ts2, e);
                d = null;
            }
            return d ?? throw ts2.Rt.TypeError("vars() argument must have __dict__ attribute");
        });
        Def.Function(rt, b, "dir", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "dir", kw);
            if (a.Length > 1) throw ts2.Rt.TypeError($"dir expected at most 1 argument, got {a.Length}");
            if (a.Length == 0)
            {
                var l = Locals(ts2);
                var keys = l is PyDict ld ? ld.Snapshot().Select(kv => kv.Key) // (eval/exec's locals may be any mapping: its keys())
                    : Ops<TSync>.ToArray(ts2, Ops<TSync>.CallMethod(ts2, l, "keys", []));
                var names = keys.OfType<PyStr>().Select(s => s.Value).ToList();
                names.Sort(StringComparer.Ordinal);
                return Ops<TSync>.NewList(ts2, names.Select(n => (PyObject)ts2.Rt.NewStr(n)).ToArray());
            }
            var dirName = ts2.Rt.Intern("__dir__");
            var dirm = a[0].Type.Lookup(dirName);
            // A class's dir() is the metaclass's __dir__ when a metaclass defines one (EnumType does);
            // type's and object's own are the generic listing below.
            bool own = dirm != null && (a[0] is not PyType
                || (!ReferenceEquals(dirm, ts2.Rt.TypeType.Lookup(dirName)) && !ReferenceEquals(dirm, ts2.Rt.ObjectType.Lookup(dirName))));
            var res = own ? Ops<TSync>.CallMethodDescr(ts2, dirm!, a[0], []) : Ops<TSync>.NewList(ts2, CoreTypes<TSync>.DirOf(ts2, a[0]).ToArray());
            var items = Ops<TSync>.ToArray(ts2, res).ToList();
            items.Sort((x, y) => string.CompareOrdinal(Ops<TSync>.StrValue(ts2, x), Ops<TSync>.StrValue(ts2, y)));
            return Ops<TSync>.NewList(ts2, items.ToArray());
        });
        Def.Function(rt, b, "exec", (ts2, a, kw) => ExecEval(ts2, a, kw, false));
        Def.Function(rt, b, "eval", (ts2, a, kw) => ExecEval(ts2, a, kw, true));
        Def.Function(rt, b, "__import__", (ts2, a, kw) =>
        {
            var p = Args.Bind(ts2, "__import__", a, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
            var name = Args.ToStr(ts2, p[0]!, "__import__", "1");
            var fromlist = p[3] ?? ts2.Rt.None;
            int level = p[4] == null ? 0 : (int)Args.ToLong(ts2, p[4]!);
            if (level < 0) throw ts2.Rt.ValueError("level must be >= 0");
            if (name.Length == 0 && level == 0) throw ts2.Rt.ValueError("Empty module name");
            return Importer<TSync>.ImportName(ts2, p[1] as PyDict, ts2.Rt.NewStr(name), fromlist, level);
        });
    }

    private static PyObject Locals(PyThreadState ts)
    {
        var f = ts.Frame;
        if (f == null) return ts.Rt.NewModuleDict("__main__", null);
        if (f.Code.Name.Value is "<listcomp>" or "<setcomp>" or "<dictcomp>")
        {
            // CPython 3.13 inlines list/set/dict comprehensions into the enclosing scope (PEP 709),
            // so locals() there sees a function's locals and the comprehension's variables (its
            // hidden iterator is on the stack). Ours run in a frame of their own: merge the two.
            var merged = f.Back is { Locals: null } outer ? (PyDict)FrameLocals(ts, outer) : Ops<TSync>.NewDict(ts);
            foreach (var kv in ((PyDict)FrameLocals(ts, f)).Snapshot())
                if (kv.Key is not PyStr { Value: ['.', ..] }) DictOps<TSync>.SetItem(ts, merged, kv.Key, kv.Value);
            return merged;
        }
        if (f.Locals != null && HasBoundFastLocal(f))
        {
            // Module code running an inlined comprehension (PEP 709): as CPython 3.13, locals()
            // there shows the comprehension's variables (the module's hidden fast locals) only.
            var hidden = Ops<TSync>.NewDict(ts);
            for (int i = 0; i < f.Code.NLocals; i++)
                if (f.Slots[i] is { } v) DictOps<TSync>.SetItem(ts, hidden, f.Code.VarNames[i], v);
            return hidden;
        }
        return FrameLocals(ts, f);
    }

    private static bool HasBoundFastLocal(Frame f)
    {
        for (int i = 0; i < f.Code.NLocals; i++)
            if (f.Slots[i] != null) return true;
        return false;
    }

    /// <summary>A frame's locals: its namespace dict (module and class bodies), else a snapshot of its fast locals and cells.</summary>
    public static PyObject FrameLocals(PyThreadState ts, Frame f)
    {
        if (f.Locals != null) return f.Locals;
        var d = Ops<TSync>.NewDict(ts);
        var code = f.Code;
        for (int i = 0; i < code.NLocals; i++)
            if (f.Slots[i] is { } v) DictOps<TSync>.SetItem(ts, d, code.VarNames[i], v);
        var cellNames = code.Unit.CellVars.Concat(code.Unit.FreeVars).ToArray();
        for (int i = 0; i < cellNames.Length; i++)
            if (f.Slots[code.NLocals + i] is PyCell { Contents: { } cv }) DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(cellNames[i]), cv);
        return d;
    }

    public static bool IsInstance(PyThreadState ts, PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtypeOf(t)) return true;
            if (t.Type != ts.Rt.TypeType)
            {
                var check = t.Type.Lookup(ts.Rt.Intern("__instancecheck__"));
                if (check != null && check is not PyBuiltinFunction) return Ops<TSync>.IsTrue(ts, Ops<TSync>.CallMethodDescr(ts, check, t, [o]));
            }
            // An object whose __class__ is overridden. The usual object's __class__ is object's
            // descriptor, which answers o.Type: not a subclass then (a data descriptor, so
            // neither the instance dict nor __getattr__ can change the answer).
            if (ClassAttrIsType(ts, o)) return false;
            var klass = Ops<TSync>.TryGetAttr(ts, o, ts.Rt.S.__class__);
            return klass is PyType kt && kt != o.Type && kt.IsSubtypeOf(t);
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsInstance(ts, o, c)) return true;
            return false;
        }
        var ic = cls.Type.Lookup(ts.Rt.Intern("__instancecheck__"));
        if (ic != null) return Ops<TSync>.IsTrue(ts, Ops<TSync>.CallMethodDescr(ts, ic, cls, [o]));
        throw ts.Rt.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /// <summary>
    /// getattr(o, "__class__") is o's type: its type's lookup finds object's own __class__
    /// descriptor (no override in the MRO) and no __getattribute__ of a user class intervenes.
    /// A class (o a PyType) gets the descriptor from its metaclass the same way; super objects
    /// answer __class__ themselves.
    /// </summary>
    private static bool ClassAttrIsType(PyThreadState ts, PyObject o)
    {
        var tp = o.Type;
        if (tp.IsHeapType && tp.CustomGetAttribute || o is PySuper) return false;
        return tp.Lookup(ts.Rt.S.__class__) is PyGetSetDescriptor g && ReferenceEquals(g.OwnerType, ts.Rt.ObjectType);
    }

    public static bool IsSubclass(PyThreadState ts, PyObject sub, PyObject cls)
    {
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsSubclass(ts, sub, c)) return true;
            return false;
        }
        if (cls is PyType t && t.Type != ts.Rt.TypeType)
        {
            var check = t.Type.Lookup(ts.Rt.Intern("__subclasscheck__"));
            if (check != null && check is not PyBuiltinFunction) return Ops<TSync>.IsTrue(ts, Ops<TSync>.CallMethodDescr(ts, check, t, [sub]));
        }
        if (cls is not PyType && cls.Type.Lookup(ts.Rt.Intern("__subclasscheck__")) is { } sc)
            return Ops<TSync>.IsTrue(ts, Ops<TSync>.CallMethodDescr(ts, sc, cls, [sub]));
        if (sub is not PyType st) throw ts.Rt.TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyType ct) throw ts.Rt.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return st.IsSubtypeOf(ct);
    }

    private static PyType CallableIteratorType(PyThreadState ts) =>
        ts.Rt.LazyType("callable_iterator", rt2 => rt2.NewBuiltinType("callable_iterator", rt2.IteratorType, TypeFlags.None));

    private static PyObject Print(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            var v = a[npos + i];
            switch (k)
            {
                case "sep":
                    if (!ReferenceEquals(v, rt.None)) sep = v is PyStr s ? s.Value : throw rt.TypeError($"sep must be None or a string, not {v.Type.Name}");
                    break;
                case "end":
                    if (!ReferenceEquals(v, rt.None)) end = v is PyStr s2 ? s2.Value : throw rt.TypeError($"end must be None or a string, not {v.Type.Name}");
                    break;
                case "file":
                    if (!ReferenceEquals(v, rt.None)) file = v;
                    break;
                case "flush":
                    flush = Ops<TSync>.IsTrue(ts, v);
                    break;
                default:
                    throw rt.TypeError($"print() got an unexpected keyword argument '{k}'" + SuggestionDistance.KeywordTrailer(["sep", "end", "file", "flush"], k));
            }
        }
        file ??= rt.SysModule.Dict!.GetStr(rt.Intern("stdout"));
        if (file == null || ReferenceEquals(file, rt.None)) return rt.None;
        if (file is PyNative<ConsoleStream> console)
        {
            // The console gets one write per call (lines from several threads do not interleave).
            // An item with a lone surrogate is written on its own, after the text before it, so a
            // strict UnicodeEncodeError leaves that text written, as CPython's write per item does.
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sep);
                var item = Ops<TSync>.StrValue(ts, a[i]);
                if (Vm.Objects.LoneSurrogates.Contains(item))
                {
                    if (sb.Length > 0) StdStreams<TSync>.Write(ts, file, sb.ToString());
                    sb.Clear();
                    StdStreams<TSync>.Write(ts, file, item);
                }
                else sb.Append(item);
            }
            sb.Append(end);
            // Items were checked one by one; only sep and end are left to check.
            if (Vm.Objects.LoneSurrogates.Contains(sep) || Vm.Objects.LoneSurrogates.Contains(end)) StdStreams<TSync>.Write(ts, file, sb.ToString());
            else StdStreams<TSync>.WriteConsoleChecked(ts, console, sb.ToString());
        }
        else
        {
            // Any other file sees CPython's sequence of write() calls: item, sep, item, ..., end.
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) StdStreams<TSync>.Write(ts, file, sep);
                StdStreams<TSync>.Write(ts, file, Ops<TSync>.StrValue(ts, a[i]));
            }
            StdStreams<TSync>.Write(ts, file, end);
        }
        if (flush) StdStreams<TSync>.Flush(ts, file);
        return rt.None;
    }

    private static PyObject ExecEval(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, bool isEval)
    {
        var rt = ts.Rt;
        string fname = isEval ? "eval" : "exec";
        int nkw = kw?.Count ?? 0;
        var bound = Args.Bind(ts, fname, a, kw, ["source", "globals", "locals"], 1);
        var src = bound[0]!;
        PyDict globals;
        if (bound[1] == null || ReferenceEquals(bound[1], rt.None)) globals = ts.Frame?.Globals ?? rt.NewModuleDict("__main__", null);
        else globals = bound[1] as PyDict ?? throw rt.TypeError($"{fname}() globals must be a dict, not {bound[1]!.Type.Name}");
        PyObject? locals = bound[2] == null || ReferenceEquals(bound[2], rt.None) ? null : bound[2];
        if (bound[1] == null && locals == null && ts.Frame != null) locals = ts.Frame.Locals ?? Locals(ts);
        if (locals == null) locals = globals;
        if (globals.GetStr(rt.Intern("__builtins__")) == null)
            DictOps<TSync>.SetItem(ts, globals, rt.Intern("__builtins__"), rt.BuiltinsModule);
        PyCode code;
        if (src is PyCode c) code = c;
        else
        {
            string text = src switch
            {
                PyStr s => s.Value,
                PyBytes by => System.Text.Encoding.UTF8.GetString(by.Value),
                _ => throw rt.TypeError($"{fname}() arg 1 must be a string, bytes or code object"),
            };
            try
            {
                if (isEval)
                {
                    text = text.TrimStart(' ', '\t');
                    var ast = Vm.Parsing.PythonParser.ParseExpression(text, "<string>");
                    code = rt.MakeCode(Vm.Compiling.Compiler.CompileExpression(ast, "<string>", text, BuiltinFunctions<TSync>.CallerPostponesAnnotations(ts)));
                }
                else
                {
                    rt.RememberSource("<string>", text);
                    var ast = Vm.Parsing.PythonParser.ParseModule(text, "<string>");
                    code = rt.MakeCode(Vm.Compiling.Compiler.CompileModule(ast, "<string>", text, BuiltinFunctions<TSync>.CallerPostponesAnnotations(ts)));
                }
                rt.IssueCompileWarnings(ts, code);
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts, se));
            }
        }
        var f = new Frame(code, null, globals, rt.BuiltinsFor(globals), locals);
        var r = Interpreter<TSync>.Run(ts, f);
        if (r == null) throw Interpreter<TSync>.TakeException(ts);
        return isEval ? r : rt.None;
    }
}
