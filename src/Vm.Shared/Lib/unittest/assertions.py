"""The assert* methods of TestCase (mixed into it), with CPython 3.13's failure messages.

Every failure goes through ``self.fail`` with a message built by ``_merge_message``: the standard
text, then `` : `` and the caller's msg when longMessage is true (the caller's msg alone when it is
false). Long diffs are cut to maxDiff characters.
"""

import collections
import re

from unittest.formatting import brief_repr, shortened_reprs
from unittest.expectations import RaisesBlock, WarnsBlock

__unittest = True

DIFF_CUT_NOTE = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# assertEqual dispatches on the exact type of both arguments to these methods (by name, so a
# subclass overriding one of them is used).
TYPE_SPECIFIC = {
    dict: 'assertDictEqual',
    list: 'assertListEqual',
    tuple: 'assertTupleEqual',
    set: 'assertSetEqual',
    frozenset: 'assertSetEqual',
    str: 'assertMultiLineEqual',
}


def _pretty_lines(obj):
    import pprint  # diffs are only built for failures
    return pprint.pformat(obj).splitlines()


def _line_diff(a, b):
    import difflib
    return '\n' + '\n'.join(difflib.ndiff(_pretty_lines(a), _pretty_lines(b)))


def _take_equal(items, taken, start, elem):
    """Mark every not yet taken item equal to elem (from index start on); return how many."""
    n = 0
    for j in range(start, len(items)):
        if not taken[j] and items[j] == elem:
            taken[j] = True
            n += 1
    return n


def _counts_of_unhashables(first, second):
    """(count in first, count in second, element) for elements whose counts differ, in order of
    first appearance in first, then in second; works for unhashable elements (== only)."""
    left, right = list(first), list(second)
    found = []
    taken_left = [False] * len(left)
    taken_right = [False] * len(right)
    for i, elem in enumerate(left):
        if not taken_left[i]:
            n1 = _take_equal(left, taken_left, i, elem)
            n2 = _take_equal(right, taken_right, 0, elem)
            if n1 != n2:
                found.append((n1, n2, elem))
    for i, elem in enumerate(right):
        if not taken_right[i]:
            found.append((0, _take_equal(right, taken_right, i, elem), elem))
    return found


def _counts_of_hashables(first, second):
    c1, c2 = collections.Counter(first), collections.Counter(second)
    found = [(n, c2.get(elem, 0), elem) for elem, n in c1.items() if n != c2.get(elem, 0)]
    found.extend((0, n, elem) for elem, n in c2.items() if elem not in c1)
    return found


class Assertions:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (difflib is quadratic).
    diff_size_limit = 2 ** 16

    # -- message plumbing -------------------------------------------------------------------

    def _merge_message(self, msg, standard):
        if not self.longMessage:
            return msg or standard
        if msg is None:
            return standard
        try:
            return '%s : %s' % (standard, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (brief_repr(standard), brief_repr(msg))

    def _with_diff(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_CUT_NOTE % len(diff))

    def fail(self, msg=None):
        """Fail the test at once with msg."""
        raise self.failureException(msg)

    # -- truth and identity -----------------------------------------------------------------

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._merge_message(msg, "%s is not true" % brief_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._merge_message(msg, "%s is not false" % brief_repr(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._merge_message(msg, '%s is not %s' % (brief_repr(expr1), brief_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._merge_message(msg, 'unexpectedly identical: %s' % (brief_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._merge_message(msg, '%s is not None' % (brief_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._merge_message(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._merge_message(msg, '%s not found in %s' % (brief_repr(member), brief_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._merge_message(msg, '%s unexpectedly found in %s' % (brief_repr(member), brief_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._merge_message(msg, '%s is not an instance of %r' % (brief_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._merge_message(msg, '%s is an instance of %r' % (brief_repr(obj), cls)))

    # -- ordering ---------------------------------------------------------------------------

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._merge_message(msg, '%s not greater than %s' % (brief_repr(a), brief_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._merge_message(msg, '%s not greater than or equal to %s' % (brief_repr(a), brief_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._merge_message(msg, '%s not less than %s' % (brief_repr(a), brief_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._merge_message(msg, '%s not less than or equal to %s' % (brief_repr(a), brief_repr(b))))

    # -- equality ---------------------------------------------------------------------------

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function(first, second, msg=None) for assertEqual on two objects of exactly typeobj."""
        self._equality_by_type[typeobj] = function

    def _equality_check_for(self, first, second):
        if type(first) == type(second):
            check = self._equality_by_type.get(type(first))
            if check is None:
                name = TYPE_SPECIFIC.get(type(first))
                if name is not None:
                    return getattr(self, name)
            elif isinstance(check, str):
                return getattr(self, check)
            else:
                return check
        return self._plain_equal

    def _plain_equal(self, first, second, msg=None):
        if not first == second:
            self.fail(self._merge_message(msg, '%s != %s' % shortened_reprs(first, second)))

    def assertEqual(self, first, second, msg=None):
        self._equality_check_for(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._merge_message(msg, '%s == %s' % (brief_repr(first), brief_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                brief_repr(first), brief_repr(second), brief_repr(delta), brief_repr(gap))
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                brief_repr(first), brief_repr(second), places, brief_repr(gap))
        self.fail(self._merge_message(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                brief_repr(first), brief_repr(second), brief_repr(delta), brief_repr(gap))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (brief_repr(first), brief_repr(second), places)
        self.fail(self._merge_message(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Compare two sequences element by element; the message names the first differing
        element and any extra elements, then shows an ndiff of their pretty-printed forms."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (kind, brief_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (kind, brief_repr(seq2)))
        else:
            kind = "sequence"
        text = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            text = 'First %s has no length.    Non-sequence?' % kind
        if text is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                text = 'Second %s has no length.    Non-sequence?' % kind
        if text is None:
            if seq1 == seq2:
                return
            text = self._describe_sequence_difference(seq1, seq2, len1, len2, kind, seq_type)
            if text is None:
                return
        text = self._with_diff(text, _line_diff(seq1, seq2))
        self.fail(self._merge_message(msg, text))

    def _describe_sequence_difference(self, seq1, seq2, len1, len2, kind, seq_type):
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + shortened_reprs(seq1, seq2))
        all_equal = True
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of first %s\n' % (i, kind)
                all_equal = False
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of second %s\n' % (i, kind)
                all_equal = False
                break
            if item1 != item2:
                text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + shortened_reprs(item1, item2))
                all_equal = False
                break
        if all_equal and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return None  # equal items, only the sequence types differ: not a failure
        if len1 != len2:
            longer, shorter = (seq1, len2) if len1 > len2 else (seq2, len1)
            which = 'First' if len1 > len2 else 'Second'
            text += '\n%s %s contains %d additional elements.\n' % (which, kind, abs(len1 - len2))
            try:
                text += 'First extra element %d:\n%s\n' % (shorter, brief_repr(longer[shorter]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of %s %s\n' % (shorter, which.lower(), kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._merge_message(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % shortened_reprs(d1, d2)
            text = self._with_diff(text, _line_diff(d1, d2))
            self.fail(self._merge_message(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self.diff_size_limit or len(second) > self.diff_size_limit:
            self._plain_equal(first, second, msg)
        # Both texts end in a newline for the diff (unless empty), so a missing final newline
        # shows up as a changed last line.
        a, b = first, second
        if a and b:
            if a[-1] != '\n' or b[-1] != '\n':
                a += '\n'
                b += '\n'
        elif b and b[-1] != '\n':
            b += '\n'
        elif a and a[-1] != '\n':
            a += '\n'
        import difflib
        diff = '\n' + ''.join(difflib.ndiff(a.splitlines(True), b.splitlines(True)))
        text = self._with_diff('%s != %s' % shortened_reprs(first, second), diff)
        self.fail(self._merge_message(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Same elements with the same counts, in any order."""
        items1, items2 = list(first), list(second)
        try:
            if collections.Counter(items1) == collections.Counter(items2):
                return
            mismatches = _counts_of_hashables(items1, items2)
        except TypeError:
            mismatches = _counts_of_unhashables(items1, items2)
        if not mismatches:
            return
        lines = ['First has %d, Second has %d:  %r' % m for m in mismatches]
        text = self._with_diff('Element counts were not equal:\n', '\n'.join(lines))
        self.fail(self._merge_message(msg, text))

    # -- regular expressions ----------------------------------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._merge_message(
                msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self.fail(self._merge_message(msg, 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], unexpected_regex.pattern, text)))

    # -- exceptions, warnings, logs ---------------------------------------------------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        return RaisesBlock(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return RaisesBlock(expected_exception, self, expected_regex).handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return WarnsBlock(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return WarnsBlock(expected_warning, self, expected_regex).handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from unittest.logcapture import LogsBlock  # logging is imported only when used
        return LogsBlock(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from unittest.logcapture import LogsBlock
        return LogsBlock(self, logger, level, no_logs=True)
