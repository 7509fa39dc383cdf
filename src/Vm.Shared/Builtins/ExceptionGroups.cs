// BaseExceptionGroup and ExceptionGroup (PEP 654): the construction rules of CPython 3.13's
// BaseExceptionGroup_new, message / exceptions, str, derive, split and subgroup; and the two
// operations the eval loop uses for except* (CHECK_EG_MATCH: CPython's _PyEval_ExceptionGroupMatch;
// PREP_RERAISE_STAR: _PyExc_PrepReraiseStar), so a try/except* re-raises what no clause handled in
// the original group's shape, plus whatever the clauses raised.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class ExceptionGroups<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
        var rt = ts.Rt;
        var beg = rt.ExceptionTypes["BaseExceptionGroup"];
        var eg = rt.ExceptionTypes["ExceptionGroup"];
        beg.New = New;
        eg.New = New;
        Def.Method(rt, beg, "__init__", (ts2, a, kw) =>
        {
            var self = (PyBaseException)a[0];
            if (kw != null && kw.Count > 0) throw ts2.Rt.TypeError($"{self.Type.Name}() takes no keyword arguments");
            ExceptionLinks<TSync>.SetArgs(ts2, self, Ops<TSync>.NewTuple(ts2, a.Slice(1).ToArray()));
            return ts2.Rt.None;
        });
        Def.Getter(rt, beg, "message", (ts2, o) => (o as PyExceptionGroup)?.Message ?? ts2.Rt.EmptyStr);
        Def.Getter(rt, beg, "exceptions", (ts2, o) => (o as PyExceptionGroup)?.Exceptions ?? ts2.Rt.EmptyTuple);
        Def.Method(rt, beg, "__str__", (ts2, a, kw) =>
        {
            var self = (PyExceptionGroup)a[0];
            int n = self.ExceptionTuple.Count;
            return ts2.Rt.NewStr($"{Ops<TSync>.StrValue(ts2, self.Message!)} ({n} sub-exception{(n > 1 ? "s" : "")})");
        });
        Def.Method(rt, beg, "derive", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "derive", kw);
            Args.Count(ts2, "derive", a.Length - 1, 1, 1);
            var self = (PyExceptionGroup)a[0];
            return Ops<TSync>.Call(ts2, ts2.Rt.ExceptionTypes["BaseExceptionGroup"], [self.Message!, a[1]]);
        });
        Def.Method(rt, beg, "split", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "split", kw);
            Args.Count(ts2, "split", a.Length - 1, 1, 1);
            var matcher = Matcher.For(ts2, a[1]);
            var (match, rest) = Split(ts2, (PyBaseException)a[0], matcher, constructRest: true);
            return Ops<TSync>.NewTuple(ts2, [(PyObject?)match ?? ts2.Rt.None, (PyObject?)rest ?? ts2.Rt.None]);
        });
        Def.Method(rt, beg, "subgroup", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "subgroup", kw);
            Args.Count(ts2, "subgroup", a.Length - 1, 1, 1);
            var matcher = Matcher.For(ts2, a[1]);
            return Split(ts2, (PyBaseException)a[0], matcher, constructRest: false).Match as PyObject ?? ts2.Rt.None;
        });
    }

    /// <summary>BaseExceptionGroup.__new__(cls, message, exceptions): checks the arguments and picks
    /// ExceptionGroup when every sub-exception is an Exception and cls is BaseExceptionGroup.</summary>
    private static PyObject New(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        var pos = args.Slice(0, args.Length - (kw?.Count ?? 0));
        if (pos.Length != 2)
            throw rt.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({pos.Length} given)");
        if (pos[0] is not PyStr)
            throw rt.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {pos[0].Type.Name}");
        if (!IsSequence(ts, pos[1])) throw rt.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops<TSync>.ToArray(ts, pos[1]);
        if (items.Length == 0) throw rt.ValueError("second argument (exceptions) must be a non-empty sequence");
        var exception = rt.ExceptionTypes["Exception"];
        bool nestedBase = false;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException)
                throw rt.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!items[i].Type.IsSubtypeOf(exception)) nestedBase = true;
        }
        var eg = rt.ExceptionTypes["ExceptionGroup"];
        if (cls == eg)
        {
            if (nestedBase) throw rt.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (cls == rt.ExceptionTypes["BaseExceptionGroup"])
        {
            if (!nestedBase) cls = eg;
        }
        else if (nestedBase && cls.IsSubtypeOf(exception))
            throw rt.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        var self = new PyExceptionGroup(cls, ts.Rt.EmptyTuple);
        ExceptionLinks<TSync>.SetArgs(ts, self, Ops<TSync>.NewTuple(ts, pos.ToArray()));
        Ops<TSync>.Store(ts, ref self.Message, pos[0]);
        Ops<TSync>.Store(ts, ref self.Exceptions, Ops<TSync>.NewTuple(ts, items));
        return self;
    }

    /// <summary>PySequence_Check: a type with __getitem__ that is not a dict.</summary>
    private static bool IsSequence(PyThreadState ts, PyObject o) =>
        o is PyTuple or PyList || (o is not PyDict && o.Type.Lookup(ts.Rt.Intern("__getitem__")) != null);

    /// <summary>What split/subgroup (and except*) test each exception with.</summary>
    private readonly struct Matcher
    {
        private readonly PyObject? _types;       // a class or a tuple of classes
        private readonly PyObject? _predicate;   // a callable
        private readonly HashSet<PyObject>? _ids; // leaves kept by identity (PREP_RERAISE_STAR)

        private Matcher(PyObject? types, PyObject? predicate, HashSet<PyObject>? ids)
        {
            _types = types;
            _predicate = predicate;
            _ids = ids;
        }

        public static Matcher ByType(PyObject types) => new(types, null, null);

        public static Matcher ByIds(HashSet<PyObject> ids) => new(null, null, ids);

        public static Matcher For(PyThreadState ts, PyObject value)
        {
            if (value is not PyType && Ops<TSync>.IsCallable(ts, value)) return new(null, value, null);
            if (IsExceptionClass(ts, value)) return ByType(value);
            if (value is PyTuple t && t.Items.All(x => IsExceptionClass(ts, x))) return ByType(value);
            throw ts.Rt.TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
        }

        public bool Matches(PyThreadState ts, PyBaseException e)
        {
            if (_ids != null) return _ids.Contains(e);
            if (_predicate != null) return Ops<TSync>.IsTrue(ts, Ops<TSync>.Call(ts, _predicate, e));
            return Interpreter<TSync>.ExceptionMatches(ts, e, _types!);
        }
    }

    private static bool IsExceptionClass(PyThreadState ts, PyObject o) =>
        o is PyType t && t.IsSubtypeOf(ts.Rt.ExceptionTypes["BaseException"]);

    /// <summary>CPython's exceptiongroup_split_recursive: the matching part and (when asked) the rest,
    /// each a group derived from its original with the original's metadata, or null.</summary>
    private static (PyBaseException? Match, PyBaseException? Remainder) Split(PyThreadState ts, PyBaseException exc, Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(ts, exc)) return (exc, null);
        if (exc is not PyExceptionGroup group) return (null, constructRest ? exc : null);
        var matches = new List<PyObject>();
        var rests = new List<PyObject>();
        foreach (var sub in group.ExceptionTuple.Items)
        {
            var (m, r) = Split(ts, (PyBaseException)sub, matcher, constructRest);
            if (m != null) matches.Add(m);
            if (r != null) rests.Add(r);
        }
        var match = matches.Count > 0 ? Subset(ts, group, matches) : null;
        var rest = constructRest && rests.Count > 0 ? Subset(ts, group, rests) : null;
        return (match, rest);
    }

    /// <summary>orig.derive(excs) with orig's traceback, cause, context and a copy of its notes.</summary>
    private static PyBaseException Subset(PyThreadState ts, PyExceptionGroup orig, List<PyObject> excs)
    {
        var rt = ts.Rt;
        var derived = Ops<TSync>.CallMethod(ts, orig, "derive", [Ops<TSync>.NewList(ts, excs.ToArray())]);
        if (derived is not PyBaseException eg || !eg.Type.IsSubtypeOf(rt.ExceptionTypes["BaseExceptionGroup"]))
            throw rt.TypeError("derive must return an instance of BaseExceptionGroup");
        ExceptionLinks<TSync>.SetTraceback(ts, eg, orig.Traceback);
        ExceptionLinks<TSync>.SetContext(ts, eg, orig.Context);
        ExceptionLinks<TSync>.SetCause(ts, eg, orig.Cause);
        if (Ops<TSync>.TryGetAttr(ts, orig, rt.Intern("__notes__")) is { } notes)
        {
            var copy = IsSequence(ts, notes) ? Ops<TSync>.NewList(ts, Ops<TSync>.ToArray(ts, notes)) : notes;
            Ops<TSync>.SetAttr(ts, eg, rt.Intern("__notes__"), copy);
        }
        return eg;
    }

    // ------------------------------------------------------------------ except*

    /// <summary>The type of an except* clause: exception classes, never a group class.</summary>
    public static void CheckExceptStarType(PyThreadState ts, PyObject type)
    {
        var rt = ts.Rt;
        var items = type is PyTuple t ? t.Items : [type];
        foreach (var x in items)
            if (!IsExceptionClass(ts, x))
                throw rt.TypeError("catching classes that do not inherit from BaseException is not allowed");
        foreach (var x in items)
            if (((PyType)x).IsSubtypeOf(rt.ExceptionTypes["BaseExceptionGroup"]))
                throw rt.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>CHECK_EG_MATCH: splits exc by an except* clause's type. A naked exception that matches
    /// is wrapped in a new group (<paramref name="wrapped"/>: the caller gives it a traceback entry).</summary>
    public static (PyBaseException? Match, PyObject Remainder) Match(PyThreadState ts, PyObject exc, PyObject type, out bool wrapped)
    {
        var rt = ts.Rt;
        wrapped = false;
        CheckExceptStarType(ts, type);
        if (exc is not PyBaseException e) return (null, rt.None);
        if (Interpreter<TSync>.ExceptionMatches(ts, e, type))
        {
            if (e is PyExceptionGroup) return (e, rt.None);
            wrapped = true;
            var group = (PyBaseException)Ops<TSync>.Call(ts, rt.ExceptionTypes["BaseExceptionGroup"],
                [rt.EmptyStr, Ops<TSync>.NewTuple(ts, [e])]);
            return (group, rt.None);
        }
        if (e is not PyExceptionGroup) return (null, e);
        var (match, rest) = Split(ts, e, Matcher.ByType(type), constructRest: true);
        return (match, (PyObject?)rest ?? rt.None);
    }

    /// <summary>PREP_RERAISE_STAR: what a try/except* raises once its clauses ran: None when nothing
    /// is left; otherwise the unhandled and re-raised parts of <paramref name="orig"/> in its own
    /// shape, grouped with any exceptions the clauses raised.</summary>
    public static PyObject PrepReraiseStar(PyThreadState ts, PyObject orig, PyList excs)
    {
        var rt = ts.Rt;
        var items = excs.ToArray<TSync>(ts);
        if (items.Length == 0) return rt.None;
        if (orig is not PyExceptionGroup origGroup)
            return items[0];   // a naked exception: at most one clause ran, so at most one to raise
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        foreach (var x in items)
        {
            if (x is not PyBaseException e) continue;
            if (SameMetadata(ts, e, origGroup)) reraised.Add(e);
            else raised.Add(e);
        }
        var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised) CollectLeaves(e, leaves);
        var projection = Split(ts, origGroup, Matcher.ByIds(leaves), constructRest: false).Match;
        if (raised.Count == 0) return (PyObject?)projection ?? rt.None;
        if (projection != null) raised.Add(projection);
        if (raised.Count == 1) return raised[0];
        return Ops<TSync>.Call(ts, rt.ExceptionTypes["BaseExceptionGroup"], [rt.EmptyStr, Ops<TSync>.NewList(ts, raised.ToArray())]);
    }

    /// <summary>CPython's is_same_exception_metadata: a re-raise carries the original's links.</summary>
    private static bool SameMetadata(PyThreadState ts, PyBaseException a, PyBaseException b)
    {
        var key = ts.Rt.Intern("__notes__");
        return ReferenceEquals(a.Dict?.GetStr(key), b.Dict?.GetStr(key)) && ReferenceEquals(a.Traceback, b.Traceback)
            && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);
    }

    private static void CollectLeaves(PyBaseException e, HashSet<PyObject> leaves)
    {
        if (e is PyExceptionGroup g)
            foreach (var sub in g.ExceptionTuple.Items) CollectLeaves((PyBaseException)sub, leaves);
        else leaves.Add(e);
    }
}
