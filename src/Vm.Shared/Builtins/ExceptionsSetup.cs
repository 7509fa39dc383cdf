// The builtin exception hierarchy (CPython 3.13) and the methods of BaseException and its
// special subclasses (KeyError's str, OSError's errno form, SyntaxError's attributes, ...).
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class ExceptionsSetup<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly (string Name, string Base)[] s_hierarchy =
    [
        ("BaseException", "object"),
        ("BaseExceptionGroup", "BaseException"), ("GeneratorExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"), ("Exception", "BaseException"),
        ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
        ("ZeroDivisionError", "ArithmeticError"), ("AssertionError", "Exception"), ("AttributeError", "Exception"),
        ("BufferError", "Exception"), ("EOFError", "Exception"), ("ExceptionGroup", "Exception"),
        ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"), ("LookupError", "Exception"),
        ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("MemoryError", "Exception"),
        ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("OSError", "Exception"),
        ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"),
        ("BrokenPipeError", "ConnectionError"), ("ConnectionAbortedError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"), ("ConnectionResetError", "ConnectionError"),
        ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"),
        ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
        ("ProcessLookupError", "OSError"), ("TimeoutError", "OSError"), ("ReferenceError", "Exception"),
        ("RuntimeError", "Exception"), ("NotImplementedError", "RuntimeError"), ("PythonFinalizationError", "RuntimeError"),
        ("RecursionError", "RuntimeError"), ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"),
        ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
        ("_IncompleteInputError", "SyntaxError"),
        ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
        ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"), ("Warning", "Exception"), ("BytesWarning", "Warning"),
        ("DeprecationWarning", "Warning"), ("EncodingWarning", "Warning"), ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"), ("PendingDeprecationWarning", "Warning"), ("ResourceWarning", "Warning"),
        ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UnicodeWarning", "Warning"), ("UserWarning", "Warning"),
    ];

    private static readonly HashSet<string> s_ownLayout =
    [
        "BaseException", "BaseExceptionGroup", "StopIteration", "SystemExit", "ImportError", "OSError",
        "SyntaxError", "NameError", "AttributeError", "UnicodeError", "StopAsyncIteration",
    ];

    /// <summary>errno → OSError subclass, as OSError(errno, strerror) picks it (PEP 3151).</summary>
    private static readonly Dictionary<long, string> s_errnoSubclass = new()
    {
        [1] = "PermissionError", [13] = "PermissionError", [2] = "FileNotFoundError", [3] = "ProcessLookupError",
        [4] = "InterruptedError", [10] = "ChildProcessError", [11] = "BlockingIOError", [114] = "BlockingIOError",
        [115] = "BlockingIOError", [17] = "FileExistsError", [20] = "NotADirectoryError", [21] = "IsADirectoryError",
        [32] = "BrokenPipeError", [108] = "BrokenPipeError", [103] = "ConnectionAbortedError",
        [111] = "ConnectionRefusedError", [104] = "ConnectionResetError", [110] = "TimeoutError",
    };

    /// <summary>Creates the exception types (methods are installed later by <see cref="InstallMethods"/>).</summary>
    public static void Create(PyRuntime rt)
    {
        foreach (var (name, baseName) in s_hierarchy)
        {
            var b = baseName == "object" ? rt.ObjectType : rt.ExceptionTypes[baseName];
            var t = rt.NewBuiltinType(name, b, TypeFlags.BaseType | TypeFlags.Exception | TypeFlags.HasDict);
            // Only the types with their own C struct in CPython have their own instance layout,
            // so class C(KeyError, ValueError) is allowed and class C(OSError, ImportError) is not.
            if (!s_ownLayout.Contains(name)) t.SolidBase = b.SolidBase;
            rt.ExceptionTypes[name] = t;
        }
        // class ExceptionGroup(BaseExceptionGroup, Exception), as in CPython.
        var beg = rt.ExceptionTypes["BaseExceptionGroup"];
        var eg = rt.ExceptionTypes["ExceptionGroup"];
        var exception = rt.ExceptionTypes["Exception"];
        eg.Bases = [beg, exception];
        eg.Mro = [eg, beg, exception, rt.ExceptionTypes["BaseException"], rt.ObjectType];
        eg.SolidBase = beg.SolidBase;
        beg.Subclasses ??= new();
        lock (beg.Subclasses) beg.Subclasses.Add(new WeakReference<PyType>(eg));
        rt.ExceptionTypes["EnvironmentError"] = rt.ExceptionTypes["OSError"];
        rt.ExceptionTypes["IOError"] = rt.ExceptionTypes["OSError"];
    }

    public static void InstallMethods(PyThreadState ts)
    {
        var rt = ts.Rt;
        var be = rt.ExceptionTypes["BaseException"];
        be.New = (ts2, cls, args, kw) =>
        {
            var e = new PyBaseException(cls, ts2.Rt.EmptyTuple);
            ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, args.Slice(0, args.Length - (kw?.Count ?? 0)).ToArray()));
            return e;
        };
        foreach (var t in rt.ExceptionTypes.Values) t.New = be.New;
        Def.StaticMethod(rt, be, "__new__", (ts2, a, kw) =>
        {
            var cls = (PyType)a[0];
            return cls.New!(ts2, cls, a.Slice(1), kw);
        });
        Def.Method(rt, be, "__init__", (ts2, a, kw) =>
        {
            var self = (PyBaseException)a[0];
            if (kw != null && kw.Count > 0 && self.Type.Lookup(ts2.Rt.Intern("__init__")) is PyBuiltinFunction)
                throw ts2.Rt.TypeError($"{self.Type.Name}() takes no keyword arguments");
            ExceptionLinks<TSync>.SetArgs(ts2, self, Ops<TSync>.NewTuple(ts2, a.Slice(1, a.Length - 1 - (kw?.Count ?? 0)).ToArray()));
            return ts2.Rt.None;
        });
        Def.Method(rt, be, "__str__", (ts2, a, kw) =>
        {
            var self = (PyBaseException)a[0];
            return self.Args.Count switch
            {
                0 => ts2.Rt.EmptyStr,
                1 => Ops<TSync>.Str(ts2, self.Args.Items[0]),
                _ => Ops<TSync>.Str(ts2, self.Args),
            };
        });
        Def.Method(rt, be, "__repr__", (ts2, a, kw) =>
        {
            var self = (PyBaseException)a[0];
            var name = self.Type.Name;
            if (self.Args.Count == 1) return ts2.Rt.NewStr($"{name}({Ops<TSync>.ReprValue(ts2, self.Args.Items[0])})");
            return ts2.Rt.NewStr(name + Ops<TSync>.ReprValue(ts2, self.Args));
        });
        Def.Getter(rt, be, "args", (ts2, o) => ((PyBaseException)o).Args,
            (ts2, o, v) => ExceptionLinks<TSync>.SetArgs(ts2, (PyBaseException)o,
                v is PyTuple t && t.Type == ts2.Rt.TupleType ? t : Ops<TSync>.NewTuple(ts2, Ops<TSync>.ToArray(ts2, v ?? ts2.Rt.EmptyTuple))));
        Def.Getter(rt, be, "__cause__", (ts2, o) => ((PyBaseException)o).Cause ?? ts2.Rt.None, (ts2, o, v) =>
        {
            var e = (PyBaseException)o;
            if (v != null && v != ts2.Rt.None && v is not PyBaseException)
                throw ts2.Rt.TypeError("exception cause must be None or derive from BaseException");
            ExceptionLinks<TSync>.SetCause(ts2, e, v == ts2.Rt.None ? null : v);
            e.SuppressContext = true;
        });
        Def.Getter(rt, be, "__context__", (ts2, o) => ((PyBaseException)o).Context ?? ts2.Rt.None,
            (ts2, o, v) => ExceptionLinks<TSync>.SetContext(ts2, (PyBaseException)o, v == ts2.Rt.None ? null : v));
        Def.Getter(rt, be, "__suppress_context__", (ts2, o) => ts2.Rt.NewBool(((PyBaseException)o).SuppressContext),
            (ts2, o, v) => ((PyBaseException)o).SuppressContext = v != null && Ops<TSync>.IsTrue(ts2, v));
        Def.Getter(rt, be, "__traceback__", (ts2, o) => (PyObject?)((PyBaseException)o).Traceback ?? ts2.Rt.None,
            (ts2, o, v) => ExceptionLinks<TSync>.SetTraceback(ts2, (PyBaseException)o,
                v == null || ReferenceEquals(v, ts2.Rt.None) ? null
                : v as PyTraceback ?? throw ts2.Rt.TypeError("__traceback__ must be a traceback or None")));
        Def.Getter(rt, be, "__dict__", (ts2, o) => Ops<TSync>.GetOrCreateDict(ts2, o, (PyBaseException)o)); // counted, published once
        Def.Method(rt, be, "with_traceback", (ts2, a, kw) =>
        {
            ExceptionLinks<TSync>.SetTraceback(ts2, (PyBaseException)a[0], a[1] as PyTraceback);
            return a[0];
        });
        Def.Method(rt, be, "add_note", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "add_note", kw);
            Args.Count(ts2, "add_note", a.Length - 1, 1, 1);
            if (a[1] is not PyStr) throw ts2.Rt.TypeError($"note must be a str, not '{a[1].Type.Name}'");
            var e = (PyBaseException)a[0];
            var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
            var notes = ed.GetStr(ts2.Rt.Intern("__notes__")) as PyList;
            if (notes == null)
            {
                notes = Ops<TSync>.NewList(ts2);
                DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("__notes__"), notes);
            }
            ListOps<TSync>.Append(ts2, notes, a[1]);
            return ts2.Rt.None;
        });

        // KeyError: str() is the repr of the key.
        Def.Method(rt, rt.ExceptionTypes["KeyError"], "__str__", (ts2, a, kw) =>
        {
            var self = (PyBaseException)a[0];
            if (self.Args.Count == 1) return Ops<TSync>.Repr(ts2, self.Args.Items[0]);
            return Ops<TSync>.Call(ts2, be.Dict.GetStr(ts2.Rt.Intern("__str__"))!, [self], null);
        });
        // StopIteration.value, SystemExit.code
        Def.Getter(rt, rt.ExceptionTypes["StopIteration"], "value", (ts2, o) =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count > 0 ? e.Args.Items[0] : ts2.Rt.None;
        });
        Def.Getter(rt, rt.ExceptionTypes["SystemExit"], "code", (ts2, o) =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count == 0 ? ts2.Rt.None : e.Args.Count == 1 ? e.Args.Items[0] : e.Args;
        });
        // Attributes stored in the instance dict, defaulting to None.
        AttrDefaults(ts, "ImportError", "name", "path", "msg", "name_from");
        AttrDefaults(ts, "NameError", "name");
        AttrDefaults(ts, "AttributeError", "name", "obj");
        AttrDefaults(ts, "SyntaxError", "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
        AttrDefaults(ts, "OSError", "errno", "strerror", "filename", "filename2");
        AttrDefaults(ts, "UnicodeError", "encoding", "object", "start", "end", "reason");

        Def.Method(rt, rt.ExceptionTypes["SyntaxError"], "__str__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var d = e.Dict;
            var msg = d?.GetStr(ts2.Rt.Intern("msg")) ?? (e.Args.Count > 0 ? e.Args.Items[0] : ts2.Rt.None);
            var file = d?.GetStr(ts2.Rt.Intern("filename")) as PyStr;
            var line = d?.GetStr(ts2.Rt.Intern("lineno")) as PyInt;
            var s = Ops<TSync>.StrValue(ts2, msg);
            if (file != null && line != null) s += $" ({Path.GetFileName(file.Value)}, line {line.Small})";
            else if (line != null) s += $" (line {line.Small})";
            return ts2.Rt.NewStr(s);
        });
        Def.Method(rt, rt.ExceptionTypes["SyntaxError"], "__init__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, a.Slice(1).ToArray()));
            var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
            if (a.Length > 1) DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("msg"), a[1]);
            if (a.Length > 2 && a[2] is PyTuple info && info.Count >= 4)
            {
                string[] names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
                for (int i = 0; i < info.Count && i < names.Length; i++)
                    DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern(names[i]), info.Items[i]);
            }
            return ts2.Rt.None;
        });
        var osError = rt.ExceptionTypes["OSError"];
        osError.New = (ts2, cls, args, kw) =>
        {
            // OSError(errno, strerror, ...) becomes the subclass for that errno.
            if (cls == ts2.Rt.ExceptionTypes["OSError"] && args.Length - (kw?.Count ?? 0) >= 2 && args[0] is PyInt { IsBig: false } en
                && s_errnoSubclass.TryGetValue(en.Small, out var sub))
                cls = ts2.Rt.ExceptionTypes[sub];
            return be.New!(ts2, cls, args, kw);
        };
        foreach (var t in rt.ExceptionTypes.Values) if (t != osError && t.IsSubtypeOf(osError)) t.New = osError.New;
        ExceptionGroups<TSync>.Install(ts);
        Def.Method(rt, osError, "__init__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, a.Slice(1).ToArray()));
            var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
            if (a.Length >= 3 && a.Length <= 6)
            {
                DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("errno"), a[1]);
                DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("strerror"), a[2]);
                if (a.Length >= 4) DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("filename"), a[3]);
                if (a.Length >= 6) DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("filename2"), a[5]);
                if (a.Length > 3) ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, [a[1], a[2]]));
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, rt.ExceptionTypes["OSError"], "__str__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var d = e.Dict;
            var errno = d?.GetStr(ts2.Rt.Intern("errno"));
            var strerror = d?.GetStr(ts2.Rt.Intern("strerror"));
            var filename = d?.GetStr(ts2.Rt.Intern("filename"));
            if (errno != null && errno != ts2.Rt.None && strerror != null)
            {
                var s = $"[Errno {Ops<TSync>.StrValue(ts2, errno)}] {Ops<TSync>.StrValue(ts2, strerror)}";
                if (filename != null && filename != ts2.Rt.None)
                {
                    s += ": " + Ops<TSync>.ReprValue(ts2, filename);
                    var filename2 = d?.GetStr(ts2.Rt.Intern("filename2"));
                    if (filename2 != null && filename2 != ts2.Rt.None) s += " -> " + Ops<TSync>.ReprValue(ts2, filename2);
                }
                return ts2.Rt.NewStr(s);
            }
            return Ops<TSync>.Call(ts2, be.Dict.GetStr(ts2.Rt.Intern("__str__"))!, [e], null);
        });
        // AttributeError(msg, name=..., obj=...), NameError(msg, name=...)
        foreach (var (typeName, keys) in new[] { ("AttributeError", new[] { "name", "obj" }), ("NameError", new[] { "name" }) })
        {
            var tn = typeName;
            var allowed = keys;
            Def.Method(rt, rt.ExceptionTypes[tn], "__init__", (ts2, a, kw) =>
            {
                var e = (PyBaseException)a[0];
                int nkw = kw?.Count ?? 0;
                ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, a.Slice(1, a.Length - 1 - nkw).ToArray()));
                for (int i = 0; i < nkw; i++)
                {
                    var k = ((PyStr)kw!.Items[i]).Value;
                    if (Array.IndexOf(allowed, k) < 0) throw ts2.Rt.TypeError($"{tn}() got an unexpected keyword argument '{k}'");
                    var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
                    DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern(k), a[a.Length - nkw + i]);
                }
                return ts2.Rt.None;
            });
        }
        // ImportError(msg, name=..., path=...)
        Def.Method(rt, rt.ExceptionTypes["ImportError"], "__init__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            int nkw = kw?.Count ?? 0;
            ExceptionLinks<TSync>.SetArgs(ts2, e, Ops<TSync>.NewTuple(ts2, a.Slice(1, a.Length - 1 - nkw).ToArray()));
            var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
            if (e.Args.Count > 0) DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern("msg"), e.Args.Items[0]);
            for (int i = 0; i < nkw; i++)
            {
                var n = ((PyStr)kw!.Items[i]).Value;
                if (n != "name" && n != "path" && n != "name_from")
                    throw ts2.Rt.TypeError($"'{n}' is an invalid keyword argument for ImportError()");
                DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern(n), a[a.Length - nkw + i]);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, rt.ExceptionTypes["ImportError"], "__str__", (ts2, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var msg = e.Dict?.GetStr(ts2.Rt.Intern("msg"));
            if (msg != null && msg != ts2.Rt.None) return Ops<TSync>.Str(ts2, msg);
            return Ops<TSync>.Call(ts2, be.Dict.GetStr(ts2.Rt.Intern("__str__"))!, [e], null);
        });
    }

    /// <summary>
    /// ValueError("x") without keywords: what BaseException.__new__ then BaseException.__init__
    /// do (an instance whose args are the positional arguments), built once instead of twice and
    /// without the two method lookups and calls. Only for the builtin types that use both of
    /// BaseException's own (not OSError, SyntaxError, ImportError, AttributeError, NameError,
    /// the groups, which have their own); builtin types cannot be changed later, and a subclass
    /// is a new type without a FastCall, so the test made here stays true. Run once every builtin
    /// type has its methods (the Unicode errors get their own __init__ with the codecs).
    /// </summary>
    internal static void InstallFastCalls(PyRuntime rt)
    {
        var be = rt.ExceptionTypes["BaseException"];
        var init = be.Dict.GetStr(rt.Intern("__init__"));
        var newFn = be.Dict.GetStr(rt.Intern("__new__"));
        foreach (var t in rt.ExceptionTypes.Values)
        {
            if (t.New != be.New || t.Lookup(rt.Intern("__init__")) != init || t.Lookup(rt.Intern("__new__")) != newFn) continue;
            var type = t;
            t.FastCall = (ts2, a, kw) => kw is not null ? null
                : a.Length == 0 ? ts2.Rt.NewException(type, ts2.Rt.EmptyTuple)
                : ExceptionLinks<TSync>.New(ts2, type, a.ToArray());
        }
    }

    private static void AttrDefaults(PyThreadState ts, string type, params string[] names)
    {
        var rt = ts.Rt;
        var t = rt.ExceptionTypes[type];
        foreach (var n in names)
        {
            var key = n;
            Def.Getter(rt, t, n, (ts2, o) => ((PyBaseException)o).Dict?.GetStr(ts2.Rt.Intern(key)) ?? ts2.Rt.None,
                (ts2, o, v) =>
                {
                    var e = (PyBaseException)o;
                    var ed = Ops<TSync>.GetOrCreateDict(ts2, e, e);
                    if (v == null) DictOps<TSync>.Delete(ts2, ed, ts2.Rt.Intern(key));
                    else DictOps<TSync>.SetItem(ts2, ed, ts2.Rt.Intern(key), v);
                });
        }
    }

    /// <summary>A SyntaxError object from the front-end's exception.</summary>
    public static PyBaseException FromSyntaxError(PyThreadState ts, Vm.Text.SyntaxErrorException se)
    {
        var rt = ts.Rt;
        var type = rt.ExceptionTypes.TryGetValue(se.Kind, out var t) ? t : rt.ExceptionTypes["SyntaxError"];
        if (se.IsResourceError) return rt.NewException(type, rt.NewTupleImmortalItems([rt.NewStr(se.Msg)]));
        var text = se.SourceLine != null ? rt.NewStr(se.SourceLine + "\n") : (PyObject)rt.None;
        var info = Ops<TSync>.NewTuple(ts, [rt.NewStr(se.FileName), rt.NewInt(se.Line), rt.NewInt(se.Offset), text,
            rt.NewInt(se.EndLine), rt.NewInt(se.EndOffset)]);
        var e = ExceptionLinks<TSync>.New(ts, type, [rt.NewStr(se.Msg), info]);
        var ed = Ops<TSync>.GetOrCreateDict(ts, e, e);
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("msg"), rt.NewStr(se.Msg));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("filename"), rt.NewStr(se.FileName));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("lineno"), rt.NewInt(se.Line));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("offset"), rt.NewInt(se.Offset));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("text"), text);
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("end_lineno"), rt.NewInt(se.EndLine));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("end_offset"), rt.NewInt(se.EndOffset));
        return e;
    }
}
