# textwrap: wrap, fill, dedent, indent, shorten, TextWrapper options
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", 80), textwrap.wrap("", 10), textwrap.wrap("a verylongwordthatexceedswidth b", 10))
print(textwrap.wrap("a verylongwordthatexceedswidth b", 10, break_long_words=False))
code = """
    def f():
        return 1
      # comment
    """
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   y\n")))
print(textwrap.indent("line1\nline2\n\nline3", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello   world", 20), "|", textwrap.shorten(text, 30, placeholder=" [more]"))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
print(w.wrap(text))
w2 = textwrap.TextWrapper(width=15, expand_tabs=True, replace_whitespace=True, drop_whitespace=False)
print(w2.wrap("tab\tseparated words here"))
print(textwrap.fill("hyphen-ated words-are split-able here", 12))
print(textwrap.fill("hyphen-ated words-are split-able here", 12, break_on_hyphens=False))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
for line in textwrap.wrap(text, 20):
    print(f"|{line:<20}|")
