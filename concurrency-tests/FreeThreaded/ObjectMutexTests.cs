// The object-mutex scenario on the production ObjectMutex: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class ObjectMutexTests(ITestOutputHelper output)
{
    [Fact]
    public void ObjectMutex_SleepersOfTwoObjectsOnOneBucket_AreAllWoken() =>
        CoyoteRun.AssertNoBug(output, nameof(ObjectMutex_SleepersOfTwoObjectsOnOneBucket_AreAllWoken), 300,
            () => ObjectMutexScenarios.SleepersSharingABucket(new RealObjectMutex()));
}
