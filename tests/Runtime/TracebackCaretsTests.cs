// Source and caret lines of a traceback entry (Runtime/TracebackCarets.cs); expected texts are what CPython
// 3.13's traceback module prints for the same line and instruction span.
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class TracebackCaretsTests
{
    [Theory]
    // A binary operation: ~ under the operands, ^ under the operator.
    [InlineData("    return 1 / 0", 11, 16, "    return 1 / 0\n           ~~^~~\n")]
    // A subscript: ^ under the brackets and what they hold.
    [InlineData("    return a + t[\"k\"]", 15, 21, "    return a + t[\"k\"]\n               ~^^^^^\n")]
    // An attribute: ^ under the span.
    [InlineData("    return obj.attr", 11, 19, "    return obj.attr\n           ^^^^^^^^\n")]
    // The whole statement, or `name = f(...)`: no carets.
    [InlineData("    raise ValueError(1)", 4, 23, "    raise ValueError(1)\n")]
    [InlineData("    y = add(a)", 8, 14, "    y = add(a)\n")]
    public void One_line(string line, int col, int endCol, string expected)
    {
        Assert.Equal(expected, TracebackCarets.Format([line], col, endCol));
    }

    [Fact]
    public void Several_lines_keep_the_significant_ones()
    {
        string[] lines = ["    return y + fails(", "        1,", "        2,", "        3,", "        4,", "        5,", "    )"];
        Assert.Equal(
            "    return y + fails(\n               ~~~~~^\n        1,\n        ^^\n    ...<3 lines>...\n        5,\n        ^^\n    )\n    ^\n",
            TracebackCarets.Format(lines, 15, 5));
    }

    [Fact]
    public void Blank_lines_show_nothing()
    {
        Assert.Null(TracebackCarets.Format(["   "], 0, 2));
    }
}
