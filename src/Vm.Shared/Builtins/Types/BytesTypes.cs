using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
    }
}
