using System.Numerics;
using Vm.Lexing;
using Vm.Text;
using Xunit;

namespace Vm.Tests.Lexing;

public sealed class TokenizerTests
{
    private static List<Token> Lex(string source) => Tokenizer.Tokenize(source, "t.py");

    private static TokenKind[] Kinds(string source) => Lex(source).Select(t => t.Kind).ToArray();

    private static object? SingleValue(string source, TokenKind kind)
    {
        var tok = Lex(source).Single(t => t.Kind == kind);
        Assert.Null(tok.Error);
        return tok.Value;
    }

    private static SyntaxErrorException LexError(string source)
        => Assert.Throws<SyntaxErrorException>(() => Lex(source));

    // ---------------------------------------------------------------- numbers

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("7", 7L)]
    [InlineData("1_000_000", 1_000_000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0XfF", 255L)]
    [InlineData("0o17", 15L)]
    [InlineData("0b1011", 11L)]
    [InlineData("0b_1_0", 2L)]
    [InlineData("0xdead_beef", 0xdeadbeefL)]
    [InlineData("00", 0L)]
    [InlineData("0_0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integer_literals_are_longs(string text, long expected)
        => Assert.Equal(expected, SingleValue(text, TokenKind.Number));

    [Theory]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0xFFFFFFFFFFFFFFFF", "18446744073709551615")]
    [InlineData("0b11111111111111111111111111111111111111111111111111111111111111111", "36893488147419103231")]
    public void Integer_literals_too_big_for_long_are_BigIntegers(string text, string expected)
        => Assert.Equal(BigInteger.Parse(expected), SingleValue(text, TokenKind.Number));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e10", 1e10)]
    [InlineData("1E-5", 1e-5)]
    [InlineData("1_0.2_5e+1_0", 10.25e10)]
    [InlineData("09.5", 9.5)]
    [InlineData("0e0", 0.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Float_literals_are_doubles(string text, double expected)
        => Assert.Equal(expected, SingleValue(text, TokenKind.Number));

    [Theory]
    [InlineData("1j", 1.0)]
    [InlineData("2.5J", 2.5)]
    [InlineData("1e3j", 1000.0)]
    [InlineData(".5j", 0.5)]
    [InlineData("5.j", 5.0)]
    public void Imaginary_literals_are_complex_with_zero_real_part(string text, double imaginary)
        => Assert.Equal(new Complex(0, imaginary), SingleValue(text, TokenKind.Number));

    [Fact]
    public void A_number_directly_followed_by_a_keyword_is_still_a_number()
        => Assert.Equal([TokenKind.Number, TokenKind.KwIf, TokenKind.Number, TokenKind.KwElse, TokenKind.Number,
            TokenKind.Newline, TokenKind.EndMarker], Kinds("1if 1 else 2"));

    [Theory]
    [InlineData("1abc", "invalid decimal literal", 1)]
    [InlineData("1__0", "invalid decimal literal", 2)]
    [InlineData("1_", "invalid decimal literal", 2)]
    [InlineData("1e", "invalid decimal literal", 1)]
    [InlineData("1.5_", "invalid decimal literal", 4)]
    [InlineData("0x", "invalid hexadecimal literal", 2)]
    [InlineData("0xg", "invalid hexadecimal literal", 2)]
    [InlineData("0b2", "invalid digit '2' in binary literal", 3)]
    [InlineData("0o8", "invalid digit '8' in octal literal", 3)]
    [InlineData("0b1_", "invalid binary literal", 4)]
    [InlineData("1j2", "invalid imaginary literal", 2)]
    [InlineData("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1)]
    public void Bad_numbers_give_CPythons_message_and_offset(string text, string message, int offset)
    {
        var e = LexError(text);
        Assert.Equal("SyntaxError", e.Kind);
        Assert.Equal(message, e.Msg);
        Assert.Equal(1, e.Line);
        Assert.Equal(offset, e.Offset);
        Assert.Equal(text, e.SourceLine);
    }

    // ---------------------------------------------------------------- strings

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("''", "")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("\"\"\"a\"b\"\"\"", "a\"b")]
    [InlineData("r'\\n'", "\\n")]
    [InlineData("R'\\d'", "\\d")]
    [InlineData("u'x'", "x")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'", "\\ ' \" \a \b \f \n \r \t \v")]
    [InlineData("'\\0\\101\\7777'", "\0A\u01FF7")]
    [InlineData("'\\x41\\u00e9\\U0001F600'", "Aé\U0001F600")]
    [InlineData("'\\N{BULLET}\\N{em dash}\\N{LATIN SMALL LETTER A}'", "\u2022\u2014a")]
    [InlineData("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "\u4E00")]
    [InlineData("'\\d\\q'", "\\d\\q")]
    public void String_literals_decode_their_escapes(string text, string expected)
        => Assert.Equal(expected, SingleValue(text, TokenKind.String));

    [Theory]
    [InlineData("b'abc'", new byte[] { 97, 98, 99 })]
    [InlineData("B'\\x00\\xff'", new byte[] { 0, 255 })]
    [InlineData("rb'\\x'", new byte[] { 92, 120 })]
    [InlineData("Br'\\n'", new byte[] { 92, 110 })]
    [InlineData("b'\\n\\101\\u0041'", new byte[] { 10, 65, 92, 117, 48, 48, 52, 49 })]
    public void Bytes_literals_are_byte_arrays(string text, byte[] expected)
        => Assert.Equal(expected, SingleValue(text, TokenKind.String));

    [Fact]
    public void String_prefixes_are_recorded_in_the_flags()
    {
        var toks = Lex("u'a' rb'b' '''c'''");
        Assert.Equal(StringFlags.Unicode, toks[0].Flags);
        Assert.Equal(StringFlags.Raw | StringFlags.Bytes, toks[1].Flags);
        Assert.Equal(StringFlags.Triple, toks[2].Flags);
    }

    [Theory]
    [InlineData("'\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape")]
    [InlineData("'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape")]
    [InlineData("'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character")]
    [InlineData("'\\N{no such name}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name")]
    [InlineData("'\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape")]
    [InlineData("b'\\x4'", "(value error) invalid \\x escape at position 0")]
    [InlineData("b'é'", "bytes can only contain ASCII literal characters")]
    public void Bad_escapes_are_recorded_on_the_token_for_the_parser_to_raise(string text, string message)
    {
        var tok = Lex(text)[0];
        Assert.Equal(TokenKind.String, tok.Kind);
        Assert.NotNull(tok.Error);
        Assert.Equal(message, tok.Error!.Msg);
        Assert.Equal(1, tok.Error.Offset);
    }

    [Theory]
    [InlineData("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = 'abc\\'", "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5)]
    [InlineData("x = \"\"\"abc\n\nd", "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [InlineData("f\"abc", "unterminated f-string literal (detected at line 1)", 1, 1)]
    [InlineData("f'''a\n", "unterminated triple-quoted f-string literal (detected at line 1)", 1, 1)]
    public void Unterminated_strings_are_reported_at_their_start(string text, string message, int line, int offset)
    {
        var e = LexError(text);
        Assert.Equal(message, e.Msg);
        Assert.Equal(line, e.Line);
        Assert.Equal(offset, e.Offset);
    }

    // ---------------------------------------------------------------- layout

    [Fact]
    public void Indentation_produces_INDENT_and_DEDENT()
    {
        Assert.Equal(
        [
            TokenKind.KwIf, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.KwIf, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.KwPass, TokenKind.Newline,
            TokenKind.Dedent, TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker,
        ], Kinds("if a:\n    if b:\n        pass\nc\n"));
    }

    [Fact]
    public void Open_blocks_are_closed_at_the_end_of_input()
        => Assert.Equal([TokenKind.KwIf, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent,
            TokenKind.KwPass, TokenKind.Newline, TokenKind.Dedent, TokenKind.EndMarker], Kinds("if a:\n  pass"));

    [Fact]
    public void Blank_lines_and_comment_lines_make_no_tokens()
        => Assert.Equal([TokenKind.Name, TokenKind.Newline, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("a\n\n   \n# comment\n  # indented comment\nb  # trailing\n"));

    [Fact]
    public void Newlines_inside_brackets_are_ignored()
        => Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.LPar, TokenKind.Number, TokenKind.Comma,
            TokenKind.Number, TokenKind.RPar, TokenKind.Newline, TokenKind.EndMarker], Kinds("x = (1,\n\n      2)\n"));

    [Fact]
    public void Backslash_joins_lines()
        => Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Plus, TokenKind.Number,
            TokenKind.Newline, TokenKind.EndMarker], Kinds("x = 1 + \\\n    2\n"));

    [Fact]
    public void Carriage_returns_count_as_newlines()
        => Assert.Equal([TokenKind.Name, TokenKind.Newline, TokenKind.Name, TokenKind.Newline, TokenKind.Name,
            TokenKind.Newline, TokenKind.EndMarker], Kinds("a\r\nb\rc"));

    [Fact]
    public void Tabs_count_to_the_next_multiple_of_eight()
        => Assert.DoesNotContain(TokenKind.ErrorToken, Kinds("if a:\n\tb\n\tc\n"));

    [Theory]
    [InlineData("if x:\n\tpass\n        pass\n")]
    [InlineData("if x:\n        pass\n\tpass\n")]
    public void Inconsistent_tabs_and_spaces_are_a_TabError(string text)
    {
        var e = LexError(text);
        Assert.Equal("TabError", e.Kind);
        Assert.Equal("inconsistent use of tabs and spaces in indentation", e.Msg);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_dedent_to_an_unknown_level_is_an_IndentationError()
    {
        var e = LexError("if x:\n        a\n    b\n");
        Assert.Equal("IndentationError", e.Kind);
        Assert.Equal("unindent does not match any outer indentation level", e.Msg);
        Assert.Equal(3, e.Line);
        Assert.Equal(6, e.Offset);
        Assert.Equal("    b", e.SourceLine);
    }

    [Theory]
    [InlineData("x = )", "unmatched ')'", 1, 5)]
    [InlineData("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = (\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    [InlineData("x = 1 \\ y", "unexpected character after line continuation character", 1, 8)]
    [InlineData("x = 1€", "invalid character '€' (U+20AC)", 1, 6)]
    [InlineData("x = a\u00a0b", "invalid non-printable character U+00A0", 1, 6)]
    public void Lexical_errors_have_CPythons_message_and_offset(string text, string message, int line, int offset)
    {
        var e = LexError(text);
        Assert.Equal(message, e.Msg);
        Assert.Equal(line, e.Line);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void More_than_200_nested_brackets_is_an_error()
    {
        Assert.DoesNotContain(TokenKind.ErrorToken, Kinds(new string('(', 200) + new string(')', 200)));
        var e = LexError(new string('[', 201));
        Assert.Equal("too many nested parentheses", e.Msg);
        Assert.Equal(201, e.Offset);
    }

    [Fact]
    public void More_than_100_indentation_levels_is_an_error()
    {
        var src = string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 101) + "pass\n";
        var e = LexError(src);
        Assert.Equal("IndentationError", e.Kind);
        Assert.Equal("too many levels of indentation", e.Msg);
    }

    [Fact]
    public void End_of_input_inside_brackets_is_an_eof_error_token()
    {
        var last = Lex("f(1,\n2")[^1];
        Assert.True(last.IsEof);
    }

    [Fact]
    public void An_error_is_raised_again_on_every_later_call()
    {
        var t = new Tokenizer("x = 'abc", "t.py");
        t.Next();
        t.Next();
        var first = Assert.Throws<SyntaxErrorException>(() => t.Next());
        var again = Assert.Throws<SyntaxErrorException>(() => t.Next());
        Assert.Same(first, again);
        Assert.True(t.Failed);
    }

    // ---------------------------------------------------------------- names, operators, positions

    [Fact]
    public void Keywords_are_their_own_kinds_but_soft_keywords_are_names()
        => Assert.Equal([TokenKind.KwFor, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name,
            TokenKind.KwNone, TokenKind.Newline, TokenKind.EndMarker], Kinds("for match case type _ None"));

    [Fact]
    public void Non_ascii_identifiers_are_NFKC_normalized()
        => Assert.Equal("fi", SingleValue("ﬁ", TokenKind.Name));

    [Fact]
    public void Every_operator_is_one_token()
    {
        string ops = "+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != := -> . ... , : ; = += -= *= /= //= %= **= @= <<= >>= &= |= ^= ! ( ) [ ] { }";
        var toks = Lex(ops);
        Assert.Equal(ops.Split(' ').Length + 2, toks.Count);
        Assert.Equal(ops.Split(' '), toks.Take(toks.Count - 2).Select(t => ops.Substring(t.Start, t.End - t.Start)));
    }

    [Fact]
    public void Tokens_carry_1_based_lines_and_0_based_columns()
    {
        var toks = Lex("x = 1\nif y:\n    'a\nb'\n".Replace("'a\nb'", "'''a\nb'''"));
        var str = toks.Single(t => t.Kind == TokenKind.String);
        Assert.Equal((3, 4, 4, 4), (str.Line, str.Col, str.EndLine, str.EndCol));
        var y = toks.Single(t => t.Kind == TokenKind.Name && (string)t.Value! == "y");
        Assert.Equal((2, 3, 2, 4), (y.Line, y.Col, y.EndLine, y.EndCol));
    }

    // ---------------------------------------------------------------- f-strings

    [Fact]
    public void An_fstring_is_split_into_start_middles_fields_and_end()
    {
        var toks = Lex("f'a{x!r:>{w}}b'");
        Assert.Equal(
        [
            TokenKind.FStringStart, TokenKind.FStringMiddle, TokenKind.LBrace, TokenKind.Name, TokenKind.Exclamation,
            TokenKind.Name, TokenKind.Colon, TokenKind.FStringMiddle, TokenKind.LBrace, TokenKind.Name,
            TokenKind.RBrace, TokenKind.RBrace, TokenKind.FStringMiddle, TokenKind.FStringEnd, TokenKind.Newline,
            TokenKind.EndMarker,
        ], toks.Select(t => t.Kind));
        Assert.Equal(StringFlags.FormatSpecColon, toks[6].Flags);
        Assert.Equal(">", toks[7].Value);
    }

    [Fact]
    public void Fstring_literal_text_has_doubled_braces_and_escapes_decoded()
    {
        var middles = Lex("f'{{a}}\\t\\N{BULLET}'").Where(t => t.Kind == TokenKind.FStringMiddle).Select(t => (string)t.Value!);
        Assert.Equal("{a}\t\u2022", string.Concat(middles));
    }

    [Fact]
    public void Fstring_fields_may_reuse_the_same_quotes()
    {
        var toks = Lex("f\"{\"a\" + f\"{b}\"}\"");
        Assert.Equal(2, toks.Count(t => t.Kind == TokenKind.FStringStart));
        Assert.Contains(toks, t => t.Kind == TokenKind.String && (string)t.Value! == "a");
    }

    [Fact]
    public void A_walrus_at_the_top_of_a_field_is_a_format_spec()
    {
        var toks = Lex("f'{x:=5}'");
        Assert.Contains(toks, t => t.Kind == TokenKind.Colon);
        Assert.DoesNotContain(toks, t => t.Kind == TokenKind.ColonEqual);
        Assert.Contains(toks, t => t.Kind == TokenKind.FStringMiddle && (string)t.Value! == "=5");
    }

    [Theory]
    [InlineData("f'}'", "f-string: single '}' is not allowed")]
    [InlineData("f'{x'", "f-string: expecting '}'")]
    [InlineData("f'{x:{y:{z:{w}}}}'", "f-string: expressions nested too deeply")]
    public void Fstring_lexical_errors(string text, string message)
        => Assert.Equal(message, LexError(text).Msg);
}
