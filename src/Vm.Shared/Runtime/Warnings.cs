// Warnings issued by native code (the runtime's modules): through the Python warnings module, so
// filters, "once"/"default" registries, -W options and warnings.catch_warnings apply as for a
// warnings.warn call in Python, attributed to the first frame outside the frozen standard library
// (CPython's skip_file_prefixes=(the stdlib directory,)): the user's line that led to the warning.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Warnings<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>warnings.warn(message, category) on behalf of the innermost non-stdlib frame.</summary>
    public static void Warn(PyThreadState ts, string category, string message)
    {
        var rt = ts.Rt;
        int level = 1;
        for (var f = ts.Frame; f != null && f.Code.FileName.StartsWith("<frozen ", StringComparison.Ordinal); f = f.Back)
            level++;
        var warnings = Importer<TSync>.Import(ts, "warnings");
        var warn = Ops<TSync>.GetAttr(ts, warnings, "warn");
        Ops<TSync>.Call(ts, warn, [rt.NewStr(message), rt.GetExceptionType(category), rt.NewInt(level)], null);
    }
}
