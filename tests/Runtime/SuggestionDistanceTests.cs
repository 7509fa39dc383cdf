// The "Did you mean" distance and choice (Runtime/SuggestionDistance.cs): expected values are CPython 3.13's
// (traceback._levenshtein_distance and _suggestions._generate_suggestions on the same inputs).
using System.Text;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class SuggestionDistanceTests
{
    [Theory]
    [InlineData("valu", "value", 2)]
    [InlineData("sqr", "sqrt", 2)]
    [InlineData("dx", "DX", 2)]
    [InlineData("Apple", "aPPLE", 5)]
    [InlineData("kitten", "sitting", 6)]
    [InlineData("abc", "xyz", 6)]
    [InlineData("", "abc", 6)]
    [InlineData("blech", "blechh", 2)]
    public void Distance_matches_cpython(string a, string b, int expected)
    {
        Assert.Equal(expected, SuggestionDistance.Distance(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b), 100));
        Assert.Equal(expected, SuggestionDistance.Distance(Encoding.UTF8.GetBytes(b), Encoding.UTF8.GetBytes(a), 100));
    }

    [Fact]
    public void Common_affixes_do_not_count_against_the_length_limit()
    {
        var a = new string('a', 45) + "x";
        var b = new string('a', 45) + "y";
        Assert.Equal(2, SuggestionDistance.Distance(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b), 100));
        // Differing parts longer than 40 bytes never match.
        var c = "b" + new string('c', 41);
        var d = "d" + new string('e', 41);
        Assert.True(SuggestionDistance.Distance(Encoding.UTF8.GetBytes(c), Encoding.UTF8.GetBytes(d), 10) > 10);
    }

    [Fact]
    public void Distance_stops_above_the_cut_off()
    {
        Assert.True(SuggestionDistance.Distance("kitten"u8, "sitting"u8, 3) > 3);
    }

    [Theory]
    [InlineData("valu", "value,values,val", "value")]
    [InlineData("sqr", "sqrt,sum", "sqrt")]
    [InlineData("xyzw", "zz,abc", null)]
    [InlineData("bax", "bar,baz", "bar")]
    [InlineData("valu", "valu", null)]
    [InlineData("cafe", "café", "café")]
    public void Best_matches_cpython(string name, string candidates, string? expected)
    {
        Assert.Equal(expected, SuggestionDistance.Best(candidates.Split(','), name));
    }

    [Fact]
    public void No_suggestion_from_750_candidates()
    {
        var names = Enumerable.Range(0, 749).Select(i => "x" + i).ToList();
        Assert.Equal("x1", SuggestionDistance.Best(names, "x1b"));
        names.Add("x1a");
        Assert.Null(SuggestionDistance.Best(names, "x1b"));
    }

    [Fact]
    public void Keyword_trailer_is_cpython_text()
    {
        Assert.Equal(". Did you mean 'dx'?", SuggestionDistance.KeywordTrailer(["dx", "dz"], "dy"));
        Assert.Equal("", SuggestionDistance.KeywordTrailer(["dx", "dz"], "zzzz"));
    }
}
