using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

internal static class ArgNames
{
    /// <summary>The type name Argument Clinic prints in "must be str, not X" (None is spelled "None").</summary>
    public static string Of(PyThreadState ts, PyObject o) => ReferenceEquals(o, ts.Rt.None) ? "None" : o.Type.Name;
}
