// PyThreadState.HasStackRoom (Interpreter.Run's .NET stack check) answers what
// RuntimeHelpers.TryEnsureSufficientExecutionStack answers, at every depth, on the way down (the
// runtime is asked), on the way back up (the remembered lowest checked address answers) and on
// another thread using the same thread state (it starts over).
using System.Runtime.CompilerServices;
using Vm.Runtime;
using Vm.Tests.Gil;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class StackRoomTests
{
    [Fact]
    public void HasStackRoomMatchesTheRuntimesCheckAtEveryDepth()
    {
        var rt = TestRuntime.WithGil();
        var ts = rt.NewThreadState();
        int mismatches = -1, deepest = 0;
        var t = new Thread(() => mismatches = Descend(ts, 0, ref deepest), 256 * 1024);
        t.Start();
        t.Join();
        Assert.Equal(0, mismatches);
        Assert.True(deepest > 10, $"the small stack ran out after {deepest} levels only");

        // The same thread state on another thread: its first answers come from the runtime again.
        int again = -1, deepest2 = 0;
        var t2 = new Thread(() => again = Descend(ts, 0, ref deepest2), 256 * 1024);
        t2.Start();
        t2.Join();
        Assert.Equal(0, again);
    }

    /// <summary>Recurses until the stack is low (each level ~1 KB), comparing both answers at each
    /// level going down and again coming back up; returns the number of disagreements.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Descend(PyThreadState ts, int depth, ref int deepest)
    {
        Span<byte> pad = stackalloc byte[1024];
        pad[depth % 1024] = 1;
        deepest = Math.Max(deepest, depth);
        bool expected = RuntimeHelpers.TryEnsureSufficientExecutionStack();
        int bad = ts.HasStackRoom() == expected ? 0 : 1;
        if (expected && depth < 100_000) bad += Descend(ts, depth + 1, ref deepest) + pad[depth % 1024] - 1;
        bad += ts.HasStackRoom() == RuntimeHelpers.TryEnsureSufficientExecutionStack() ? 0 : 1;
        return bad;
    }
}
