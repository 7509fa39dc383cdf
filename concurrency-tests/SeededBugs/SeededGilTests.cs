// Seeded bugs in a test-only copy of the GIL: Coyote must find each within the CI budget.
using Vm.ConcurrencyTests.Gil;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededGilTests(ITestOutputHelper output)
{
    private static Func<MiniRuntime, IGilModel> Copy(GilDefect d) => rt => new SeededGil(d, rt.WaitSeam);

    [Fact]
    public void SeededGilCopyWithoutDefect_PassesTheScenarios()
    {
        CoyoteRun.AssertNoBug(output, nameof(SeededGilCopyWithoutDefect_PassesTheScenarios), 50,
            () => GilScenarios.DropRequestHonoured(Copy(GilDefect.None)), GilTests.Liveness);
    }

    [Fact]
    public void SeededBug_GilWithoutForcedSwitching_Starves() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_GilWithoutForcedSwitching_Starves), 300,
            () => GilScenarios.DropRequestHonoured(Copy(GilDefect.NoForcedSwitching)), GilTests.Liveness,
            expectedInReport: "forced switching");

    [Fact]
    public void SeededBug_DropRequestIgnoredByTheEvalLoop_Livelocks() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_DropRequestIgnoredByTheEvalLoop_Livelocks), 300,
            () => GilScenarios.DropRequestHonoured(Copy(GilDefect.DropRequestIgnored)), GilTests.Liveness);
}
