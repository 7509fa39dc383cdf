using Vm.Compiling;
using Vm.Parsing;
using Xunit;

namespace Vm.Tests.Compiling;

/// <summary>Annotation strings under `from __future__ import annotations` (expected values from CPython 3.13).</summary>
public sealed class UnparserTests
{
    [Theory]
    [InlineData("List[int]", "List[int]")]
    [InlineData("Dict[str, int | None]", "Dict[str, int | None]")]
    [InlineData("Tuple[int, ...]", "Tuple[int, ...]")]
    [InlineData("\"x\"", "'x'")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("Callable[[int, str], None]", "Callable[[int, str], None]")]
    [InlineData("a.b.c", "a.b.c")]
    [InlineData("-1", "-1")]
    [InlineData("not x", "not x")]
    [InlineData("a + b * c", "a + b * c")]
    [InlineData("(a + b) * c", "(a + b) * c")]
    [InlineData("a ** b ** c", "a ** b ** c")]
    [InlineData("(a ** b) ** c", "(a ** b) ** c")]
    [InlineData("-a ** b", "-a ** b")]
    [InlineData("(-a) ** b", "(-a) ** b")]
    [InlineData("lambda x, y=1, *a, k, **kw: x", "lambda x, y=1, *a, k, **kw: x")]
    [InlineData("lambda: 0", "lambda: 0")]
    [InlineData("x if y else z", "x if y else z")]
    [InlineData("(x if y else z) if w else v", "(x if y else z) if w else v")]
    [InlineData("a < b < c", "a < b < c")]
    [InlineData("a and b or c", "a and b or c")]
    [InlineData("a and (b or c)", "a and (b or c)")]
    [InlineData("f(x, *y, k=1, **z)", "f(x, *y, k=1, **z)")]
    [InlineData("f(x for x in y)", "f(x for x in y)")]
    [InlineData("[x for x in y if x]", "[x for x in y if x]")]
    [InlineData("{k: v for k, v in d.items()}", "{k: v for k, v in d.items()}")]
    [InlineData("{1, 2}", "{1, 2}")]
    [InlineData("{1: 2, **d}", "{1: 2, **d}")]
    [InlineData("(1,)", "(1,)")]
    [InlineData("()", "()")]
    [InlineData("(1, 2)", "(1, 2)")]
    [InlineData("x[1:2, ::3]", "x[1:2, ::3]")]
    [InlineData("x[a, b]", "x[a, b]")]
    [InlineData("1.5e300", "1.5e+300")]
    [InlineData("1e400", "1e309")]
    [InlineData("3j", "3j")]
    [InlineData("b'abc'", "b'abc'")]
    [InlineData("...", "...")]
    [InlineData("None", "None")]
    [InlineData("True", "True")]
    [InlineData("f\"a{b!r:>{c}}d\"", "f'a{b!r:>{c}}d'")]
    [InlineData("1 .real", "1 .real")]
    [InlineData("x[(a, b)]", "x[a, b]")]
    [InlineData("~x", "~x")]
    [InlineData("a if b else (lambda: c)", "a if b else lambda: c")]
    public void MatchesCPython(string source, string expected)
    {
        Assert.Equal(expected, Unparser.Unparse(PythonParser.ParseExpression(source, "<test>")));
    }
}
