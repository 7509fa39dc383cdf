// Owner-section revocation against an owner in host code, on the production HostCode: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class HostCodeTests(ITestOutputHelper output)
{
    [Fact]
    public void HostCode_OwnerWaitingInAHostFunctionForTwoRevokers() =>
        CoyoteRun.AssertNoBug(output, nameof(HostCode_OwnerWaitingInAHostFunctionForTwoRevokers), 300,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new RealHostCode(), others: 2),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void HostCode_OwnerWaitingInAHostFunctionForOneRevoker() =>
        CoyoteRun.AssertNoBug(output, nameof(HostCode_OwnerWaitingInAHostFunctionForOneRevoker), 300,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new RealHostCode(), others: 1),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
