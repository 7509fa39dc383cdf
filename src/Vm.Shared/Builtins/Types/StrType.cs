using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
    }
}
