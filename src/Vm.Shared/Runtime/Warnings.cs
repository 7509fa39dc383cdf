// Warnings issued by native code (the runtime's modules): through the Python warnings module, so
// filters, "once"/"default" registries, -W options and warnings.catch_warnings apply as for a
// warnings.warn call in Python, attributed to the first frame outside the frozen standard library
// (CPython's skip_file_prefixes=(the stdlib directory,)): the user's line that led to the warning.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Warnings<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>warnings.warn(message, category[, source=source]) on behalf of the innermost non-stdlib frame.</summary>
    public static void Warn(PyThreadState ts, string category, string message, PyObject? source = null)
    {
        var rt = ts.Rt;
        int level = 1;
        for (var f = ts.Frame; f != null && f.Code.FileName.StartsWith("<frozen ", StringComparison.Ordinal); f = f.Back)
            level++;
        var warnings = Importer<TSync>.Import(ts, "warnings");
        var warn = Ops<TSync>.GetAttr(ts, warnings, "warn");
        if (source == null) Ops<TSync>.Call(ts, warn, [rt.NewStr(message), rt.GetExceptionType(category), rt.NewInt(level)], null);
        else Ops<TSync>.Call(ts, warn, [rt.NewStr(message), rt.GetExceptionType(category), rt.NewInt(level), source], Ops<TSync>.NewTuple(ts, [rt.Intern("source")]));
    }

    /// <summary>
    /// The SyntaxWarnings of a compiled top-level unit, through warnings.warn_explicit at their file and
    /// line. One a filter turns into an error becomes a SyntaxError there, as CPython's compiler does.
    /// </summary>
    public static void IssueCompileWarnings(PyThreadState ts, Vm.Bytecode.CodeUnit unit)
    {
        if (unit.Warnings is not { Count: > 0 } list) return;
        var rt = ts.Rt;
        var category = rt.GetExceptionType("SyntaxWarning");
        var warnExplicit = Ops<TSync>.GetAttr(ts, Importer<TSync>.Import(ts, "warnings"), "warn_explicit");
        foreach (var w in list)
        {
            try
            {
                Ops<TSync>.Call(ts, warnExplicit, [rt.NewStr(w.Message), category, rt.NewStr(unit.FileName), rt.NewInt(w.Line)], null);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(category))
            {
                throw new Vm.Text.SyntaxErrorException("SyntaxError", w.Message, unit.FileName, w.Line, 0, rt.SourceLines.TryGetValue(unit.FileName, out var lines) && w.Line >= 1 && w.Line <= lines.Length ? lines[w.Line - 1] : null);
            }
        }
    }
}
