using System.Numerics;
using Vm.Ast;
using Xunit;
using static Vm.Tests.Parsing.ParseHelpers;
using Assert = Xunit.Assert;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Tests.Parsing;

public sealed class ParserExpressionTests
{
    // ---------------------------------------------------------------- precedence

    [Fact]
    public void Power_binds_tighter_than_unary_minus_on_its_left()
        => Assert.Equal("UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))",
            Dump("-2**2"));

    [Fact]
    public void Power_is_right_associative_and_takes_a_unary_operand()
        => Assert.Equal("BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(" +
            "left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))", Dump("a ** -b ** c"));

    [Fact]
    public void Multiplication_binds_tighter_than_addition_and_both_are_left_associative()
        => Assert.Equal("BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=BinOp(left=Name(id='b', ctx=Load()), " +
            "op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub(), right=Name(id='d', ctx=Load()))", Dump("a - b * c - d"));

    [Fact]
    public void Bitwise_operators_have_their_own_levels()
        => Assert.Equal("BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), " +
            "op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), " +
            "op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=Name(id='f', ctx=Load()))))))",
            Dump("a | b ^ c & d << e + f"));

    [Fact]
    public void Not_binds_looser_than_comparisons()
    {
        var not = Expr<UnaryOp>("not a == b");
        Assert.Equal(UnaryOpKind.Not, not.Op);
        Assert.IsType<Compare>(not.Operand);
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        var or = Expr<BoolOp>("a or b and c or d");
        Assert.Equal(BoolOpKind.Or, or.Op);
        Assert.Equal(3, or.Values.Count);
        Assert.Equal(BoolOpKind.And, Assert.IsType<BoolOp>(or.Values[1]).Op);
    }

    [Fact]
    public void Comparisons_chain_with_two_word_operators()
    {
        var c = Expr<Compare>("a < b <= c != d is not e not in f in g is h");
        Assert.Equal([CmpOpKind.Lt, CmpOpKind.LtE, CmpOpKind.NotEq, CmpOpKind.IsNot, CmpOpKind.NotIn, CmpOpKind.In, CmpOpKind.Is], c.Ops);
        Assert.Equal(7, c.Comparators.Count);
    }

    [Fact]
    public void Conditional_expressions_nest_to_the_right()
    {
        var e = Expr<IfExp>("a if b else c if d else e");
        Assert.Equal("a", Assert.IsType<Name>(e.Body).Id);
        var inner = Assert.IsType<IfExp>(e.OrElse);
        Assert.Equal("d", Assert.IsType<Name>(inner.Test).Id);
    }

    [Fact]
    public void Lambda_has_the_lowest_precedence()
    {
        var l = Expr<Lambda>("lambda x, *y, z=1, **k: x if y else z");
        Assert.IsType<IfExp>(l.Body);
        Assert.Equal("y", l.Args.VarArg!.Name);
        Assert.Equal("z", Assert.Single(l.Args.KwOnlyArgs).Name);
        Assert.Equal("k", l.Args.KwArg!.Name);
        Assert.Empty(Expr<Lambda>("lambda: 0").Args.Args);
    }

    // ---------------------------------------------------------------- atoms and constants

    [Fact]
    public void Constants_have_the_documented_value_types()
    {
        Assert.Equal(1L, Expr<Constant>("1").Value);
        Assert.IsType<BigInteger>(Expr<Constant>("100000000000000000000").Value);
        Assert.Equal(1.5, Expr<Constant>("1.5").Value);
        Assert.Equal(new Complex(0, 2), Expr<Constant>("2j").Value);
        Assert.Equal("ab", Expr<Constant>("'a' \"b\"").Value);
        Assert.Equal(new byte[] { 97, 98 }, Expr<Constant>("b'a' b'b'").Value);
        Assert.Null(Expr<Constant>("None").Value);
        Assert.Equal(true, Expr<Constant>("True").Value);
        Assert.Equal(false, Expr<Constant>("False").Value);
        Assert.Same(EllipsisValue.Instance, Expr<Constant>("...").Value);
        Assert.Equal("u", Expr<Constant>("u'x'").Kind);
        Assert.Null(Expr<Constant>("'x'").Kind);
    }

    [Fact]
    public void Mixing_bytes_and_str_literals_is_an_error()
    {
        var e = Error("x = 'a' b'b'\n");
        Assert.Equal("cannot mix bytes and nonbytes literals", e.Msg);
    }

    [Fact]
    public void Displays_with_unpacking()
    {
        var l = Expr<ListExpr>("[*a, *b, c]");
        Assert.IsType<Starred>(l.Elts[0]);
        var d = Expr<DictExpr>("{**d, 'k': 1}");
        Assert.Null(d.Keys[0]);
        Assert.IsType<Constant>(d.Keys[1]);
        Assert.IsType<SetExpr>(Expr("{1, 2}"));
        Assert.Empty(Expr<DictExpr>("{}").Keys);
        Assert.Empty(Expr<TupleExpr>("()").Elts);
        Assert.Single(Expr<TupleExpr>("(1,)").Elts);
        Assert.IsType<Name>(Expr("(a)"));
    }

    [Fact]
    public void Comprehensions_with_several_clauses()
    {
        var lc = Expr<ListComp>("[x * y for x in a if x for y in b if y if x != y]");
        Assert.Equal(2, lc.Generators.Count);
        Assert.Single(lc.Generators[0].Ifs);
        Assert.Equal(2, lc.Generators[1].Ifs.Count);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(lc.Generators[0].Target).Ctx);
        Assert.IsType<SetComp>(Expr("{x for x in a}"));
        var dc = Expr<DictComp>("{k: v for k, v in items}");
        Assert.Equal(ExprContext.Store, Assert.IsType<TupleExpr>(dc.Generators[0].Target).Ctx);
        Assert.IsType<GeneratorExp>(Expr("(x for x in a)"));
    }

    [Fact]
    public void A_generator_can_be_the_sole_call_argument()
    {
        var c = Expr<Call>("f(x for x in y)");
        var g = Assert.IsType<GeneratorExp>(Assert.Single(c.Args));
        Assert.Equal((1, 1, 1, 15), (g.Line, g.Col, g.EndLine, g.EndCol)); // the call's parentheses
    }

    [Fact]
    public void Call_arguments_of_every_kind()
    {
        var c = Expr<Call>("print(a, *args, sep='', *more, **kw)");
        Assert.Equal(3, c.Args.Count);
        Assert.IsType<Starred>(c.Args[1]);
        Assert.Equal("sep", c.Keywords[0].Arg);
        Assert.Null(c.Keywords[1].Arg);
    }

    [Fact]
    public void Subscripts_with_slices_and_tuples_of_slices()
    {
        var s = Expr<Subscript>("a[1:2, ::3]");
        var t = Assert.IsType<TupleExpr>(s.Slice);
        var first = Assert.IsType<Slice>(t.Elts[0]);
        Assert.NotNull(first.Lower);
        Assert.NotNull(first.Upper);
        Assert.Null(first.Step);
        var second = Assert.IsType<Slice>(t.Elts[1]);
        Assert.Null(second.Lower);
        Assert.Null(second.Upper);
        Assert.NotNull(second.Step);
        var all = Assert.IsType<Slice>(Expr<Subscript>("a[:]").Slice);
        Assert.Null(all.Lower);
        Assert.IsType<Name>(Expr<Subscript>("a[i]").Slice);
        Assert.IsType<TupleExpr>(Expr<Subscript>("a[*b]").Slice);
    }

    [Fact]
    public void Attribute_call_and_subscript_chains()
    {
        var a = Expr<Attribute>("a.b(c)[d].e");
        Assert.Equal("e", a.Attr);
        Assert.IsType<Subscript>(a.Value);
    }

    [Fact]
    public void Walrus_targets_a_name()
    {
        var n = Expr<NamedExpr>("(y := f(x))");
        Assert.Equal(ExprContext.Store, n.Target.Ctx);
        Assert.IsType<NamedExpr>(Stmt<If>("if x := 1: pass").Test);
        Assert.IsType<NamedExpr>(Assert.Single(Expr<Call>("f(x := 1)").Args));
        Assert.IsType<NamedExpr>(Expr<Subscript>("a[x := 1]").Slice);
    }

    [Fact]
    public void Yield_in_parentheses_and_bare_yield()
    {
        Assert.Null(Expr<Yield>("(yield)").Value);
        Assert.IsType<TupleExpr>(Assert.IsType<Yield>(Stmt<Assign>("x = yield a, b").Value).Value);
    }

    // ---------------------------------------------------------------- f-strings

    [Fact]
    public void Fstring_parts_are_constants_and_formatted_values()
    {
        var j = Expr<JoinedStr>("f'a{x}b{y!r:>{w}}c'");
        Assert.Equal(5, j.Values.Count);
        Assert.Equal("a", Assert.IsType<Constant>(j.Values[0]).Value);
        var x = Assert.IsType<FormattedValue>(j.Values[1]);
        Assert.Equal(-1, x.Conversion);
        Assert.Null(x.FormatSpec);
        var y = Assert.IsType<FormattedValue>(j.Values[3]);
        Assert.Equal('r', y.Conversion);
        var spec = Assert.IsType<JoinedStr>(y.FormatSpec);
        Assert.Equal(">", Assert.IsType<Constant>(spec.Values[0]).Value);
        Assert.IsType<FormattedValue>(spec.Values[1]);
    }

    [Fact]
    public void Self_documenting_fields_add_their_text_and_default_to_repr()
    {
        var j = Expr<JoinedStr>("f'{x=}'");
        Assert.Equal("x=", Assert.IsType<Constant>(j.Values[0]).Value);
        Assert.Equal('r', Assert.IsType<FormattedValue>(j.Values[1]).Conversion);

        var spaced = Expr<JoinedStr>("f'{ x = :>10}'");
        Assert.Equal(" x = ", Assert.IsType<Constant>(spaced.Values[0]).Value);
        Assert.Equal(-1, Assert.IsType<FormattedValue>(spaced.Values[1]).Conversion);

        var conv = Expr<JoinedStr>("f'{x=!s}'");
        Assert.Equal('s', Assert.IsType<FormattedValue>(conv.Values[1]).Conversion);
    }

    [Fact]
    public void Fstrings_nest_and_reuse_quotes()
    {
        var j = Expr<JoinedStr>("f\"{f\"{x}\" + 'a'}\"");
        var inner = Assert.IsType<BinOp>(Assert.IsType<FormattedValue>(Assert.Single(j.Values)).Value);
        Assert.IsType<JoinedStr>(inner.Left);
    }

    [Fact]
    public void Adjacent_strings_and_fstrings_merge_their_text()
    {
        var j = Expr<JoinedStr>("'a' f'b{x}' 'c' 'd'");
        Assert.Equal(3, j.Values.Count);
        Assert.Equal("ab", Assert.IsType<Constant>(j.Values[0]).Value);
        Assert.Equal("cd", Assert.IsType<Constant>(j.Values[2]).Value);
        Assert.Empty(Expr<JoinedStr>("f'' ''").Values);
    }

    [Fact]
    public void Fstring_literal_text_decodes_escapes_and_doubled_braces()
        => Assert.Equal("{\t}", Assert.IsType<Constant>(Assert.Single(Expr<JoinedStr>("f'{{\\t}}'").Values)).Value);

    [Fact]
    public void Raw_fstrings_keep_backslashes()
        => Assert.Equal("\\n", Assert.IsType<Constant>(Expr<JoinedStr>("rf'\\n{x}'").Values[0]).Value);

    // ---------------------------------------------------------------- positions

    [Fact]
    public void Expression_positions_follow_CPython()
    {
        var b = Expr<BinOp>("(a) + b.c");
        Assert.Equal((1, 0, 1, 9), (b.Line, b.Col, b.EndLine, b.EndCol));
        var left = Assert.IsType<Name>(b.Left);
        Assert.Equal((1, 1, 1, 2), (left.Line, left.Col, left.EndLine, left.EndCol));
        var t = Expr<TupleExpr>("1, 2,");
        Assert.Equal((0, 5), (t.Col, t.EndCol));
        var s = Expr<Constant>("'''a\nb'''");
        Assert.Equal((1, 0, 2, 4), (s.Line, s.Col, s.EndLine, s.EndCol));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var a = Stmt<Assign>("é = 'ü'; z = 1".Split(';')[0]);
        Assert.Equal(4, a.Value.Col);
    }
}
