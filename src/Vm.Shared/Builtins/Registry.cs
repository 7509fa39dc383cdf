// The one list of installers: builtin-type method tables, builtin functions and native modules.
// Each installer lives in its own file under Builtins/ or Modules/.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class Registry<TSync> where TSync : struct, ISyncPolicy
{
    public static void InstallTypes(PyThreadState ts)
    {
        NumberTypes<TSync>.Install(ts);
        StrType<TSync>.Install(ts);
        BytesTypes<TSync>.Install(ts);
        ContainerTypes<TSync>.Install(ts);
        BuiltinMethodIntrinsics.Mark(ts.Rt); // after the tables it marks
    }

    public static void InstallBuiltins(PyThreadState ts, PyDict builtins)
    {
        BuiltinFunctions<TSync>.Install(ts, builtins);
    }

    public static void RegisterModules(PyRuntime rt)
    {
        Vm.Modules.StdlibModules<TSync>.Register(rt);
    }
}
