// The "Did you mean" trailer a printed traceback adds to NameError, AttributeError and ImportError (CPython 3.13's
// traceback.TracebackException and _compute_suggestion_error): which names are candidates for each kind of error.
// str(e) never has it; the printers (Tracebacks.cs and Lib/traceback.py through _suggestions) append it.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Suggestions<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>". Did you mean: 'x'?" (and NameError's "Did you forget to import 'm'?"), or null.
    /// tb is the traceback the printer shows (the exception's own unless given otherwise).</summary>
    public static string? Trailer(PyThreadState ts, PyBaseException e, PyObject? tb)
    {
        var rt = ts.Rt;
        bool nameOrAttr = e.Type.IsSubtypeOf(rt.ExceptionTypes["NameError"]) || e.Type.IsSubtypeOf(rt.ExceptionTypes["AttributeError"]);
        bool import = !nameOrAttr && e.Type.IsSubtypeOf(rt.ExceptionTypes["ImportError"]);
        if (!nameOrAttr && !import) return null;
        if (Attr(ts, e, import ? "name_from" : "name") is not PyStr wrong) return null;
        var suggestion = Compute(ts, e, tb as PyTraceback, wrong.Value);
        var text = suggestion != null ? $". Did you mean: '{suggestion}'?" : "";
        if (e.Type.IsSubtypeOf(rt.ExceptionTypes["NameError"]) && StdlibModuleNames.All.Contains(wrong.Value))
            text += suggestion != null ? $" Or did you forget to import '{wrong.Value}'?" : $". Did you forget to import '{wrong.Value}'?";
        return text.Length == 0 ? null : text;
    }

    private static PyObject? Attr(PyThreadState ts, PyBaseException e, string name) => e.Dict?.GetStr(ts.Rt.Intern(name));

    private static string? Compute(PyThreadState ts, PyBaseException e, PyTraceback? tb, string wrong)
    {
        var rt = ts.Rt;
        try
        {
            if (e.Type.IsSubtypeOf(rt.ExceptionTypes["AttributeError"]))
            {
                var obj = Attr(ts, e, "obj") ?? rt.None;
                var names = SortedStrings(ts, Ops<TSync>.Call(ts, rt.BuiltinsDict.GetStr(rt.Intern("dir"))!, obj));
                // Private names are offered for a private name, or inside a method of the object itself.
                bool hideUnderscored = !wrong.StartsWith('_');
                if (hideUnderscored && Innermost(tb)?.Frame is { } f && LocalsOf(ts, f).GetStr(rt.Intern("self")) is { } self && ReferenceEquals(self, obj))
                    hideUnderscored = false;
                if (hideUnderscored) names.RemoveAll(n => n.StartsWith('_'));
                return SuggestionDistance.Best(names, wrong);
            }
            if (e.Type.IsSubtypeOf(rt.ExceptionTypes["ImportError"]))
            {
                if (Attr(ts, e, "name") is not PyStr modName) return null;
                var mod = Ops<TSync>.Call(ts, rt.BuiltinsDict.GetStr(rt.Intern("__import__"))!, modName);
                var names = SortedStrings(ts, Ops<TSync>.Call(ts, rt.BuiltinsDict.GetStr(rt.Intern("dir"))!, mod));
                if (!wrong.StartsWith('_')) names.RemoveAll(n => n.StartsWith('_'));
                return SuggestionDistance.Best(names, wrong);
            }
            // NameError: the innermost frame's locals, globals and builtins, in that order.
            if (Innermost(tb)?.Frame is not { } frame) return null;
            var locals = LocalsOf(ts, frame);
            if (locals.GetStr(rt.Intern("self")) is { } me && Ops<TSync>.HasAttr(ts, me, rt.Intern(wrong)))
                return "self." + wrong;
            var candidates = new List<string>();
            foreach (var d in new[] { locals, frame.Globals, frame.Builtins })
                foreach (var kv in d.Snapshot())
                    if (kv.Key is PyStr s) candidates.Add(s.Value);
            return SuggestionDistance.Best(candidates, wrong);
        }
        catch (PyException x)
        {
            Ops<TSync>.DiscardException(ts, x);
            return null;
        }
    }

    private static PyTraceback? Innermost(PyTraceback? tb)
    {
        while (tb?.Next != null) tb = tb.Next;
        return tb;
    }

    private static PyDict LocalsOf(PyThreadState ts, Frame f) =>
        CoreBuiltins<TSync>.FrameLocals(ts, f) as PyDict ?? Ops<TSync>.NewDict(ts);

    private static List<string> SortedStrings(PyThreadState ts, PyObject seq)
    {
        var names = new List<string>();
        foreach (var o in Ops<TSync>.ToArray(ts, seq))
            if (o is PyStr s) names.Add(s.Value);
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
