// The eval loop keeps its loop-carried locals (frame, instruction and stack pointers, the
// instruction array, ...) in registers only while it has no try region. Since .NET 10 the JIT
// inlines methods that contain try/finally, and a try region inlined anywhere into Eval makes
// every local live across it "live in or out of a handler": the JIT then keeps them on the stack
// for the whole method. Measured (DOTNET_JitDisasm="Eval", Tier1): Interpreter<FreeThreadedSync>
// had inlined InstanceDictOps.SetAttr (a try/finally around the instance's leaf critical section)
// at STORE_ATTR for oop and richards, and reloaded ip, f, instrs and slots from the frame at every
// instruction; the GIL copy, whose empty finally the JIT removes, kept them in registers.
//
// This walks Eval's IL for each policy the way the inliner can: through every direct callee that
// is not [NoInlining] and small enough to be inlined (AggressiveInlining, or IL no larger than the
// JIT's ordinary limit), at most three calls deep, and fails on any such callee with an exception
// handling clause. Such a method must be [MethodImpl(NoInlining)] (or its locked half moved into a
// NoInlining helper). Virtual calls are not followed (the JIT inlines them only after guarded
// devirtualisation, which this cannot predict).
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class EvalLoopInliningTests
{
    // ExtendedDefaultPolicy's IL size limit without profile data (JitExtDefaultPolicyMaxIL). Hot
    // call sites may inline bigger methods; those seen inlined into Eval were all smaller.
    private const int MaxInlineIlSize = 128;
    private const int MaxDepth = 3;

    /// <summary>Each sync policy with each of the loop's instantiations (Runtime/Tracing/TraceModes.cs).</summary>
    public static TheoryData<Type, Type> Policies => new()
    {
        { typeof(GilSync), typeof(NoTrace) }, { typeof(FreeThreadedSync), typeof(NoTrace) },
        { typeof(GilSync), typeof(Traced) }, { typeof(FreeThreadedSync), typeof(Traced) },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void NoMethodWithATryRegionCanBeInlinedIntoEval(Type policy, Type traceMode)
    {
        var found = TryRegionsInlinableInto(EvalOf(policy).MakeGenericMethod(traceMode), policy);
        Assert.True(found.Count == 0, "inlinable into Eval, with a try region:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheWalkFindsATryRegionBehindAnInlinableCall()
    {
        // A root that reaches WithTryRegion through an inlinable helper: the check above can fail.
        var root = typeof(EvalLoopInliningTests).GetMethod(nameof(CallsAHelperWithATryRegion), BindingFlags.NonPublic | BindingFlags.Static)!;
        var found = TryRegionsInlinableInto(root, typeof(FreeThreadedSync));
        Assert.Single(found);
        Assert.Contains(nameof(WithTryRegion), found[0]);
    }

    [Fact]
    public void TheWalkStopsAtNoInlining()
    {
        var root = typeof(EvalLoopInliningTests).GetMethod(nameof(CallsANoInliningHelperWithATryRegion), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Empty(TryRegionsInlinableInto(root, typeof(FreeThreadedSync)));
    }

    private static int s_counter;

    private static void CallsAHelperWithATryRegion() => Helper();

    private static void Helper() => WithTryRegion();

    private static void WithTryRegion()
    {
        try { s_counter++; }
        finally { s_counter--; }
    }

    private static void CallsANoInliningHelperWithATryRegion() => NoInliningWithTryRegion();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NoInliningWithTryRegion()
    {
        try { s_counter++; }
        finally { s_counter--; }
    }

    private static MethodInfo EvalOf(Type policy) =>
        typeof(Interpreter<>).MakeGenericType(policy).GetMethod("Eval", BindingFlags.NonPublic | BindingFlags.Static)
        ?? throw new InvalidOperationException("Interpreter<TSync>.Eval not found");

    /// <summary>Each inlinable callee (transitively) with an exception handling clause, as "caller -> callee".</summary>
    private static List<string> TryRegionsInlinableInto(MethodBase root, Type policy)
    {
        var found = new List<string>();
        var seen = new HashSet<MethodBase> { root };
        var queue = new Queue<(MethodBase Method, int Depth, string Path)>();
        queue.Enqueue((root, 0, Name(root)));
        while (queue.Count > 0)
        {
            var (m, depth, path) = queue.Dequeue();
            foreach (var callee in DirectCallees(m, policy))
            {
                if (!seen.Add(callee) || !Inlinable(callee, out var body)) continue;
                var calleePath = path + " -> " + Name(callee);
                if (body.ExceptionHandlingClauses.Count > 0) found.Add($"{calleePath} (IL {body.GetILAsByteArray()!.Length} bytes)");
                else if (depth + 1 < MaxDepth) queue.Enqueue((callee, depth + 1, calleePath));
            }
        }
        return found;
    }

    private static bool Inlinable(MethodBase m, out MethodBody body)
    {
        body = null!;
        var flags = m.MethodImplementationFlags;
        if ((flags & MethodImplAttributes.NoInlining) != 0) return false;
        if (m.GetMethodBody() is not { } b) return false;
        body = b;
        int size = b.GetILAsByteArray()!.Length;
        return (flags & MethodImplAttributes.AggressiveInlining) != 0 || size <= MaxInlineIlSize;
    }

    private static string Name(MethodBase m) => $"{m.DeclaringType?.Name}.{m.Name}";

    private static readonly Dictionary<short, OpCode> s_opcodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The targets of m's call and newobj instructions (not callvirt of a virtual method);
    /// a constrained call of an ISyncPolicy member resolves to the policy's own method.</summary>
    private static IEnumerable<MethodBase> DirectCallees(MethodBase m, Type policy)
    {
        var il = m.GetMethodBody()?.GetILAsByteArray();
        if (il == null) yield break;
        var typeArgs = m.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = m.IsGenericMethod ? m.GetGenericArguments() : null;
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos] == 0xFE ? (short)(0xFE00 | il[pos + 1]) : il[pos];
            pos += il[pos] == 0xFE ? 2 : 1;
            var op = s_opcodes[value];
            int operandAt = pos;
            pos += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pos),
                _ => 4,
            };
            if (op != OpCodes.Call && op != OpCodes.Callvirt && op != OpCodes.Newobj) continue;
            MethodBase? callee;
            try
            {
                callee = m.Module.ResolveMethod(BitConverter.ToInt32(il, operandAt), typeArgs, methodArgs);
            }
            catch (ArgumentException)
            {
                continue; // a vararg or otherwise unresolvable signature: not an inlining candidate here
            }
            if (callee == null) continue;
            if (callee.DeclaringType == typeof(ISyncPolicy))
            {
                var map = policy.GetInterfaceMap(typeof(ISyncPolicy));
                int i = Array.IndexOf(map.InterfaceMethods, (MethodInfo)callee);
                if (i < 0) continue;
                callee = map.TargetMethods[i];
            }
            else if (op == OpCodes.Callvirt && callee.IsVirtual && !callee.IsFinal && callee.DeclaringType is { IsSealed: false })
                continue;
            yield return callee;
        }
    }
}
