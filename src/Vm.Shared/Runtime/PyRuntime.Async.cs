using Vm.Objects;

namespace Vm.Runtime;

/// <summary>The types of coroutines and async generators (Builtins/AsyncTypes.cs installs them).</summary>
public abstract partial class PyRuntime
{
    public PyType CoroutineType = null!, AsyncGeneratorType = null!, CoroutineWrapperType = null!,
        AsyncGenASendType = null!, AsyncGenAThrowType = null!, AsyncGenWrappedType = null!, AnextAwaitableType = null!,
        AsyncForIterType = null!;
}
