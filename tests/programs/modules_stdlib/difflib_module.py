import difflib
from difflib import SequenceMatcher

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(None, "qabxcd", "abycdf")
print(s.get_opcodes())
for a, b in [('', ''), ('a', ''), ('', 'b'), ('abc', 'abc'), ('abcabba', 'cbabac'), ('tide', 'diet'), ([1, 2, 3, 4], [2, 3, 5, 4, 1])]:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
# autojunk on a long b
b = 'x' * 150 + 'abc' * 30 + 'y' * 20
a = 'x' * 10 + 'abc' + 'y' * 5
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(None, a, b, autojunk=False)
print(s.bpopular, s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(None, list(range(300)), [i % 7 for i in range(300)])
print(s.get_matching_blocks()[:5], len(s.get_opcodes()))
s.set_seq1([0, 1, 2, 3])
print(s.get_matching_blocks())
s = SequenceMatcher(None, list(map(str, range(1, 40))), list(map(str, range(1, 40))))
print(list(s.get_grouped_opcodes()))
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
del b[30:33]
s = SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes(2):
    print(g)
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(SequenceMatcher[int])

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist), difflib.get_close_matches("ab", ["ab", "ba", "abc", "b"], n=2, cutoff=0.0))
show('n', lambda: difflib.get_close_matches("x", [], n=0))
show('cutoff', lambda: difflib.get_close_matches("x", [], cutoff=1.5))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result))
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
show('restore', lambda: list(difflib.restore(diff, 3)))
print(list(difflib.ndiff(['a\tb\n', 'same\n', 'xyz\n'], ['a  b\n', 'same\n', 'xyzw\n', 'new\n'])))
print(list(difflib.ndiff(['abc\n', 'def\n'], ['uvw\n', 'xyz\n', 'pqr\n'])))
print(list(difflib.ndiff(['abcdefgh\n', 'same\n', '1234\n'], ['qq\n', 'same\n', 'abcdefgX\n'])))
print(list(difflib.ndiff(['a\n', '\n', '#\n', 'b\n'], ['a\n', 'b\n'], linejunk=difflib.IS_LINE_JUNK)))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py', fromfiledate='2024-01-01', tofiledate='2024-01-02')), end="")
for line in difflib.unified_diff('one two three four'.split(), 'zero one tree four'.split(), 'Original', 'Current', 'Sat Jan 26 23:30:50 1991', 'Fri Jun 06 10:20:52 2003', lineterm=''):
    print(line)
a = [str(i) + '\n' for i in range(30)]
b = a[:]
b[2] = 'two\n'
del b[15]
b.insert(25, 'new\n')
print(''.join(difflib.unified_diff(a, b, n=1)), end="")
print(''.join(difflib.context_diff(a, b, n=2)), end="")
print(''.join(difflib.unified_diff(['x\n'], [], n=0)), end="")
print(''.join(difflib.unified_diff([], ['x\n', 'y\n'])), end="")
print(''.join(difflib.context_diff(['x\n'], [])), end="")
print(list(difflib.unified_diff(a, a)), list(difflib.context_diff([], [])))
show('types', lambda: list(difflib.unified_diff([b'a'], ['b'])))
show('types2', lambda: list(difflib.unified_diff('abc', 'abd')))
show('types3', lambda: list(difflib.context_diff(['a'], ['b'], fromfile=1)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'], b'f', b't')))
show('diff_bytes', lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b'])))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
# a larger line diff: each line's intraline hints
old = ['def f(x):\n', '    return x + 1\n', '\n', 'print(f(2))\n', '# end\n']
new = ['def f(x, y=1):\n', '    return x + y\n', '\n', 'print(f(2))\n', 'print(f(3, 4))\n']
print(''.join(difflib.ndiff(old, new)), end="")
