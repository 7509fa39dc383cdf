using Vm.Bytecode;
using Xunit;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

public sealed class StackSizeTests
{
    private static int StackSizeOf(string source, string function = "f") => Find(Compile(source), function).StackSize;

    [Theory]
    [InlineData("def f():\n    return 1\n", 1)]
    [InlineData("def f(a, b):\n    return a + b\n", 2)]
    [InlineData("def f():\n    return g(1, 2, 3)\n", 4)]
    [InlineData("def f(a, b, c, d):\n    return a + (b + (c + d))\n", 4)]
    [InlineData("def f(a, b, c, d):\n    return a + b + c + d\n", 2)]
    [InlineData("def f(o):\n    return o.m(1, k=2)\n", 5)] // meth self 1 2 kwnames
    [InlineData("def f(a):\n    return [a, a, a]\n", 3)]
    [InlineData("def f():\n    return [1, 2, 3, 4]\n", 2)] // BUILD_LIST 0; LOAD_CONST (1, 2, 3, 4); LIST_EXTEND
    [InlineData("def f(a):\n    return 1 < a < 3\n", 3)] // a 1 a after DUP_TOP/ROT_THREE
    [InlineData("def f(a):\n    x, *y, z = a\n", 3)]
    // try/except: the handler starts with PREV and E; DUP_TOP + the type make 4.
    [InlineData("def f():\n    try:\n        pass\n    except E as e:\n        pass\n", 4)]
    // with: exit + enter result; in the handler exit PREV E + the exit's result.
    [InlineData("def f():\n    with a as b:\n        pass\n", 4)]
    // a for loop keeps the iterator: iterator + next value + ...
    [InlineData("def f(xs):\n    for x in xs:\n        g(x)\n", 3)]
    // return inside a for inside try/finally: iter, value, and the finally body inlined on top.
    [InlineData("def f(xs):\n    for x in xs:\n        try:\n            return x\n        finally:\n            g(1)\n", 5)]
    // inlined (PEP 709): saved x, list, iterator, item (CPython 3.13: 4 too)
    [InlineData("def f(xs):\n    return [x for x in xs]\n", 4)]
    public void KnownStackSizes(string source, int expected)
    {
        Assert.Equal(expected, StackSizeOf(source));
    }

    [Fact]
    public void ComprehensionBodyStackSize()
    {
        // Inlined into the module code (PEP 709), as in CPython 3.13:
        // saved x, list, iterator, value.
        Assert.Equal(4, Find(Compile("[x for x in y]\n"), "<module>").StackSize);
        // saved k and v, dict, iterator, key, value.
        Assert.Equal(6, Find(Compile("{k: v for k, v in y}\n"), "<module>").StackSize);
    }

    [Fact]
    public void NestedHandlersStack()
    {
        // Inside an except handler (PREV), a nested try's handler adds PREV2 and E2.
        var code = Find(Compile("def f():\n    try:\n        a()\n    except E:\n        try:\n            b()\n        except F:\n            pass\n"), "f");
        Assert.Equal(5, code.StackSize);
    }

    [Theory]
    [InlineData("def f(a, b):\n    with a as x, b as y:\n        for i in x:\n            try:\n                if i: break\n                continue\n            except E as e:\n                return [e, i, *y]\n            finally:\n                print(i, sep='')\n    return {1: a, **b}\n")]
    [InlineData("def g():\n    for i in range(3):\n        try:\n            continue\n        finally:\n            return i\n")]
    [InlineData("def h(x):\n    while x:\n        try:\n            x -= 1\n        except:\n            break\n        else:\n            continue\n        finally:\n            print(x)\n")]
    [InlineData("def k(x):\n    try:\n        try:\n            return x()\n        except A as a:\n            try:\n                return a\n            finally:\n                del a\n        except B:\n            raise\n    finally:\n        for y in x:\n            with y:\n                return y\n")]
    [InlineData("def m(x):\n    for a in x:\n        with a as b, b as c:\n            try:\n                break\n            except:\n                continue\n    else:\n        return 2\n")]
    [InlineData("def n(x):\n    try:\n        pass\n    finally:\n        try:\n            return 1\n        finally:\n            return 2\n")]
    [InlineData("def p(x):\n    while True:\n        try:\n            yield x\n        except GeneratorExit:\n            return\n        except E as e:\n            x = e\n")]
    public void VerifierAcceptsEveryPath(string source)
    {
        foreach (var code in All(Compile(source))) Assert.Empty(BytecodeVerifier.Verify(code));
    }

    [Fact]
    public void EveryCorpusProgramCompilesWithConsistentStackDepths()
    {
        // The assembler throws on an inconsistent depth at a join point or on an underflow.
        var dir = ProgramsDir();
        if (!Directory.Exists(dir)) return;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            Vm.Ast.Module module;
            try
            {
                module = Vm.Parsing.PythonParser.ParseModule(source, file);
            }
            catch (Vm.Text.SyntaxErrorException)
            {
                continue; // the parser's business
            }
            try
            {
                foreach (var code in All(Vm.Compiling.Compiler.CompileModule(module, file, source)))
                {
                    for (var i = 0; i < code.Code.Length; i++)
                        Assert.True(code.LineAt(i) > 0, $"{file}: {code.QualName}@{i} has no line number");
                    var problems = BytecodeVerifier.Verify(code);
                    Assert.True(problems.Count == 0, file + ": " + string.Join("; ", problems));
                }
            }
            catch (Vm.Text.SyntaxErrorException)
            {
                // some corpus programs test compile errors deliberately
            }
            count++;
        }
        Assert.True(count > 0);
    }
}
