// Both sync structs implement every ISyncPolicy member themselves (src/Vm.Gil/GilSync.cs, "members
// ISyncPolicy gives a default body"). A call that resolves to an interface's default static body
// cannot be inlined by crossgen2, which then leaves the calling method (the eval loop among them)
// out of pyvm's composite ReadyToRun image for that backend only: the two backends would start in
// different JIT states (one precompiled, one at instrumented tier 0), and short runs would compare
// code generation rather than the backends.
using System.Reflection;
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class SyncPolicyImplementationTests
{
    public static TheoryData<Type> Policies => new() { typeof(GilSync), typeof(FreeThreadedSync) };

    [Theory]
    [MemberData(nameof(Policies))]
    public void EveryInterfaceMemberIsImplementedByTheStruct(Type policy)
    {
        var map = policy.GetInterfaceMap(typeof(ISyncPolicy));
        var inherited = new List<string>();
        for (int i = 0; i < map.InterfaceMethods.Length; i++)
        {
            MethodInfo target = map.TargetMethods[i];
            if (target.DeclaringType != policy) inherited.Add(map.InterfaceMethods[i].Name);
        }
        Assert.True(inherited.Count == 0, $"{policy.Name} uses ISyncPolicy's default body for: {string.Join(", ", inherited)}");
    }

    [Fact]
    public void TheInterfaceHasDefaultBodies_SoTheCheckAboveCanFail()
    {
        // If ISyncPolicy had no default bodies the theory above would pass vacuously; it has some.
        Assert.Contains(typeof(ISyncPolicy).GetMethods(BindingFlags.Public | BindingFlags.Static),
            m => !m.IsAbstract && m.IsVirtual);
    }
}
