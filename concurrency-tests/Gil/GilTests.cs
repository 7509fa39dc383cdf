// Scenario 1 on the production GIL: Coyote must find nothing.
using Microsoft.Coyote;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.Gil;

public sealed class GilTests(ITestOutputHelper output)
{
    private static IGilModel Real(MiniRuntime rt) => new RealGil(rt.Gil);

    /// <summary>Liveness scenarios: a livelock hits the step bound, which is a bug.</summary>
    internal static Configuration Liveness(Configuration c) =>
        c.WithMaxSchedulingSteps(3000).WithFailureOnMaxStepsBoundEnabled(true);

    [Fact]
    public void Gil_MutualExclusion() =>
        CoyoteRun.AssertNoBug(output, nameof(Gil_MutualExclusion), 150, () => GilScenarios.MutualExclusion(Real),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Gil_DropRequestHonoured_ForcedSwitching_Liveness() =>
        CoyoteRun.AssertNoBug(output, nameof(Gil_DropRequestHonoured_ForcedSwitching_Liveness), 300,
            () => GilScenarios.DropRequestHonoured(Real), Liveness);

    [Fact]
    public void Gil_SwitchIntervalChangedWhileWaiting() =>
        CoyoteRun.AssertNoBug(output, nameof(Gil_SwitchIntervalChangedWhileWaiting), 300,
            () => GilScenarios.SwitchIntervalChangedWhileWaiting(Real), Liveness);

    [Fact]
    public void Gil_BlockingOperationsReleaseTheGil() =>
        CoyoteRun.AssertNoBug(output, nameof(Gil_BlockingOperationsReleaseTheGil), 300,
            () => GilScenarios.BlockingReleasesGil(Real), c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
