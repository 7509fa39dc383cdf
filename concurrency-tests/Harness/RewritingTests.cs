// COYOTE.md: without binary rewriting Coyote explores nothing and fails nothing, so a broken
// rewrite step would let every scenario "pass". This guard fails fast if any assembly under test
// in the output folder was not rewritten (the rewriter stamps RewritingSignatureAttribute).
using System.Reflection;
using Xunit;

namespace Vm.ConcurrencyTests.Harness;

public sealed class RewritingTests
{
    [Theory]
    [InlineData("Vm.Shared")]
    [InlineData("Vm.Gil")]
    [InlineData("Vm.FreeThreaded")]
    [InlineData("Vm.ConcurrencyTests")]
    public void AssemblyUnderTestIsRewrittenByCoyote(string name)
    {
        var asm = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name)
                  ?? Assembly.Load(name);
        bool rewritten = asm.GetCustomAttributes().Any(a => a.GetType().Name == "RewritingSignatureAttribute");
        Assert.True(rewritten, $"{name}.dll in {AppContext.BaseDirectory} was not rewritten by `coyote rewrite`: Coyote would explore nothing");
    }
}
