// Scenario 2 on the production biased reference counting: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class RefCountTests(ITestOutputHelper output)
{
    [Fact]
    public void BiasedRefCount_OwnerAndNonOwners_QueuedMergedOwnerExit() =>
        CoyoteRun.AssertNoBug(output, nameof(BiasedRefCount_OwnerAndNonOwners_QueuedMergedOwnerExit), 400,
            () => RefCountScenarios.OwnerAndNonOwners(new RealRefCounting()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void BiasedRefCount_ImmortalsNeverDeallocated() =>
        CoyoteRun.AssertNoBug(output, nameof(BiasedRefCount_ImmortalsNeverDeallocated), 100,
            () => RefCountScenarios.Immortal(new RealRefCounting()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
