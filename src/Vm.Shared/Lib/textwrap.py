"""Wrapping and filling of plain text paragraphs, and dedent/indent/shorten.

pyvm's textwrap, written from the Python 3.13 documentation. Text is cut into chunks (runs of
ASCII whitespace, words, the pieces of hyphenated words, em-dashes) and the chunks are packed
greedily into lines. The method names TextWrapper subclasses override (_munge_whitespace, _split,
_fix_sentence_endings, _handle_long_word, _wrap_chunks, _split_chunks) keep their contracts."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters separate words; other Unicode spaces belong to words.
_BLANKS = frozenset('\t\n\x0b\x0c\r ')


def _wordchar(ch):
    return ch == '_' or ch.isalnum()


def _letterlike(ch):
    # a word character that is not a decimal digit ('_' counts)
    return _wordchar(ch) and not ch.isdecimal()


def _may_precede_dash(ch):
    return _wordchar(ch) or ch in '!"\'&.,?'


class _Scanner:
    """Cuts one string into chunks where break_on_hyphens allows: after the hyphen of a compound
    word (two letters, or letter-hyphen-letter, before it; letter, optional hyphen, letter after
    it) and around an em-dash (two or more hyphens between a word or punctuation and a word)."""

    def __init__(self, text):
        self.text = text
        self.size = len(text)

    def at(self, i):
        return self.text[i] if 0 <= i < self.size else ''

    def letter(self, i):
        ch = self.at(i)
        return bool(ch) and _letterlike(ch)

    def dash_run(self, i):
        """Length of the em-dash starting at i (0 if there is none): two or more hyphens that
        run into a word character."""
        end = i
        while end < self.size and self.text[end] == '-':
            end += 1
        if end - i >= 2 and end < self.size and _wordchar(self.text[end]):
            return end - i
        return 0

    def compound_break(self, hyphen):
        """Whether a word may be cut just after the hyphen at this index."""
        before = (self.letter(hyphen - 1) and
                  (self.letter(hyphen - 2) or
                   (self.at(hyphen - 2) == '-' and self.letter(hyphen - 3))))
        if not before or not self.letter(hyphen + 1):
            return False
        return self.letter(hyphen + 2) or (self.at(hyphen + 2) == '-' and self.letter(hyphen + 3))

    def word_end(self, start):
        """End (exclusive) of the chunk that starts at start, a non-blank character."""
        text = self.text
        for end in range(start + 1, self.size + 1):
            if end == self.size or text[end] in _BLANKS:
                return end
            if text[end] != '-':
                continue
            if self.compound_break(end):
                return end + 1
            if _may_precede_dash(text[end - 1]) and self.dash_run(end):
                return end
        return self.size

    def chunks(self):
        text, out, pos = self.text, [], 0
        while pos < self.size:
            if text[pos] in _BLANKS:
                end = pos + 1
                while end < self.size and text[end] in _BLANKS:
                    end += 1
            elif pos and _may_precede_dash(text[pos - 1]) and self.dash_run(pos):
                end = pos + self.dash_run(pos)
            else:
                end = self.word_end(pos)
            out.append(text[pos:end])
            pos = end
        return out


def _blank_runs(text):
    """Chunks when hyphens do not break words: alternating blank and non-blank runs."""
    out, pos, size = [], 0, len(text)
    while pos < size:
        blank = text[pos] in _BLANKS
        end = pos + 1
        while end < size and (text[end] in _BLANKS) == blank:
            end += 1
        out.append(text[pos:end])
        pos = end
    return out


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then at most one quote, at the end of chunk."""
    body = chunk[:-1] if chunk[-1:] in ('"', "'") else chunk
    return (len(body) >= 2 and body[-1] in '.!?' and 'a' <= body[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs; the keyword arguments of the constructor are public attributes that may
    be changed between calls."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, '\t\n\x0b\x0c\r '), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- override points -------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded (expand_tabs), then every whitespace character made a space
        (replace_whitespace)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(self.unicode_whitespace_trans) if self.replace_whitespace else text

    def _split(self, text):
        """The chunks of text, in order; joined they give text back."""
        if self.break_on_hyphens:
            return _Scanner(text).chunks()
        return _blank_runs(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence end two spaces, in place."""
        index = 0
        while index + 1 < len(chunks):
            if chunks[index + 1] == ' ' and _ends_sentence(chunks[index]):
                chunks[index + 1] = '  '
                index += 1
            index += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The last item of reversed_chunks does not fit in the width-cur_len columns left: put
        as much of it as fits (up to its last hyphen if break_on_hyphens) on cur_line, or all of
        it on an empty line when long words may not be broken."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most width columns (indent included); honours
        drop_whitespace, max_lines and placeholder."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            last_indent = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        pending = chunks        # a stack: the next chunk is at the end
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if limit is None or len(lines) + 1 < limit or (self._nothing_left(pending)
                                                           and used <= room):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, indent)
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- helpers of _wrap_chunks -----------------------------------------------------------

    def _nothing_left(self, pending):
        if not pending:
            return True
        return self.drop_whitespace and len(pending) == 1 and not pending[0].strip()

    def _end_with_placeholder(self, lines, line, used, room, indent):
        """The last allowed line: drop chunks from its end until a word is last and the
        placeholder fits after it; failing that, append it to the previous line or put it
        alone on this one."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    # -- public API ------------------------------------------------------------------------

    def wrap(self, text):
        """The paragraph text as a list of lines (without newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped, as one string with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width columns (TextWrapper's keywords apply)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Whitespace collapsed, then cut to width with the placeholder at the end if needed."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.split()))


def _margin(line):
    """The blanks and tabs that start line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove the longest run of spaces and tabs that starts every non-blank line; lines holding
    only spaces and tabs become empty."""
    if not isinstance(text, str):
        # CPython's dedent starts with a str-pattern re.sub: its errors.
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split('\n')
    common = None
    for index, line in enumerate(lines):
        if not line.strip(' \t'):
            lines[index] = ''
            continue
        lead = _margin(line)
        if common is None:
            common = lead
            continue
        shared = 0
        for a, b in zip(common, lead):
            if a != b:
                break
            shared += 1
        common = common[:shared]
    if common:
        cut = len(common)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """prefix added to each line for which predicate(line) is true (by default: each line that
    is not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return not line.isspace()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
