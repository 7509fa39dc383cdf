using Vm.Compiling;
using Xunit;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

public sealed class SymbolTableTests
{
    private static Scope Child(Scope s, string name) =>
        s.FindChild(name) ?? throw new Xunit.Sdk.XunitException($"no child scope {name} in {s.Name}");

    [Fact]
    public void ModuleNamesAreImplicitGlobalsOrLocal()
    {
        var st = Symbols("x = 1\nprint(x)\n");
        Assert.Equal(SymbolScope.Local, st.Top.GetScope("x"));
        Assert.Equal(SymbolScope.GlobalImplicit, st.Top.GetScope("print"));
        Assert.Equal(ScopeType.Module, st.Top.Type);
    }

    [Fact]
    public void FunctionLocalsParamsAndGlobals()
    {
        var st = Symbols("def f(a, *args, b=1, **kw):\n    c = a\n    return len(c)\n");
        var f = Child(st.Top, "f");
        Assert.Equal(ScopeType.Function, f.Type);
        Assert.Equal(["a", "b", "args", "kw"], f.ParamNames);
        foreach (var n in new[] { "a", "b", "args", "kw", "c" }) Assert.Equal(SymbolScope.Local, f.GetScope(n));
        Assert.Equal(SymbolScope.GlobalImplicit, f.GetScope("len"));
        Assert.True(f.HasVarArgs);
        Assert.True(f.HasVarKeywords);
        Assert.False(f.IsNested);
        Assert.Equal(SymbolScope.Local, st.Top.GetScope("f"));
    }

    [Fact]
    public void ExplicitGlobal()
    {
        var st = Symbols("def f():\n    global g\n    g = 1\n");
        var f = Child(st.Top, "f");
        Assert.Equal(SymbolScope.GlobalExplicit, f.GetScope("g"));
        Assert.True((f.GetFlags("g") & SymbolFlags.DefGlobal) != 0);
        // The module sees the declaration too (CPython records it in st_global).
        Assert.Equal(SymbolScope.GlobalExplicit, st.Top.GetScope("g"));
    }

    [Fact]
    public void FreeAndCellVariables()
    {
        var st = Symbols("def outer():\n    x = 1\n    y = 2\n    def inner():\n        return x\n    return inner\n");
        var outer = Child(st.Top, "outer");
        var inner = Child(outer, "inner");
        Assert.Equal(SymbolScope.Cell, outer.GetScope("x"));
        Assert.Equal(SymbolScope.Local, outer.GetScope("y"));
        Assert.Equal(SymbolScope.Free, inner.GetScope("x"));
        Assert.True(inner.IsNested);
        Assert.True(inner.HasFree);
        Assert.True(outer.ChildHasFree);
    }

    [Fact]
    public void NonlocalIsFreeInInnerAndCellInOuter()
    {
        var st = Symbols("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n");
        var outer = Child(st.Top, "outer");
        var inc = Child(outer, "inc");
        Assert.Equal(SymbolScope.Free, inc.GetScope("n"));
        Assert.True((inc.GetFlags("n") & SymbolFlags.DefNonlocal) != 0);
        Assert.Equal(SymbolScope.Cell, outer.GetScope("n"));
    }

    [Fact]
    public void FreeVariablePassesThroughIntermediateScope()
    {
        var st = Symbols("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        var a = Child(st.Top, "a");
        var b = Child(a, "b");
        var c = Child(b, "c");
        Assert.Equal(SymbolScope.Cell, a.GetScope("v"));
        Assert.Equal(SymbolScope.Free, b.GetScope("v")); // b passes v through to c
        Assert.Equal(SymbolScope.Free, c.GetScope("v"));
    }

    [Fact]
    public void ClassScopeIsSkippedForNestedFunctions()
    {
        var st = Symbols("x = 'g'\nclass C:\n    x = 'c'\n    def m(self):\n        return x\n");
        var c = Child(st.Top, "C");
        var m = Child(c, "m");
        Assert.Equal(ScopeType.Class, c.Type);
        Assert.Equal(SymbolScope.Local, c.GetScope("x"));
        Assert.Equal(SymbolScope.GlobalImplicit, m.GetScope("x"));
    }

    [Fact]
    public void ClassInFunctionSeesEnclosingFunctionVariablesAsFree()
    {
        var st = Symbols("def f():\n    y = 1\n    class C:\n        z = y\n        def m(self):\n            return y\n    return C\n");
        var f = Child(st.Top, "f");
        var c = Child(f, "C");
        var m = Child(c, "m");
        Assert.Equal(SymbolScope.Cell, f.GetScope("y"));
        Assert.Equal(SymbolScope.Free, c.GetScope("y"));
        Assert.Equal(SymbolScope.Free, m.GetScope("y"));
    }

    [Fact]
    public void ClassLocalThatIsAlsoFreeInAMethodIsMarkedDefFreeClass()
    {
        var st = Symbols("def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n    return C\n");
        var c = Child(Child(st.Top, "f"), "C");
        Assert.Equal(SymbolScope.Local, c.GetScope("y"));
        Assert.True((c.GetFlags("y") & SymbolFlags.DefFreeClass) != 0);
    }

    [Fact]
    public void SuperMakesImplicitClassCell()
    {
        var st = Symbols("class C(B):\n    def m(self):\n        return super().m()\n");
        var c = Child(st.Top, "C");
        var m = Child(c, "m");
        Assert.True(c.NeedsClassClosure);
        Assert.Equal(SymbolScope.Free, m.GetScope("__class__"));
        Assert.Equal(SymbolScope.GlobalImplicit, m.GetScope("super"));
    }

    [Fact]
    public void DunderClassReferenceMakesImplicitClassCell()
    {
        var st = Symbols("class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner\n");
        var c = Child(st.Top, "C");
        var m = Child(c, "m");
        Assert.True(c.NeedsClassClosure);
        Assert.Equal(SymbolScope.Free, m.GetScope("__class__"));
        Assert.Equal(SymbolScope.Free, Child(m, "inner").GetScope("__class__"));
    }

    [Fact]
    public void ClassWithoutSuperHasNoClassCell()
    {
        var st = Symbols("class C:\n    def m(self):\n        return 1\n");
        Assert.False(Child(st.Top, "C").NeedsClassClosure);
    }

    [Fact]
    public void ComprehensionIsAFunctionScopeWithDotZero()
    {
        var st = Symbols("def f(xs, k):\n    return [x * k for x in xs if x]\n");
        var f = Child(st.Top, "f");
        var comp = Child(f, "listcomp");
        Assert.Equal(ScopeType.Comprehension, comp.Type);
        Assert.Equal([".0"], comp.ParamNames);
        Assert.Equal(SymbolScope.Local, comp.GetScope("x"));
        Assert.True((comp.GetFlags("x") & SymbolFlags.DefCompIter) != 0);
        Assert.Equal(SymbolScope.Free, comp.GetScope("k"));
        // The outermost iterable is evaluated in f, not in the comprehension.
        Assert.Equal(SymbolScope.Local, f.GetScope("xs"));
        Assert.Equal(SymbolScope.Unknown, comp.GetScope("xs"));
        Assert.True(comp.IsNested);
        // Inlined into f (PEP 709): k stays a plain local of f, and x becomes one.
        Assert.True(comp.Inlined);
        Assert.Equal(SymbolScope.Local, f.GetScope("k"));
        Assert.Equal(SymbolScope.Local, f.GetScope("x"));
    }

    [Fact]
    public void GeneratorExpressionIsNotInlinedAndItsFreeNamesAreCells()
    {
        var st = Symbols("def f(xs, k):\n    return (x * k for x in xs if x)\n");
        var f = Child(st.Top, "f");
        var gen = Child(f, "genexpr");
        Assert.False(gen.Inlined);
        Assert.Equal(SymbolScope.Free, gen.GetScope("k"));
        Assert.Equal(SymbolScope.Cell, f.GetScope("k"));
        Assert.Equal(SymbolScope.Unknown, f.GetScope("x"));
    }

    [Fact]
    public void ComprehensionWhoseVariableIsCapturedStaysAFunction()
    {
        var st = Symbols("def f(xs):\n    return [lambda: x for x in xs]\n");
        var comp = Child(Child(st.Top, "f"), "listcomp");
        Assert.False(comp.Inlined);
        Assert.Equal(SymbolScope.Cell, comp.GetScope("x"));
    }

    [Fact]
    public void ComprehensionShadowingASiblingClosuresCellStaysAFunction()
    {
        var st = Symbols("def f(xs):\n    x = 1\n    g = lambda: x\n    return [x for x in xs]\n");
        var f = Child(st.Top, "f");
        Assert.False(Child(f, "listcomp").Inlined);
        Assert.Equal(SymbolScope.Cell, f.GetScope("x"));
    }

    [Fact]
    public void ComprehensionScopeNames()
    {
        var st = Symbols("a = [x for x in y]\nb = {x for x in y}\nc = {x: 1 for x in y}\nd = (x for x in y)\n");
        Assert.Equal(["listcomp", "setcomp", "dictcomp", "genexpr"], st.Top.Children.Select(c => c.Name));
        Assert.True(st.Top.Children[3].IsGenerator);
        Assert.False(st.Top.Children[0].IsGenerator);
    }

    [Fact]
    public void ComprehensionInClassBodyDoesNotSeeClassNames()
    {
        var st = Symbols("class C:\n    v = 5\n    out = [v * i for i in range(3)]\n");
        var comp = Child(Child(st.Top, "C"), "listcomp");
        Assert.Equal(SymbolScope.GlobalImplicit, comp.GetScope("v"));
    }

    [Fact]
    public void WalrusInComprehensionBindsInEnclosingFunction()
    {
        var st = Symbols("def f(xs):\n    if any((y := v) > 3 for v in xs):\n        return y\n");
        var f = Child(st.Top, "f");
        var gen = Child(f, "genexpr");
        Assert.Equal(SymbolScope.Cell, f.GetScope("y"));
        Assert.Equal(SymbolScope.Free, gen.GetScope("y"));
        Assert.Equal(SymbolScope.Local, gen.GetScope("v"));
    }

    [Fact]
    public void WalrusInModuleLevelComprehensionIsGlobal()
    {
        var st = Symbols("[last := x for x in range(3)]\n");
        var comp = Child(st.Top, "listcomp");
        Assert.Equal(SymbolScope.GlobalExplicit, comp.GetScope("last"));
        Assert.Equal(SymbolScope.GlobalExplicit, st.Top.GetScope("last"));
    }

    [Fact]
    public void WalrusInNestedComprehensionsSkipsBoth()
    {
        var st = Symbols("def f():\n    [[(z := j) for j in range(i)] for i in range(3)]\n    return z\n");
        var f = Child(st.Top, "f");
        var outer = Child(f, "listcomp");
        var inner = Child(outer, "listcomp");
        // Both comprehensions are inlined into f, so z is a plain local there.
        Assert.Equal(SymbolScope.Local, f.GetScope("z"));
        Assert.Equal(SymbolScope.Free, outer.GetScope("z"));
        Assert.Equal(SymbolScope.Free, inner.GetScope("z"));
        Assert.True(outer.Inlined && inner.Inlined);
    }

    [Fact]
    public void LambdaScope()
    {
        var st = Symbols("def f(a):\n    return lambda b: a + b\n");
        var f = Child(st.Top, "f");
        var l = Child(f, "lambda");
        Assert.Equal(ScopeType.Lambda, l.Type);
        Assert.Equal(SymbolScope.Free, l.GetScope("a"));
        Assert.Equal(SymbolScope.Local, l.GetScope("b"));
        Assert.Equal(SymbolScope.Cell, f.GetScope("a"));
    }

    [Fact]
    public void GeneratorFlag()
    {
        var st = Symbols("def g():\n    yield 1\ndef h():\n    yield from g()\ndef k():\n    return 1\n");
        Assert.True(Child(st.Top, "g").IsGenerator);
        Assert.True(Child(st.Top, "h").IsGenerator);
        Assert.False(Child(st.Top, "k").IsGenerator);
    }

    [Fact]
    public void PrivateNamesAreMangledInClasses()
    {
        var st = Symbols("class C:\n    __x = 1\n    def m(self, __y):\n        return __y\n");
        var c = Child(st.Top, "C");
        Assert.Equal(SymbolScope.Local, c.GetScope("_C__x"));
        Assert.Equal(["self", "_C__y"], Child(c, "m").ParamNames);
        Assert.Equal("__x", SymbolTable.Mangle(null, "__x"));
        Assert.Equal("__init__", SymbolTable.Mangle("C", "__init__"));
        Assert.Equal("_C__x", SymbolTable.Mangle("__C", "__x"));
        Assert.Equal("__x", SymbolTable.Mangle("___", "__x"));
        Assert.Equal("__a.b", SymbolTable.Mangle("C", "__a.b"));
    }

    [Fact]
    public void ImportBindsFirstComponentOrAlias()
    {
        var st = Symbols("def f():\n    import a.b.c\n    import d.e as g\n    from h import i as j, k\n");
        var f = Child(st.Top, "f");
        foreach (var n in new[] { "a", "g", "j", "k" }) Assert.Equal(SymbolScope.Local, f.GetScope(n));
        Assert.True((f.GetFlags("a") & SymbolFlags.DefImport) != 0);
        Assert.False(f.Contains("d"));
    }

    [Fact]
    public void ExceptAsNameAndForTargetAndWithTargetAreLocal()
    {
        var st = Symbols("def f():\n    try:\n        pass\n    except E as e:\n        pass\n    for i, (j, *k) in x:\n        pass\n    with m() as (p, q):\n        pass\n    del r\n");
        var f = Child(st.Top, "f");
        foreach (var n in new[] { "e", "i", "j", "k", "p", "q", "r" }) Assert.Equal(SymbolScope.Local, f.GetScope(n));
        Assert.Equal(SymbolScope.GlobalImplicit, f.GetScope("E"));
    }

    [Fact]
    public void AnnotationsAreEvaluatedInTheEnclosingScope()
    {
        var st = Symbols("def f(a: T) -> R:\n    v: Local = 1\n");
        Assert.Equal(SymbolScope.GlobalImplicit, st.Top.GetScope("T"));
        Assert.Equal(SymbolScope.GlobalImplicit, st.Top.GetScope("R"));
        var f = Child(st.Top, "f");
        Assert.False(f.Contains("T"));
        Assert.Equal(SymbolScope.Local, f.GetScope("v"));
        Assert.True((f.GetFlags("v") & SymbolFlags.DefAnnot) != 0);
    }

    [Fact]
    public void ScopeLookupByNode()
    {
        var module = Vm.Parsing.PythonParser.ParseModule("def f():\n    pass\n", FileName);
        var st = SymbolTable.Build(module, FileName, "");
        var f = st.GetScope(module.Body[0]);
        Assert.Equal("f", f.Name);
        Assert.Same(st.Top, f.Parent);
    }
}
