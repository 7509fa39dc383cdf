using Vm.Ast;
using Xunit;
using Assert = Xunit.Assert;
using Attribute = Vm.Ast.Attribute;
using static Vm.Tests.Parsing.ParseHelpers;

namespace Vm.Tests.Parsing;

public sealed class ParserStatementTests
{
    [Fact]
    public void Assignment_targets_get_the_store_context()
    {
        var a = Stmt<Assign>("a, [b, *c] = d");
        var tuple = Assert.IsType<TupleExpr>(Assert.Single(a.Targets));
        Assert.Equal(ExprContext.Store, tuple.Ctx);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(tuple.Elts[0]).Ctx);
        var list = Assert.IsType<ListExpr>(tuple.Elts[1]);
        Assert.Equal(ExprContext.Store, list.Ctx);
        var star = Assert.IsType<Starred>(list.Elts[1]);
        Assert.Equal(ExprContext.Store, star.Ctx);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(star.Value).Ctx);
        Assert.Equal(ExprContext.Load, Assert.IsType<Name>(a.Value).Ctx);
    }

    [Fact]
    public void Chained_assignment_keeps_every_target()
    {
        var a = Stmt<Assign>("a = b.c = d[0] = 1");
        Assert.Equal(3, a.Targets.Count);
        Assert.IsType<Attribute>(a.Targets[1]);
        Assert.Equal(ExprContext.Store, Assert.IsType<Subscript>(a.Targets[2]).Ctx);
        Assert.Equal(1L, Assert.IsType<Constant>(a.Value).Value);
    }

    [Fact]
    public void Yield_can_be_assigned()
    {
        Assert.IsType<Yield>(Stmt<Assign>("x = yield 1").Value);
        Assert.IsType<YieldFrom>(Stmt<Assign>("x = yield from y").Value);
    }

    [Theory]
    [InlineData("x += 1", BinOpKind.Add)]
    [InlineData("x -= 1", BinOpKind.Sub)]
    [InlineData("x *= 1", BinOpKind.Mult)]
    [InlineData("x @= 1", BinOpKind.MatMult)]
    [InlineData("x /= 1", BinOpKind.Div)]
    [InlineData("x //= 1", BinOpKind.FloorDiv)]
    [InlineData("x %= 1", BinOpKind.Mod)]
    [InlineData("x **= 1", BinOpKind.Pow)]
    [InlineData("x <<= 1", BinOpKind.LShift)]
    [InlineData("x >>= 1", BinOpKind.RShift)]
    [InlineData("x &= 1", BinOpKind.BitAnd)]
    [InlineData("x |= 1", BinOpKind.BitOr)]
    [InlineData("x ^= 1", BinOpKind.BitXor)]
    public void Augmented_assignment_has_its_operator(string source, BinOpKind op)
    {
        var a = Stmt<AugAssign>(source);
        Assert.Equal(op, a.Op);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(a.Target).Ctx);
    }

    [Fact]
    public void Annotated_assignment_is_simple_only_for_a_bare_name()
    {
        var a = Stmt<AnnAssign>("x: int = 5");
        Assert.True(a.Simple);
        Assert.Equal("int", Assert.IsType<Name>(a.Annotation).Id);
        Assert.NotNull(a.Value);
        Assert.False(Stmt<AnnAssign>("(x): int").Simple);
        Assert.False(Stmt<AnnAssign>("x.y: int").Simple);
        Assert.Null(Stmt<AnnAssign>("x: int").Value);
    }

    [Fact]
    public void If_elif_else_nests_elif_in_orelse()
    {
        var i = Stmt<If>("if a:\n    x\nelif b:\n    y\nelse:\n    z\n");
        var elif = Assert.IsType<If>(Assert.Single(i.OrElse));
        Assert.Equal("b", Assert.IsType<Name>(elif.Test).Id);
        Assert.IsType<ExprStmt>(Assert.Single(elif.OrElse));
        Assert.Equal((3, 0), (elif.Line, elif.Col));
        Assert.Equal((6, 5), (i.EndLine, i.EndCol));
    }

    [Fact]
    public void Loops_have_else_blocks_and_break_continue()
    {
        var w = Stmt<While>("while x:\n    break\nelse:\n    pass\n");
        Assert.IsType<Break>(Assert.Single(w.Body));
        Assert.IsType<Pass>(Assert.Single(w.OrElse));
        var f = Stmt<For>("for i, (j, k) in items():\n    continue\nelse:\n    pass\n");
        var target = Assert.IsType<TupleExpr>(f.Target);
        Assert.Equal(ExprContext.Store, Assert.IsType<TupleExpr>(target.Elts[1]).Ctx);
        Assert.IsType<Continue>(Assert.Single(f.Body));
        Assert.Single(f.OrElse);
    }

    [Fact]
    public void Single_line_compound_statements_and_semicolons()
    {
        var i = Stmt<If>("if x: a = 1; b = 2");
        Assert.Equal(2, i.Body.Count);
        Assert.Equal(3, Parse("a; b; c;\n").Body.Count);
    }

    [Fact]
    public void Function_definitions_keep_every_parameter_kind()
    {
        var f = Stmt<FunctionDef>("@dec\ndef f(a, b=1, /, c=2, *args: int, d, e=3, **kw) -> str:\n    return a\n");
        var args = f.Args;
        Assert.Equal(["a", "b"], args.PosOnlyArgs.Select(a => a.Name));
        Assert.Equal(["c"], args.Args.Select(a => a.Name));
        Assert.Equal(2, args.Defaults.Count);
        Assert.Equal("args", args.VarArg!.Name);
        Assert.Equal("int", Assert.IsType<Name>(args.VarArg.Annotation).Id);
        Assert.Equal(["d", "e"], args.KwOnlyArgs.Select(a => a.Name));
        Assert.Null(args.KwDefaults[0]);
        Assert.NotNull(args.KwDefaults[1]);
        Assert.Equal("kw", args.KwArg!.Name);
        Assert.Equal("str", Assert.IsType<Name>(f.Returns).Id);
        Assert.Single(f.DecoratorList);
        Assert.Equal((2, 0), (f.Line, f.Col)); // the def line, not the decorator's
        Assert.IsType<Return>(Assert.Single(f.Body));
    }

    [Fact]
    public void Bare_star_makes_keyword_only_parameters()
    {
        var args = Stmt<FunctionDef>("def f(a, *, b): pass").Args;
        Assert.Null(args.VarArg);
        Assert.Equal("b", Assert.Single(args.KwOnlyArgs).Name);
    }

    [Fact]
    public void Decorators_may_be_any_expression()
    {
        var c = Stmt<ClassDef>("@a.b(1)[2]\n@(lambda f: f)\nclass C: pass\n");
        Assert.IsType<Subscript>(c.DecoratorList[0]);
        Assert.IsType<Lambda>(c.DecoratorList[1]);
    }

    [Fact]
    public void Class_definitions_have_bases_and_keywords()
    {
        var c = Stmt<ClassDef>("class C(A, *bases, metaclass=M, **kw):\n    x = 1\n");
        Assert.Equal("C", c.Name);
        Assert.Equal(2, c.Bases.Count);
        Assert.IsType<Starred>(c.Bases[1]);
        Assert.Equal("metaclass", c.Keywords[0].Arg);
        Assert.Null(c.Keywords[1].Arg);
    }

    [Fact]
    public void Try_statements_keep_handlers_else_and_finally()
    {
        var t = Stmt<Try>("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n");
        Assert.Equal(3, t.Handlers.Count);
        Assert.Equal("e", t.Handlers[0].Name);
        Assert.IsType<TupleExpr>(t.Handlers[0].Type);
        Assert.Null(t.Handlers[2].Type);
        Assert.Single(t.OrElse);
        Assert.Single(t.FinalBody);
        Assert.False(t.IsStar);
    }

    [Fact]
    public void Except_star_sets_IsStar()
        => Assert.True(Stmt<Try>("try:\n  a\nexcept* E:\n  b\n").IsStar);

    [Fact]
    public void Raise_and_assert()
    {
        var r = Stmt<Raise>("raise E from cause");
        Assert.NotNull(r.Exc);
        Assert.NotNull(r.Cause);
        Assert.Null(Stmt<Raise>("raise").Exc);
        var a = Stmt<Vm.Ast.Assert>("assert x, 'm'");
        Assert.NotNull(a.Msg);
    }

    [Fact]
    public void With_statements_have_items_with_store_targets()
    {
        var w = Stmt<With>("with open(p) as f, lock, x as (a, b): pass");
        Assert.Equal(3, w.Items.Count);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(w.Items[0].OptionalVars).Ctx);
        Assert.Null(w.Items[1].OptionalVars);
        Assert.Equal(ExprContext.Store, Assert.IsType<TupleExpr>(w.Items[2].OptionalVars).Ctx);
    }

    [Fact]
    public void Parenthesized_with_items_are_several_items()
    {
        Assert.Equal(2, Stmt<With>("with (open(a) as f,\n      open(b) as g,):\n    pass\n").Items.Count);
        Assert.Equal(2, Stmt<With>("with (a, b): pass").Items.Count);
        var single = Assert.Single(Stmt<With>("with (a, b) as c: pass").Items);
        Assert.IsType<TupleExpr>(single.ContextExpr);
    }

    [Fact]
    public void Del_targets_get_the_del_context()
    {
        var d = Stmt<Delete>("del a, b[0], (c.d, e)");
        Assert.Equal(3, d.Targets.Count);
        Assert.Equal(ExprContext.Del, Assert.IsType<Name>(d.Targets[0]).Ctx);
        Assert.Equal(ExprContext.Del, Assert.IsType<Subscript>(d.Targets[1]).Ctx);
        var t = Assert.IsType<TupleExpr>(d.Targets[2]);
        Assert.Equal(ExprContext.Del, t.Ctx);
        Assert.Equal(ExprContext.Del, Assert.IsType<Attribute>(t.Elts[0]).Ctx);
    }

    [Fact]
    public void Global_and_nonlocal_list_names()
    {
        Assert.Equal(["a", "b"], Stmt<Global>("global a, b").Names);
        Assert.Equal(["c"], Stmt<Nonlocal>("nonlocal c").Names);
    }

    [Fact]
    public void Imports()
    {
        var i = Stmt<Import>("import a.b.c as d, e");
        Assert.Equal(("a.b.c", "d"), (i.Names[0].Name, i.Names[0].AsName));
        Assert.Null(i.Names[1].AsName);

        var f = Stmt<ImportFrom>("from ..pkg.mod import (x, y as z,)");
        Assert.Equal(("pkg.mod", 2), (f.Module, f.Level));
        Assert.Equal(["x", "y"], f.Names.Select(n => n.Name));
        Assert.Equal("z", f.Names[1].AsName);

        var rel = Stmt<ImportFrom>("from ... import x");
        Assert.Null(rel.Module);
        Assert.Equal(3, rel.Level);

        var star = Stmt<ImportFrom>("from m import *");
        Assert.Equal("*", Assert.Single(star.Names).Name);
        Assert.Equal(0, star.Level);
    }

    [Fact]
    public void Soft_keywords_are_ordinary_names_elsewhere()
    {
        Assert.IsType<Assign>(Stmt("match = 1"));
        Assert.IsType<Call>(Expr("match(x)"));
        Assert.IsType<Call>(Expr("type(x)"));
        Assert.IsType<Assign>(Stmt("type = 5"));
        Assert.IsType<BinOp>(Expr("match * x"));
        Assert.IsType<Subscript>(Expr("match[x]"));
        Assert.IsType<Assign>(Stmt("case = _ = 1"));
    }

    [Fact]
    public void Statement_positions_follow_CPython()
    {
        var m = Parse("x = 1\nif y:\n    z = (a +\n         b)\n");
        var assign = Assert.IsType<Assign>(m.Body[0]);
        Assert.Equal((1, 0, 1, 5), (assign.Line, assign.Col, assign.EndLine, assign.EndCol));
        var i = Assert.IsType<If>(m.Body[1]);
        Assert.Equal((2, 0, 4, 11), (i.Line, i.Col, i.EndLine, i.EndCol));
        var inner = Assert.IsType<BinOp>(Assert.IsType<Assign>(i.Body[0]).Value);
        Assert.Equal((3, 9, 4, 10), (inner.Line, inner.Col, inner.EndLine, inner.EndCol));
    }
}
