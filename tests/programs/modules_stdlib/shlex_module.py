# shlex: split in POSIX and compatibility modes, comments, escapes inside and outside quotes,
# punctuation_chars, quote/join, and the errors for unbalanced input.
import shlex

for text in ['ls -l "my file.txt" other', "echo 'single quoted' \"double \\\"esc\\\" \\$HOME\" back\\ slash",
             'a#b c # comment', "mixed'quo'ted\"parts\"", 'empty "" \'\' tokens', 'tab\tand\nnewline', '  lead and trail  ',
             'path/to/file.py --opt=1 -x', 'unicode résumé']:
    print(shlex.split(text), shlex.split(text, comments=True), shlex.split(text, posix=False))
for bad in ['unclosed "quote', "unclosed 'single", 'trailing backslash\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for word in ['simple', 'has space', "it's", '', '$var', 'a"b', 'safe-chars_./:=@%+,']:
    print(repr(shlex.quote(word)))
print(shlex.join(['echo', 'hello world', "it's"]), shlex.split(shlex.join(['x y', "'q'", '"d"'])))
lex = shlex.shlex('a = b + "c d"; e(f)')
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > out.txt', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('x=1 # note\ny = "two"', posix=True)
print([(t, lex.lineno) for t in lex])
lex = shlex.shlex('one two three')
print(lex.get_token(), end=' ')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
try:
    shlex.quote(3)
except TypeError as e:
    print('TypeError', e)
