# textwrap on tricky input: hyphens and em-dashes, long words, tabs, whitespace dropping,
# max_lines with placeholders, sentence endings, dedent/indent, and the TextWrapper override points.
import textwrap
from textwrap import TextWrapper


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e)


splitter = TextWrapper()
plain = TextWrapper(break_on_hyphens=False)
for text in ['well-known fact', 'a-b-c-d', 'ab-c-de', 'x-ray x--ray', 'self-contained-ish',
             'co-op, re-enter!', 'word--word', 'word---', '--option --long-option=x',
             '"quoted"--dash', 'end.--Start', '12-34 ab-12 1a-bc', 'é-è-à déjà-vu',
             'under_score-case snake_case-x', 'a\xa0b c', 'tab\there\tand-there', '-x- -', 'a--', '--a',
             'foo—bar', 'A-B-CD', "it's-a-me", 'www.example.com/some-path-here']:
    print(repr(text), splitter._split(text), plain._split(text))

text = ("The quick brown fox jumped over the lazy dog. Self-evident truths--and some not so "
        "self-evident--are wrapped here; supercalifragilisticexpialidocious words too.")
for width in (1, 5, 9, 12, 20, 33, 60):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('abcdef-ghijkl-mnopqr-stuvwx', 10), textwrap.wrap('------abcdef', 4), textwrap.wrap('ab-----cd', 4))
print(textwrap.wrap('  leading and trailing  ', 8), textwrap.wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(textwrap.wrap('\tTabs\tand\ttabs', 12), textwrap.wrap('\tTabs\tand\ttabs', 12, tabsize=2),
      textwrap.wrap('\tTabs\tand\ttabs', 12, expand_tabs=False), textwrap.wrap('a\tb\nc\rd', 40, replace_whitespace=False))
print(textwrap.wrap('Hello there.  How are you? I am fine! "Yes." Mr. Smith went. End', 80, fix_sentence_endings=True))
print(textwrap.wrap("it's 'ok.' she said. A.B. done", 80, fix_sentence_endings=True))
for lines in (1, 2, 3):
    for ph in (' [...]', '...', ' ~~~~~~~~~'):
        attempt('max_lines %d %r' % (lines, ph), lambda: textwrap.wrap(text, 20, max_lines=lines, placeholder=ph))
attempt('placeholder too large', lambda: textwrap.wrap(text, 5, max_lines=2, placeholder=' [.......]'))
attempt('width 0', lambda: textwrap.wrap('x', 0))
attempt('width -3', lambda: textwrap.fill('x', -3))
attempt('empty', lambda: textwrap.wrap(''))
attempt('spaces', lambda: textwrap.wrap('     '))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.fill('one two three four', 9, max_lines=2, initial_indent='>>> ', placeholder='..'))
for width in (10, 15, 25, 200):
    print(width, repr(textwrap.shorten(text, width)), repr(textwrap.shorten('  a   b\t\nc  ', width)))
print(repr(textwrap.shorten('Hello  world!', width=11, placeholder='…')))
attempt('shorten too small', lambda: textwrap.shorten('Hello world', 3))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n    b')),
      repr(textwrap.dedent('  \t\n  x\n   \n  y')), repr(textwrap.dedent('\t  a\n\t b')), repr(textwrap.dedent('   ')))
print(repr(textwrap.dedent('  a\r\n  b\r\n')), repr(textwrap.dedent('x\n  y')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\r\nb\x0bc', '+')),
      repr(textwrap.indent('a\n\nb', '# ', lambda line: True)))


class Marked(TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        word = reversed_chunks.pop()
        cur_line.append(word[:max(width - cur_len - 1, 1)] + '\\')
        reversed_chunks.append(word[max(width - cur_len - 1, 1):])

    def _split(self, text):
        return [piece.upper() if len(piece) > 3 else piece for piece in super()._split(text)]


print(Marked(width=8).wrap('tiny enormousword fits'))
w = TextWrapper(width=10)
w.width = 6
w.placeholder = '+'
w.max_lines = 2
print(w.wrap('reconfigured between calls'), w.fill('x y z'))
chunks = w._split_chunks('a  b.  c\td')
print(chunks, w._wrap_chunks(list(chunks)), TextWrapper.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
