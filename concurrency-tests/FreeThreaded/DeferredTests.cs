// Per-thread counting of class attributes under Coyote: it must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class DeferredTests(ITestOutputHelper output)
{
    [Fact]
    public void DeferredRefCount_UndeferWhileOthersCount_ExitFold_DeallocOnce() =>
        CoyoteRun.AssertNoBug(output, nameof(DeferredRefCount_UndeferWhileOthersCount_ExitFold_DeallocOnce), 300,
            DeferredScenarios.UndeferWhileOthersCount);
}
