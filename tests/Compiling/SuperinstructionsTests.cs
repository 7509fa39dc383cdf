// Bytecode/Superinstructions.cs: which instructions of a compiled unit the executable copy fuses,
// and that nothing else changes (indexes, arguments, the compiled unit itself).
using Vm.Bytecode;
using Xunit;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

public sealed class SuperinstructionsTests
{
    private static (int[] Original, int[] Fused) FuseFunction(string source, string name)
    {
        var unit = Find(Compile(source), name);
        var before = (int[])unit.Code.Clone();
        var fused = Superinstructions.Apply(unit.Code);
        Assert.Equal(before, unit.Code); // the compiled unit is never rewritten
        return (before, fused);
    }

    private static List<Opcode> Ops(int[] code) => code.Select(Instr.Op).ToList();

    [Fact]
    public void LocalOpLocalIntoLocalIsOneInstruction()
    {
        var (orig, fused) = FuseFunction("def f(a, b):\n    c = a - b\n    return c\n", "f");
        Assert.Equal([Opcode.LOAD_FAST, Opcode.LOAD_FAST, Opcode.BINARY_OP, Opcode.STORE_FAST], Ops(orig).Take(4));
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP_STORE, Instr.Op(fused[0]));
        // the second instruction starts the shorter pattern `LOAD_FAST b; BINARY_OP`
        Assert.Equal(Opcode.LOAD_FAST_BINARY_OP, Instr.Op(fused[1]));
        for (int i = 0; i < orig.Length; i++) Assert.Equal(Instr.Arg(orig[i]), Instr.Arg(fused[i]));
        Assert.Equal(Opcode.STORE_FAST_LOAD_FAST, Instr.Op(fused[3])); // `c = ...` then `return c`: a local pair
        for (int i = 2; i < orig.Length; i++) if (i != 3) Assert.Equal(orig[i], fused[i]);
    }

    [Fact]
    public void ConstantOperandsAndComparisonsBranching()
    {
        var (orig, fused) = FuseFunction("def f(k):\n    if k < 2:\n        return k\n    return k - 1\n", "f");
        Assert.Equal(Opcode.LOAD_FAST_LOAD_CONST_COMPARE_JUMP, Instr.Op(fused[0]));
        Assert.Equal(orig.Length, fused.Length);
        int sub = Ops(orig).IndexOf(Opcode.BINARY_OP);
        Assert.Equal(Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP, Instr.Op(fused[sub - 2]));
        Assert.Equal(Opcode.LOAD_CONST_BINARY_OP, Instr.Op(fused[sub - 1]));
        Assert.Equal(orig[sub], fused[sub]);
    }

    [Fact]
    public void StackOperandWithConstant()
    {
        var (orig, fused) = FuseFunction("def f(a, b):\n    return (a + b) * 2\n", "f");
        int mul = Ops(orig).LastIndexOf(Opcode.BINARY_OP);
        Assert.Equal(Opcode.LOAD_CONST, Instr.Op(orig[mul - 1]));
        Assert.Equal(Opcode.LOAD_CONST_BINARY_OP, Instr.Op(fused[mul - 1]));
    }

    [Fact]
    public void ForLoopIntoLocalFusesTheIteration()
    {
        var (orig, fused) = FuseFunction("def f(xs):\n    t = 0\n    for x in xs:\n        t = t + x\n    for a, b in xs:\n        pass\n    return t\n", "f");
        var ops = Ops(orig);
        int first = ops.IndexOf(Opcode.FOR_ITER), second = ops.LastIndexOf(Opcode.FOR_ITER);
        Assert.Equal(Opcode.STORE_FAST, ops[first + 1]);
        Assert.Equal(Opcode.FOR_ITER_STORE_FAST, Instr.Op(fused[first]));
        Assert.Equal(Instr.Arg(orig[first]), Instr.Arg(fused[first])); // the loop's exit target
        Assert.Equal(orig[first + 1], fused[first + 1]);                // the STORE_FAST stays for the other iterators
        Assert.Equal(Opcode.UNPACK_SEQUENCE, ops[second + 1]);
        Assert.Equal(orig[second], fused[second]);                      // `for a, b`: not fused
    }

    [Fact]
    public void CodeWithoutPatternsIsNotCopied()
    {
        var unit = Find(Compile("def f(a):\n    return g(a)\n"), "f");
        Assert.Same(unit.Code, Superinstructions.Apply(unit.Code));
    }

    [Fact]
    public void ComparisonWithoutBranchIsNotFused()
    {
        // only the two loads are one instruction; the COMPARE_OP and what follows stay as compiled
        var (orig, fused) = FuseFunction("def f(a, b):\n    return a < b\n", "f");
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST, Instr.Op(fused[0]));
        Assert.Equal(orig.Skip(1), fused.Skip(1));
    }

    [Fact]
    public void LocalMovesArePairs()
    {
        var (orig, fused) = FuseFunction("def f(a, b):\n    c = a\n    a = b\n    b = c\n    x, y = a, b\n    return g(x, y)\n", "f");
        var ops = Ops(orig);
        Assert.Equal([Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.LOAD_FAST, Opcode.STORE_FAST], ops.Take(6));
        Assert.Equal(Opcode.LOAD_FAST, Instr.Op(fused[0]));
        Assert.Equal(Opcode.STORE_FAST_LOAD_FAST, Instr.Op(fused[1]));
        Assert.Equal(Opcode.STORE_FAST_LOAD_FAST, Instr.Op(fused[3]));
        int pairStore = ops.IndexOf(Opcode.STORE_FAST, 6);
        Assert.Equal(Opcode.STORE_FAST, ops[pairStore + 1]);
        Assert.Equal(Opcode.STORE_FAST_STORE_FAST, Instr.Op(fused[pairStore]));
        int call = ops.IndexOf(Opcode.CALL);
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST, Instr.Op(fused[call - 2]));
        for (int i = 0; i < orig.Length; i++) Assert.Equal(Instr.Arg(orig[i]), Instr.Arg(fused[i]));
    }

    [Fact]
    public void PairsNeverHideALongerPattern()
    {
        // `c = a` then `c + b`: STORE_FAST c; LOAD_FAST c; LOAD_FAST b; BINARY_OP keeps the fused BINARY_OP
        var (orig, fused) = FuseFunction("def f(a, b):\n    c = a\n    return c + b\n", "f");
        int add = Ops(orig).IndexOf(Opcode.BINARY_OP);
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP, Instr.Op(fused[add - 2]));
        Assert.Equal(Opcode.STORE_FAST, Instr.Op(fused[add - 3])); // not STORE_FAST_LOAD_FAST over it
    }

    [Fact]
    public void SubscriptUpdateReadAndWriteAreOneInstructionEach()
    {
        // `v[0] -= x` and `v[i] += x`: the read's four instructions and the write's two each fuse at their first
        var (orig, fused) = FuseFunction("def f(v, i, x):\n    v[0] -= x\n    v[i] += x\n", "f");
        var ops = Ops(orig);
        int first = ops.IndexOf(Opcode.DUP_TOP_TWO) - 2, second = ops.LastIndexOf(Opcode.DUP_TOP_TWO) - 2;
        Assert.Equal([Opcode.LOAD_FAST, Opcode.LOAD_CONST, Opcode.DUP_TOP_TWO, Opcode.BINARY_SUBSCR], ops.Skip(first).Take(4));
        Assert.Equal(Opcode.LOAD_FAST_LOAD_CONST_DUP_SUBSCR, Instr.Op(fused[first]));
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST_DUP_SUBSCR, Instr.Op(fused[second]));
        int rot = ops.IndexOf(Opcode.ROT_THREE);
        Assert.Equal(Opcode.STORE_SUBSCR, ops[rot + 1]);
        Assert.Equal(Opcode.ROT_THREE_STORE_SUBSCR, Instr.Op(fused[rot]));
        Assert.Equal(Opcode.ROT_THREE_STORE_SUBSCR, Instr.Op(fused[ops.LastIndexOf(Opcode.ROT_THREE)]));
        for (int i = 0; i < orig.Length; i++) Assert.Equal(Instr.Arg(orig[i]), Instr.Arg(fused[i]));
        foreach (int at in new[] { first + 1, first + 2, first + 3, second + 1, second + 2, second + 3, rot + 1 })
            Assert.Equal(orig[at], fused[at]); // the pattern's other instructions stay for a jump into the middle
    }

    [Fact]
    public void SubscriptOfALocalIsOneInstruction()
    {
        // `v[0]` and `v[i]`: LOAD_FAST v; LOAD_CONST 0 | LOAD_FAST i; BINARY_SUBSCR fuse at the LOAD_FAST
        var (orig, fused) = FuseFunction("def f(v, i):\n    return v[0] + v[i]\n", "f");
        var ops = Ops(orig);
        int first = ops.IndexOf(Opcode.BINARY_SUBSCR) - 2, second = ops.LastIndexOf(Opcode.BINARY_SUBSCR) - 2;
        Assert.Equal([Opcode.LOAD_FAST, Opcode.LOAD_CONST], ops.Skip(first).Take(2));
        Assert.Equal([Opcode.LOAD_FAST, Opcode.LOAD_FAST], ops.Skip(second).Take(2));
        Assert.Equal(Opcode.LOAD_FAST_LOAD_CONST_SUBSCR, Instr.Op(fused[first]));
        Assert.Equal(Opcode.LOAD_FAST_LOAD_FAST_SUBSCR, Instr.Op(fused[second]));
        for (int i = 0; i < orig.Length; i++)
        {
            Assert.Equal(Instr.Arg(orig[i]), Instr.Arg(fused[i]));
            if (i != first && i != second) Assert.Equal(orig[i], fused[i]);
        }
    }

    [Fact]
    public void FusedOpcodesNeverReachTheCompiledUnit()
    {
        var module = Compile("def f(a, b):\n    x = a * b + 1\n    while x > 0:\n        x -= b\n    return x\n");
        foreach (var unit in All(module))
        foreach (var word in unit.Code)
            Assert.True(Instr.Op(word) < Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP, $"{Instr.Op(word)} in {unit.Name}");
    }
}
