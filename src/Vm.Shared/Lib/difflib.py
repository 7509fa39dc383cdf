"""Compare sequences: SequenceMatcher (matching blocks, opcodes, similarity ratios), Differ/ndiff
(human-readable line deltas with intraline '?' hints), unified_diff, context_diff,
get_close_matches, restore.

Written for pyvm from the documented behaviour of Python 3.13's difflib. SequenceMatcher is the
Ratcliff-Obershelp "gestalt" matcher: the longest junk-free matching block (earliest in a, then
earliest in b), extended by equal popular elements and then by equal junk on both sides, then the
same recursively left and right of it. With autojunk, an element of a b of 200 or more items that
makes up more than 1% of it (plus one) is "popular" and never starts a match."""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Find the longest matching blocks of two sequences of hashable elements and describe how to
    turn a into b. b is indexed once (set_seq2), so compare many a's against one b."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> increasing list of its indices in b, without junk and popular elements.
        b = self.b
        where = {}
        for j, elt in enumerate(b):
            where.setdefault(elt, []).append(j)
        self.bjunk = set()
        if self.isjunk:
            for elt in where:
                if self.isjunk(elt):
                    self.bjunk.add(elt)
            for elt in self.bjunk:
                del where[elt]
        self.bpopular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, places in where.items():
                if len(places) > limit:
                    self.bpopular.add(elt)
            for elt in self.bpopular:
                del where[elt]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block Match(i, j, k) with a[i:i+k] == b[j:j+k] inside
        a[alo:ahi] and b[blo:bhi] (see the module doc for junk and ties)."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run_at[j] = length of the matching run ending at a[i-1], b[j] (for the previous i).
        run_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_at.get(j - 1, 0) + 1
                runs[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run_at = runs
        # Grow the block by equal non-junk (popular) elements, then by equal junk, on both sides.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, increasing in i and j, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        merged.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) 5-tuples turning a into b; tags are 'replace', 'delete', 'insert',
        'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = self.opcodes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        return ops

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes, each with at most n equal elements of context around the changes."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        codes = list(codes)
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch ends one group and starts the next.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2.0*M/T, M the matched elements, T the total of both lengths."""
        matches = sum(k for _, _, k in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): the elements the two have in common, ignoring order."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            have = left.get(elt)
            if have is None:
                have = self.fullbcount.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound on ratio(), from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches for word among possibilities scoring at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a blank line or one holding only a '#' (and whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


class Differ:
    """Line-by-line deltas: '- ' only in a, '+ ' only in b, '  ' in both, '? ' hints marking the
    changed characters of two similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        lines = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in lines.get_opcodes():
            if tag == 'replace':
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _replace(self, a, alo, ahi, b, blo, bhi):
        # Synchronise on the most similar pair of different lines (ratio at least 0.75; for each
        # line of b in turn, each line of a), else on the first identical pair, else give up and
        # dump both blocks; then do the same to the blocks before and after the pair.
        best, best_i, best_j = 0.74, None, None
        same_i = same_j = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < 0.75:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False
        yield from self._part(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            chars.set_seqs(aline, bline)
            amarks, bmarks = [], []
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                else:
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
            yield from self._with_hints(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._part(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _part(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    @staticmethod
    def _with_hints(aline, bline, amarks, bmarks):
        # A hint keeps the line's own whitespace (tabs) where it marks nothing, so it lines up.
        def hint(line, marks):
            return ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks)).rstrip()
        amarks, bmarks = hint(aline, amarks), hint(bline, bmarks)
        yield '- ' + aline
        if amarks:
            yield '? %s\n' % amarks
        yield '+ ' + bline
        if bmarks:
            yield '? %s\n' % bmarks


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ().compare(a, b) with the given junk filters (by default, spaces and tabs are junk
    within lines)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence a (which=1) or b (which=2) from an ndiff/compare delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in (tag, "  "):
            yield line[2:]


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    first, length = start + 1, stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first, length = start + 1, stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _groups(a, b, n, marks, names, lineterm):
    # The opcode groups of a and b, each with the lines to write before it: the two file header
    # lines before the first group, nothing before the others (no groups: no header either).
    _check_types(a, b, *names, lineterm)
    fromfile, tofile, fromfiledate, tofiledate = names
    fromdate = '\t' + fromfiledate if fromfiledate else ''
    todate = '\t' + tofiledate if tofiledate else ''
    header = ('%s %s%s%s' % (marks[0], fromfile, fromdate, lineterm),
              '%s %s%s%s' % (marks[1], tofile, todate, lineterm))
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield header, group
        header = ()


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of the line lists a and b in unified format, n lines of context."""
    for header, group in _groups(a, b, n, ('---', '+++'),
                                 (fromfile, tofile, fromfiledate, tofiledate), lineterm):
        yield from header
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of the line lists a and b in context format, n lines of context."""
    for header, group in _groups(a, b, n, ('***', '---'),
                                 (fromfile, tofile, fromfiledate, tofiledate), lineterm):
        yield from header
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        # The hunk's lines of a (opcode fields 1, 2), then of b (fields 3, 4); a side's lines are
        # listed only if the hunk changes something on that side.
        for mark, lines, lo, hi, other_side in (('***', a, 1, 2, 'insert'), ('---', b, 3, 4, 'delete')):
            yield '%s %s %s%s' % (mark, _context_range(first[lo], last[hi]), mark[0] * 4, lineterm)
            if any(op[0] not in ('equal', other_side) for op in group):
                for op in group:
                    if op[0] != other_side:
                        for line in lines[op[lo]:op[hi]]:
                            yield _CONTEXT_MARK[op[0]] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on lists of bytes: they are decoded as ASCII with
    surrogateescape (which round-trips every byte) and the output lines encoded back."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s)) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate), decode(tofiledate),
                  n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')
