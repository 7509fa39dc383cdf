using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BuiltinFunctions<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts, PyDict b)
    {
    }
}
