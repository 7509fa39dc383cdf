// The Python modules shipped inside Vm.Shared.dll (Lib/*.py embedded resources).
using Vm.Modules;
using Xunit;

namespace Vm.Tests.Threading;

public sealed class ShippedModulesTests
{
    [Theory]
    [InlineData("threading")]
    [InlineData("queue")]
    public void ThreadingAndQueueAreShipped(string name)
    {
        var src = ShippedModules.GetSource(name);
        Assert.NotNull(src);
        Assert.Contains("__all__", src);
        Assert.Contains(name, ShippedModules.Names());
    }

    [Theory]
    [InlineData("no_such_module")]
    [InlineData("")]
    [InlineData("../threading")]
    [InlineData("threading.sub")]
    public void UnknownNamesHaveNoSource(string name) => Assert.Null(ShippedModules.GetSource(name));
}
