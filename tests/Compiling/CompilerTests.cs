using Vm.Ast;
using Vm.Bytecode;
using Vm.Compiling;
using Vm.Text;
using Xunit;
using Assert = Xunit.Assert;
using Module = Vm.Ast.Module;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

public sealed class CompilerTests
{
    [Fact]
    public void ModuleCodeShape()
    {
        var code = Compile("\"\"\"Module doc.\"\"\"\nx = 1\n", "m.py");
        Assert.Equal("<module>", code.Name);
        Assert.Equal("<module>", code.QualName);
        Assert.Equal("m.py", code.FileName);
        Assert.Equal(1, code.FirstLineNo);
        Assert.Equal("Module doc.", code.DocString);
        Assert.Equal(
            ["LOAD_CONST 0", "STORE_NAME 0", "LOAD_CONST 1", "STORE_NAME 1", "LOAD_CONST 2", "RETURN_VALUE"],
            Listing(code));
        Assert.Equal(["__doc__", "x"], code.Names);
        Assert.Equal(CodeFlags.None, code.Flags); // as CPython 3.13: no CO_NOFREE
    }

    [Fact]
    public void FunctionDocstringIsFirstConstant()
    {
        var f = Find(Compile("def f():\n    'Doc.'\n    return 2\ndef g():\n    return 2\n"), "f");
        Assert.Equal("Doc.", f.DocString);
        Assert.Equal("Doc.", f.Consts[0]);
        var g = Find(Compile("def g():\n    return 2\n"), "g");
        Assert.Null(g.DocString);
        Assert.Null(g.Consts[0]);
    }

    [Theory]
    [InlineData("\n    Multi-line docstring.\n\n        Indented line.\n    Last line.\n    ", "\nMulti-line docstring.\n\n    Indented line.\nLast line.\n")]
    [InlineData("   first\n  second\n    third", "first\nsecond\n  third")]
    [InlineData("no indent", "no indent")]
    [InlineData("tab\n\tindented\n\t  more", "tab\nindented\n  more")]
    [InlineData("a\n\n   \n  b\n   c\n", "a\n\n \nb\n c\n")]
    [InlineData("  x  ", "x  ")]
    public void DocstringsAreCleanedLikeCPython313(string doc, string expected)
    {
        var module = new Module([
            new FunctionDef { Name = "f", Body = [new ExprStmt(new Constant(doc) { Line = 2 }) { Line = 2 }], Line = 1 },
            new ClassDef { Name = "C", Body = [new ExprStmt(new Constant(doc) { Line = 4 }) { Line = 4 }], Line = 3 },
        ]);
        var code = Compiler.CompileModule(module, FileName, "");
        Assert.Equal(expected, Find(code, "f").DocString);
        Assert.Equal(expected, Find(code, "f").Consts[0]);
        var c = Find(code, "C");
        Assert.Equal(expected, c.DocString);
        Assert.Contains(expected, c.Consts);
    }

    [Fact]
    public void QualNames()
    {
        var code = Compile("""
            def f():
                def g():
                    return lambda: (x for x in ())
                return g
            class C:
                def m(self):
                    class D:
                        def n(self): pass
                    return D
            def h():
                global k
                def k(): pass
            """);
        var names = All(code).Select(c => c.QualName).ToList();
        Assert.Contains("f", names);
        Assert.Contains("f.<locals>.g", names);
        Assert.Contains("f.<locals>.g.<locals>.<lambda>", names);
        Assert.Contains("f.<locals>.g.<locals>.<lambda>.<locals>.<genexpr>", names);
        Assert.Contains("C", names);
        Assert.Contains("C.m", names);
        Assert.Contains("C.m.<locals>.D", names);
        Assert.Contains("C.m.<locals>.D.n", names);
        Assert.Contains("k", names); // declared global: no h.<locals> prefix
        Assert.Equal("<lambda>", Find(code, "f.<locals>.g.<locals>.<lambda>").Name);
    }

    [Fact]
    public void FirstLineNoOfDecoratedFunctionIsTheFirstDecorator()
    {
        var f = Find(Compile("\n@a\n@b\ndef f():\n    pass\n"), "f");
        Assert.Equal(2, f.FirstLineNo);
        var module = Compile("\n@a\n@b\ndef f():\n    pass\n");
        // Decorators are applied bottom-up: two CALL 1 after MAKE_FUNCTION.
        var ops = Listing(module);
        var mk = ops.IndexOf("MAKE_FUNCTION 0");
        Assert.Equal(["CALL 1", "CALL 1", "STORE_NAME 2"], ops.GetRange(mk + 1, 3));
    }

    [Fact]
    public void FlagsAndArgumentCounts()
    {
        var code = Compile("def f(a, b, /, c, *args, d, e=1, **kw):\n    yield a\n");
        var f = Find(code, "f");
        Assert.Equal(3, f.ArgCount);
        Assert.Equal(2, f.PosOnlyArgCount);
        Assert.Equal(2, f.KwOnlyArgCount);
        Assert.Equal(["a", "b", "c", "d", "e", "args", "kw"], f.VarNames);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.VarArgs | CodeFlags.VarKeywords
                     | CodeFlags.Generator, f.Flags);
    }

    [Fact]
    public void CellsFreesAndCell2Arg()
    {
        var code = Compile("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n");
        var f = Find(code, "f");
        var g = Find(code, "g");
        Assert.Equal(["a", "c"], f.CellVars);
        Assert.Equal([0, -1], f.Cell2Arg);
        Assert.Equal(["a", "c"], g.FreeVars);
        Assert.True(g.Flags.HasFlag(CodeFlags.Nested));
        // The closure tuple is built from f's cells with LOAD_CLOSURE.
        var ops = Listing(f);
        Assert.Contains("LOAD_CLOSURE 0", ops);
        Assert.Contains("LOAD_CLOSURE 1", ops);
        Assert.Contains("MAKE_FUNCTION 8", ops);
        Assert.Contains("LOAD_DEREF 0", Listing(g));
        Assert.Contains("LOAD_DEREF 1", Listing(g));
    }

    [Fact]
    public void ClassBodyStoresModuleQualnameAndReturnsClassCell()
    {
        var code = Compile("class C:\n    'Doc.'\n    def m(self):\n        return super().m()\n");
        var c = Find(code, "C");
        Assert.Equal(["__class__"], c.CellVars);
        Assert.Equal("Doc.", c.DocString);
        Assert.Equal(["__name__", "__module__", "__qualname__", "__firstlineno__", "__doc__", "m", "__static_attributes__", "__classcell__"], c.Names);
        var ops = Listing(c);
        Assert.Equal(["LOAD_NAME 0", "STORE_NAME 1", "LOAD_CONST 0", "STORE_NAME 2", "LOAD_CONST 1", "STORE_NAME 3"], ops.GetRange(0, 6));
        Assert.Equal(1L, c.Consts[1]);
        Assert.Equal(["LOAD_CLOSURE 0", "DUP_TOP", "STORE_NAME 7", "RETURN_VALUE"], ops.GetRange(ops.Count - 4, 4));
        Assert.Equal(["__class__"], Find(code, "C.m").FreeVars);
        // Module: LOAD_BUILD_CLASS, function, name, CALL 2.
        var mod = Listing(code);
        Assert.Equal("LOAD_BUILD_CLASS", mod[0]);
        Assert.Contains("CALL 2", mod);
    }

    [Fact]
    public void ClassRecordsFirstLineNoAndStaticAttributes()
    {
        // As CPython 3.13: `self.x = ...` stores (not augmented, not del, any nesting) in methods, sorted, unmangled.
        var code = Compile("""
            @dec
            class C:
                def m(this): this.x = 1
                def n(self):
                    self.y = 1
                    def inner(): self.w = 2
                    [self for self.v in ()]
                    self.z += 1
                    del self.u
                    (self.t, [self.s]) = 1, [2]
                    for self.r in (): pass
                    with x as self.q: pass
                    self.ann: int = 1
                    self.ann2: int
                    self.__p = 1
                class D:
                    def p(self): self.inner_attr = 1
            """);
        var c = Find(code, "C");
        var ops = Listing(c);
        var i = ops.IndexOf("STORE_NAME " + Array.IndexOf(c.Names, "__static_attributes__"));
        var attrs = Assert.IsType<ConstTuple>(c.Consts[Instr.Arg(c.Code[i - 1])]);
        Assert.Equal(["__p", "ann", "q", "r", "s", "t", "v", "w", "y"], attrs.Items);
        var d = Find(code, "C.D");
        Assert.Contains(d.Consts, k => k is ConstTuple t && t.Items.SequenceEqual(["inner_attr"]));
        Assert.Contains(1L, c.Consts); // __firstlineno__ is the decorator's line
    }

    [Fact]
    public void ClassWithoutCellReturnsNone()
    {
        var c = Find(Compile("class C:\n    x = 1\n"), "C");
        Assert.Empty(c.CellVars);
        var ops = Listing(c);
        Assert.Equal("RETURN_VALUE", ops[^1]);
        Assert.Null(c.Consts[Instr.Arg(c.Code[^2])]);
    }

    [Fact]
    public void ClassBodyReadsFreeVariablesWithLoadClassDeref()
    {
        var c = Find(Compile("def f():\n    y = 1\n    class C:\n        z = y\n    return C\n"), "C");
        Assert.Contains(Opcode.LOAD_CLASSDEREF, Ops(c));
        Assert.Equal(["y"], c.FreeVars);
    }

    [Fact]
    public void ComprehensionCodeUnits()
    {
        var code = Compile("def f(xs):\n    return (x for x in xs)\n");
        var comp = Find(code, "<genexpr>");
        Assert.Equal(1, comp.ArgCount);
        Assert.Equal(".0", comp.VarNames[0]);
        Assert.Equal("f.<locals>.<genexpr>", comp.QualName);
        Assert.True(comp.Flags.HasFlag(CodeFlags.Generator));
        Assert.True(comp.Flags.HasFlag(CodeFlags.Nested));
        // The outermost iterable is evaluated in f and passed as the single argument.
        var ops = Listing(Find(code, "f"));
        Assert.Equal(1, ops.Count(o => o == "GET_ITER"));
        Assert.Equal(1, ops.Count(o => o == "CALL 1"));
    }

    [Fact]
    public void ListSetAndDictComprehensionsAreInlined()
    {
        var code = Compile("def f(xs):\n    x = 0\n    return [x for x in xs], {x for x in xs}, {x: x for x in xs}, x\n");
        Assert.Single(All(code), c => c.QualName.StartsWith("f", StringComparison.Ordinal));
        var f = Find(code, "f");
        var ops = Listing(f);
        Assert.DoesNotContain(ops, o => o.StartsWith("MAKE_FUNCTION", StringComparison.Ordinal));
        Assert.DoesNotContain(ops, o => o.StartsWith("CALL", StringComparison.Ordinal));
        // Each saves x (a local of f) before and restores it after, on both paths.
        var x = Array.IndexOf(f.VarNames, "x");
        Assert.Equal(3, ops.Count(o => o == "LOAD_FAST_AND_CLEAR " + x));
        Assert.Equal(6, ops.Count(o => o == "STORE_FAST_MAYBE_NULL " + x));
        Assert.Equal(3, ops.Count(o => o == "SETUP_FINALLY"  || o.StartsWith("SETUP_FINALLY ", StringComparison.Ordinal)));
        Assert.Empty(BytecodeVerifier.Verify(f));
    }

    [Fact]
    public void ExceptAsNameIsClearedAndDeleted()
    {
        var f = Find(Compile("def f():\n    try:\n        pass\n    except E as e:\n        print(e)\n"), "f");
        var ops = Listing(f);
        Assert.Equal(2, ops.Count(o => o == "DELETE_FAST 0"));
        Assert.Contains("POP_EXCEPT", ops);
        Assert.Contains("JUMP_IF_NOT_EXC_MATCH", ops.Select(o => o.Split(' ')[0]));
    }

    [Fact]
    public void FunctionLevelAnnotationIsNotEvaluated()
    {
        var f = Find(Compile("def f():\n    x: undefined_name = 1\n    y: other\n"), "f");
        Assert.DoesNotContain("undefined_name", f.Names);
        Assert.DoesNotContain("other", f.Names);
        Assert.Equal(["LOAD_CONST 1", "STORE_FAST 0", "LOAD_CONST 0", "RETURN_VALUE"], Listing(f));
    }

    [Fact]
    public void ModuleLevelAnnotationsUseSetupAnnotations()
    {
        var code = Compile("x: int = 1\ny: str\n");
        var ops = Listing(code);
        Assert.Equal("SETUP_ANNOTATIONS", ops[0]);
        Assert.Equal(2, ops.Count(o => o == "STORE_SUBSCR"));
        Assert.Contains("__annotations__", code.Names);
    }

    [Fact]
    public void FutureAnnotationsAreStrings()
    {
        var code = Compile("from __future__ import annotations\ndef f(a: List[int], b: 'x' = 1) -> Dict[str, int | None]: pass\nz: Tuple[int, ...] = ()\n");
        Assert.Contains("List[int]", code.Consts);
        Assert.Contains("'x'", code.Consts);
        Assert.Contains("Dict[str, int | None]", code.Consts);
        Assert.Contains("Tuple[int, ...]", code.Consts);
        Assert.DoesNotContain("List", code.Names);
    }

    [Fact]
    public void FunctionAnnotationsAreAFlatTupleIncludingReturn()
    {
        var code = Compile("def f(a: int, *, b: str) -> bool: pass\n");
        var ops = Listing(code);
        Assert.Contains("BUILD_TUPLE 6", ops);
        Assert.Contains("MAKE_FUNCTION 4", ops);
        Assert.Contains("return", code.Consts);
    }

    [Fact]
    public void DebugIsTrue()
    {
        var code = CompileEval("__debug__");
        Assert.Equal(["LOAD_CONST 0", "RETURN_VALUE"], Listing(code));
        Assert.Equal(true, code.Consts[0]);
    }

    [Fact]
    public void ConstantFolding()
    {
        var code = CompileEval("(1, -2, (3.5, 'a'), ~4, +5)");
        Assert.Equal(["LOAD_CONST 0", "RETURN_VALUE"], Listing(code));
        var t = Assert.IsType<ConstTuple>(code.Consts[0]);
        Assert.Equal(1L, t.Items[0]);
        Assert.Equal(-2L, t.Items[1]);
        Assert.Equal(3.5, Assert.IsType<ConstTuple>(t.Items[2]).Items[0]);
        Assert.Equal(-5L, t.Items[3]);
        Assert.Equal(5L, t.Items[4]);
    }

    [Fact]
    public void ConstantsOfDifferentTypesAreNotMerged()
    {
        var code = CompileEval("(1, 1.0, True, 0.0, -0.0, '1', b'1', 1)");
        var t = Assert.IsType<ConstTuple>(code.Consts[0]);
        Assert.Equal(8, t.Items.Length);
        code = CompileEval("[a, 1, 1.0, True, 1]");
        Assert.Equal(3, code.Consts.Length); // 1, 1.0, True (the second 1 shares the first)
    }

    [Fact]
    public void CallForms()
    {
        Assert.Equal(["LOAD_NAME 0", "LOAD_CONST 0", "CALL 1", "RETURN_VALUE"], Listing(CompileEval("f(1)")));
        Assert.Equal(["LOAD_NAME 0", "LOAD_CONST 0", "LOAD_CONST 1", "CALL_KW 1", "RETURN_VALUE"], Listing(CompileEval("f(a=1)")));
        Assert.Equal(["LOAD_NAME 0", "LOAD_METHOD 1", "LOAD_CONST 0", "CALL_METHOD 1", "RETURN_VALUE"], Listing(CompileEval("o.m(1)")));
        Assert.Contains(Opcode.CALL_EX, Ops(CompileEval("o.m(*a)")));
        Assert.Contains(Opcode.CALL_EX, Ops(CompileEval("f(**k)")));
        var kw = CompileEval("f(1, a=2, b=3)");
        Assert.Equal(["a", "b"], Assert.IsType<ConstTuple>(kw.Consts[Instr.Arg(kw.Code[^3])]).Items);
    }

    [Fact]
    public void InteractiveModePrintsTopLevelExpressions()
    {
        var code = CompileSingle("1 + x\n");
        Assert.Contains(Opcode.PRINT_EXPR, Ops(code));
        var def = CompileSingle("def f():\n    x\n\n");
        Assert.DoesNotContain(Opcode.PRINT_EXPR, Ops(Find(def, "f")));
    }

    [Fact]
    public void ExpressionModeReturnsTheValue()
    {
        var code = CompileEval("a if b else c");
        Assert.Equal(Opcode.RETURN_VALUE, Instr.Op(code.Code[^1]));
        Assert.DoesNotContain(Opcode.POP_TOP, Ops(code));
    }

    [Fact]
    public void PositionsComeFromTheNodes()
    {
        var code = Compile("x = 1\n\ny = (f(\n    x))\n");
        var call = Ops(code).IndexOf(Opcode.CALL);
        Assert.Equal(3, code.LineAt(call));
        Assert.Equal((3, 5, 4, 6), (code.Positions[call * 4], code.Positions[call * 4 + 1], code.Positions[call * 4 + 2], code.Positions[call * 4 + 3]));
        var loadX = Listing(code).IndexOf("LOAD_NAME 0");
        Assert.Equal(4, code.LineAt(loadX));
        Assert.Equal(code.Code.Length * 4, code.Positions.Length);
        Assert.Equal(1, code.LineAt(0));
    }

    [Fact]
    public void GeneratorsAndYieldFrom()
    {
        var g = Find(Compile("def g(x):\n    y = yield x\n    yield from y\n"), "g");
        Assert.True(g.Flags.HasFlag(CodeFlags.Generator));
        var ops = Ops(g);
        var i = ops.IndexOf(Opcode.GET_YIELD_FROM_ITER);
        Assert.Equal([Opcode.GET_YIELD_FROM_ITER, Opcode.LOAD_CONST, Opcode.YIELD_FROM], ops.GetRange(i, 3));
        var lambdaGen = Find(Compile("f = lambda: (yield)\n"), "<lambda>");
        Assert.True(lambdaGen.Flags.HasFlag(CodeFlags.Generator));
    }

    [Fact]
    public void ImportForms()
    {
        var code = Compile("import a.b.c\nimport a.b as d\nfrom . import x\n");
        Assert.Equal(["a.b.c", "a", "a.b", "b", "d", "", "x"], code.Names);
        var ops = Listing(code);
        Assert.Equal(["IMPORT_NAME 2", "IMPORT_FROM 3", "STORE_NAME 4", "POP_TOP"], ops.GetRange(ops.IndexOf("IMPORT_NAME 2"), 4));
        Assert.Contains(1L, code.Consts);
        Assert.Contains(Opcode.IMPORT_STAR, Ops(Compile("from m import *\n")));
    }

    [Fact]
    public void AssertUsesLoadAssertionError()
    {
        var ops = Listing(Compile("assert x, 'm'\n"));
        Assert.Equal(["LOAD_NAME 0", "POP_JUMP_IF_TRUE 6", "LOAD_ASSERTION_ERROR", "LOAD_CONST 0", "CALL 1", "RAISE_VARARGS 1"], ops.GetRange(0, 6));
    }

    [Fact]
    public void LongOperatorChainsDoNotRecurse()
    {
        // 9,000 chained additions, built by hand (CPython's compiler stops at ~9,998 nested nodes
        // with RecursionError; the VM matches that limit but must not recurse below it).
        Expr e = new Constant(1L) { Line = 1 };
        for (var i = 0; i < 9_000; i++) e = new BinOp(e, BinOpKind.Add, new Name("x", ExprContext.Load) { Line = 1 }) { Line = 1 };
        var module = new Module([new Assign([new Name("y", ExprContext.Store) { Line = 1 }], e) { Line = 1 }]);
        var code = Compiler.CompileModule(module, FileName, "y = 1 + x + ...");
        Assert.Equal(9_000, Ops(code).Count(o => o == Opcode.BINARY_OP));
        Assert.Equal(2, code.StackSize);
        // A 5,000-branch elif chain (nested If nodes in the AST).
        Stmt s = new If(new Name("x", ExprContext.Load) { Line = 1 }, [new Pass { Line = 1 }], []) { Line = 1 };
        for (var i = 0; i < 5_000; i++)
            s = new If(new Name("x", ExprContext.Load) { Line = 1 }, [new Pass { Line = 1 }], [s]) { Line = 1 };
        code = Compiler.CompileModule(new Module([s]), FileName, "if x: pass");
        Assert.Equal(5_001, Ops(code).Count(o => o == Opcode.POP_JUMP_IF_FALSE));
    }

    [Fact]
    public void DeeplyNestedAstGivesSyntaxErrorNotCrash()
    {
        // Built by hand: deeper than any parser allows.
        Expr e = new Name("x", ExprContext.Load);
        for (var i = 0; i < 200_000; i++) e = new ListExpr([e], ExprContext.Load) { Line = 1, Col = 0, EndLine = 1, EndCol = 1 };
        var module = new Module([new ExprStmt(e) { Line = 1 }]);
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var ex = Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(module, FileName, "x"));
                Assert.Equal("too many nested parentheses", ex.Msg);
            }
            catch (Exception x)
            {
                failure = x;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void StarredAssignmentUsesUnpackEx()
    {
        var ops = Listing(Compile("a, *b, c, d = x\n"));
        Assert.Contains("UNPACK_EX " + (1 | (2 << 8)), ops);
        Assert.Contains("UNPACK_SEQUENCE 2", Listing(Compile("a, b = x\n")));
    }

    [Fact]
    public void WalrusInComprehensionStoresToEnclosingCell()
    {
        var code = Compile("def f(xs):\n    g = (y := x for x in xs)\n    return y\n");
        var f = Find(code, "f");
        Assert.Equal(["y"], f.CellVars);
        var comp = Find(code, "<genexpr>");
        Assert.Equal(["y"], comp.FreeVars);
        Assert.Contains(Opcode.STORE_DEREF, Ops(comp));
    }

    [Fact]
    public void WalrusInInlinedComprehensionStoresToEnclosingLocal()
    {
        var f = Find(Compile("def f(xs):\n    [y := x for x in xs]\n    return y\n"), "f");
        Assert.Empty(f.CellVars);
        var y = Array.IndexOf(f.VarNames, "y");
        Assert.Contains("STORE_FAST " + y, Listing(f));
        // y is bound outside the comprehension: not saved and restored.
        Assert.DoesNotContain("LOAD_FAST_AND_CLEAR " + y, Listing(f));
    }

    [Fact]
    public void BreakAndContinueThroughFinallyInlineTheFinallyBody()
    {
        var f = Find(Compile("def f(xs):\n    for x in xs:\n        try:\n            break\n        finally:\n            g()\n"), "f");
        // The finally body (a call to g) appears twice: inlined for break, and in the exceptional path.
        Assert.Equal(2, Listing(f).Count(o => o == "LOAD_GLOBAL 0"));
        Assert.Empty(BytecodeVerifier.Verify(f));
    }

    [Fact]
    public void ReturnInsideWithCallsExitWithNones()
    {
        var f = Find(Compile("def f(m):\n    with m:\n        return 1\n"), "f");
        var ops = Listing(f);
        var ret = ops.IndexOf("RETURN_VALUE");
        Assert.Equal(["POP_BLOCK", "LOAD_CONST 0", "DUP_TOP", "DUP_TOP", "CALL 3", "POP_TOP", "LOAD_CONST 1", "RETURN_VALUE"],
            ops.GetRange(ret - 7, 8));
    }

    [Fact]
    public void JumpsAreAbsoluteAndBackwardJumpsAreJumpAbsolute()
    {
        foreach (var code in All(Compile("def f(x):\n    while x:\n        x -= 1\n    for i in x:\n        if i: continue\n        pass\n")))
        {
            for (var i = 0; i < code.Code.Length; i++)
            {
                var op = Instr.Op(code.Code[i]);
                if (!StackEffect.IsJump(op)) continue;
                var target = Instr.Arg(code.Code[i]);
                Assert.InRange(target, 0, code.Code.Length - 1);
                if (target <= i) Assert.Equal(Opcode.JUMP_ABSOLUTE, op);
            }
        }
    }
}
