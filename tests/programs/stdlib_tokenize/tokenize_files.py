import collections
import io
import token
import tokenize

# this file's own tokens: counts per type, exact operator types, and the round trip
with tokenize.open(__file__) as f:
    print(f.encoding, f.mode)
    text = f.read()
with open(__file__, "rb") as f:
    tokens = list(tokenize.tokenize(f.readline))
print(tokens[0])
counts = collections.Counter(tok_name for tok_name in (token.tok_name[t.type] for t in tokens))
print(sorted(counts.items()))
exact = collections.Counter(token.tok_name[t.exact_type] for t in tokens if t.type == token.OP)
print(sorted(exact.items()))
print(tokenize.untokenize(tokens).decode("utf-8") == text)
names = [t.string for t in tokens if t.type == token.NAME]
print(len(names), names[:12])
strings = [t for t in tokens if t.type in (token.STRING, token.FSTRING_START)]
print(len(strings), strings[0].start, strings[-1].end)
comments = [t.string for t in tokens if t.type == token.COMMENT]
print(comments)

# untokenize of (type, string) pairs respaces; of full tokens keeps columns
src = "def  f( a ,b ):\n    return a+b  # sum\n\nclass C :\n\tpass\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
back = list(tokenize.generate_tokens(io.StringIO(tokenize.untokenize((t.type, t.string) for t in toks)).readline))
print([t.string for t in back if t.type not in (token.INDENT, token.DEDENT)] == [t.string for t in toks if t.type not in (token.INDENT, token.DEDENT, token.COMMENT, token.NL)] or "differs")

# generate_tokens is lazy about nothing it must not be: a readline that raises StopIteration ends the input
lines = iter(["x = 1\n", "y = 2\n"])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])
# bytes input with a BOM and a cookie
for raw in [b"\xef\xbb\xbfa = 'b'\n", b"# -*- coding: iso-8859-15 -*-\ns = '\xa4'\n", b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nx = '\xe9'\n"]:
    toks = list(tokenize.tokenize(io.BytesIO(raw).readline))
    print(toks[0].string, [t.string for t in toks if t.type == token.STRING])
# errors are Python exceptions
for bad in ["x = (", "'''abc", "f'{x", "def f():\n  a\n b\n", "a = 'unterminated\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
        print("no error")
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except IndentationError as e:
        print("IndentationError", e.args[0])
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: no-such-codec\n").readline)
except SyntaxError as e:
    print("SyntaxError", e)
print(issubclass(tokenize.TokenError, Exception), tokenize.TokenInfo._fields)
print(sorted(set(tokenize.__all__) - set(token.__all__)))
