using Vm.Parsing;
using Vm.Text;
using Xunit;
using static Vm.Tests.Parsing.ParseHelpers;

namespace Vm.Tests.Parsing;

public sealed class ParserErrorTests
{
    private static void AssertError(string source, string kind, string message, int line, int offset)
    {
        var e = Error(source);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(message, e.Msg);
        Assert.Equal(line, e.Line);
        Assert.Equal(offset, e.Offset);
        Assert.Equal("t.py", e.FileName);
    }

    [Theory]
    [InlineData("x = = 1\n", "invalid syntax", 1, 5)]
    [InlineData("x = 1 2\n", "invalid syntax", 1, 7)]
    [InlineData("if x\n    pass\n", "expected ':'", 1, 5)]
    [InlineData("def f:\n    pass\n", "expected '('", 1, 6)]
    [InlineData("x = [1 2]\n", "invalid syntax. Perhaps you forgot a comma?", 1, 6)]
    [InlineData("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)]
    [InlineData("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("x = f() = 1\n", "cannot assign to function call", 1, 5)]
    [InlineData("(a, 1) = x\n", "cannot assign to literal", 1, 5)]
    [InlineData("True = 1\n", "cannot assign to True", 1, 1)]
    [InlineData("for f() in y: pass\n", "cannot assign to function call", 1, 5)]
    [InlineData("for x + 1 in y: pass\n", "cannot assign to expression", 1, 5)]
    [InlineData("with a as f(): pass\n", "cannot assign to function call", 1, 11)]
    [InlineData("del f()\n", "cannot delete function call", 1, 5)]
    [InlineData("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("a, b: int\n", "only single target (not tuple) can be annotated", 1, 1)]
    [InlineData("x = yield = 1\n", "assignment to yield expression not possible", 1, 5)]
    [InlineData("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("def f(a=1, b): pass\n", "parameter without a default follows parameter with a default", 1, 12)]
    [InlineData("def f(*): pass\n", "named arguments must follow bare *", 1, 7)]
    [InlineData("f(a=1, b)\n", "positional argument follows keyword argument", 1, 9)]
    [InlineData("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 6)]
    [InlineData("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3)]
    [InlineData("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8)]
    [InlineData("a if b\n", "expected 'else' after 'if' expression", 1, 1)]
    [InlineData("try:\n    pass\n", "expected 'except' or 'finally' block", 2, 9)]
    [InlineData("try:\n  x\nexcept:\n  y\nexcept E:\n  z\n", "default 'except:' must be last", 3, 1)]
    [InlineData("from a import b,\n", "trailing comma not allowed without surrounding parentheses", 1, 17)]
    [InlineData("'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 9)]
    [InlineData("f'{}'\n", "f-string: valid expression required before '}'", 1, 4)]
    [InlineData("f'{x!z}'\n", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6)]
    [InlineData("f'{lambda x: 1}'\n", "f-string: lambda expressions are not allowed without parentheses", 1, 4)]
    [InlineData("x = *a\n", "can't use starred expression here", 1, 5)]
    [InlineData("foo(1, 2\n", "'(' was never closed", 1, 4)]
    [InlineData("x = (1,\n2\ny = 3 4\n", "'(' was never closed", 1, 5)]
    [InlineData("x = = 1\ns = \"abc\n", "unterminated string literal (detected at line 2)", 2, 5)]
    [InlineData("x = 1\n\n\n1abc\n", "invalid decimal literal", 4, 1)]
    [InlineData("x = (\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    public void Syntax_errors_have_CPythons_message_and_location(string source, string message, int line, int offset)
        => AssertError(source, "SyntaxError", message, line, offset);

    [Theory]
    [InlineData("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1)]
    [InlineData("def f():\nreturn\n", "expected an indented block after function definition on line 1", 2, 1)]
    [InlineData("if x:", "expected an indented block after 'if' statement on line 1", 1, 6)]
    [InlineData("x\n  y\n", "unexpected indent", 2, 2)]
    [InlineData("if x:\n        a\n    b\n", "unindent does not match any outer indentation level", 3, 6)]
    public void Indentation_errors(string source, string message, int line, int offset)
        => AssertError(source, "IndentationError", message, line, offset);

    [Fact]
    public void Mixed_tabs_and_spaces_are_a_TabError()
        => AssertError("if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);

    [Fact]
    public void Errors_carry_the_source_line()
    {
        var e = Error("a = 1\nb = (2 +\n     3))\n");
        Assert.Equal("unmatched ')'", e.Msg);
        Assert.Equal(3, e.Line);
        Assert.Equal("     3))", e.SourceLine);
    }

    [Theory]
    [InlineData("def f[](): pass\n", "Type parameter list cannot be empty")]
    [InlineData("def f[T, T](): pass\n", "duplicate type parameter 'T'")]
    [InlineData("class C[T = int, U]: pass\n", "non-default type parameter 'U' follows default type parameter")]
    [InlineData("type X[*Ts: int] = int\n", "cannot use bound with TypeVarTuple")]
    [InlineData("def f[**P: int](): pass\n", "cannot use bound with ParamSpec")]
    public void Type_parameter_lists_give_CPythons_errors(string source, string message)
    {
        var e = Error(source);
        Assert.Equal("SyntaxError", e.Kind);
        Assert.Equal(message, e.Msg);
    }

    // ---------------------------------------------------------------- deep input never crashes

    [Theory]
    [InlineData(199)]
    [InlineData(200)]
    public void Up_to_200_nested_brackets_parse(int depth)
    {
        foreach (var (open, close) in new[] { ("(", ")"), ("[", "]"), ("{", "}"), ("f(", ")") })
        {
            string src = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
            PythonParser.ParseModule(src, "t.py");
        }
    }

    [Fact]
    public void More_than_200_nested_brackets_is_a_syntax_error()
    {
        var e = Error(new string('(', 201) + new string(')', 201));
        Assert.Equal("too many nested parentheses", e.Msg);
    }

    [Theory]
    [InlineData("-", 100000)]
    [InlineData("not ", 100000)]
    [InlineData("~+", 50000)]
    [InlineData("2**", 100000)]
    [InlineData("x if y else ", 100000)]
    [InlineData("lambda:", 100000)]
    public void Very_long_prefix_chains_are_a_syntax_error_not_a_crash(string unit, int count)
    {
        var e = Error(string.Concat(Enumerable.Repeat(unit, count)) + "1\n");
        Assert.Equal("MemoryError", e.Kind); // CPython: MemoryError("Parser stack overflowed ...")
        Assert.Contains("too complex", e.Msg);
    }

    [Fact]
    public void Long_elif_chains_and_flat_sequences_parse_without_recursion()
    {
        PythonParser.ParseModule("if x: pass\n" + string.Concat(Enumerable.Repeat("elif x: pass\n", 2000)), "t.py");
        PythonParser.ParseModule("x = " + string.Join(" + ", Enumerable.Repeat("a", 100000)) + "\n", "t.py");
        PythonParser.ParseModule("x = a" + string.Concat(Enumerable.Repeat(".b[0](1)", 30000)) + "\n", "t.py");
        PythonParser.ParseModule("x = [" + string.Concat(Enumerable.Repeat("1, ", 100000)) + "]\n", "t.py");
    }

    [Fact]
    public void Deeply_nested_blocks_stop_at_100_levels()
    {
        string src = string.Concat(Enumerable.Range(0, 99).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 99) + "pass\n";
        PythonParser.ParseModule(src, "t.py");
        string deeper = string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 150) + "pass\n";
        Assert.Equal("too many levels of indentation", Error(deeper).Msg);
    }

    [Fact]
    public void Deep_parsing_works_on_a_small_stack()
    {
        // a thread with a 256 KB stack: deep input must still end in a result or a SyntaxError
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try
            {
                string parens = new string('(', 200) + "1" + new string(')', 200);
                try
                {
                    PythonParser.ParseModule(parens, "t.py");
                }
                catch (SyntaxErrorException)
                {
                }
                try
                {
                    PythonParser.ParseModule(string.Concat(Enumerable.Repeat("lambda:", 5000)) + "1", "t.py");
                }
                catch (SyntaxErrorException)
                {
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        t.Start();
        t.Join();
        Assert.Null(failure);
    }
}
