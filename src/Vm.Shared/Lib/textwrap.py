"""Text wrapping and filling (FreeThreaded VM implementation)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ws_set = frozenset(_whitespace)


def _is_letter(c):
    return c.isalpha()


def _is_wordpunct(c):
    # [\w!"'&.,?]
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _split_word(word, break_on_hyphens):
    """Splits a run of non-whitespace into chunks at hyphenation points and em-dashes."""
    if not break_on_hyphens:
        return [word]
    chunks = []
    n = len(word)
    start = 0
    i = 0
    while i < n:
        c = word[i]
        if c == '-':
            # em-dash: two or more hyphens after a word/punctuation char and before a word char
            j = i
            while j < n and word[j] == '-':
                j += 1
            if j - i >= 2 and i > 0 and _is_wordpunct(word[i - 1]) and j < n and _is_word(word[j]):
                if i > start:
                    chunks.append(word[start:i])
                chunks.append(word[i:j])
                start = j
                i = j
                continue
            if j - i >= 2 and i == start and start > 0 and j < n and _is_word(word[j]):
                chunks.append(word[i:j])
                start = j
                i = j
                continue
            # hyphenated word: letter letter '-' or letter '-' letter '-' before, letter [-] letter after
            before_ok = (i >= 2 and i - 2 >= start and _is_letter(word[i - 2]) and _is_letter(word[i - 1])) or \
                        (i >= 3 and i - 3 >= start and _is_letter(word[i - 3]) and word[i - 2] == '-' and _is_letter(word[i - 1]))
            after_ok = i + 1 < n and _is_letter(word[i + 1]) and (
                (i + 2 < n and _is_letter(word[i + 2])) or
                (i + 3 < n and word[i + 2] == '-' and _is_letter(word[i + 3])))
            if before_ok and after_ok:
                chunks.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        chunks.append(word[start:])
    return chunks


class TextWrapper:
    """Wraps and fills text; configure with the keyword arguments of the constructor."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

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

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _ws_set:
                while j < n and text[j] in _ws_set:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _ws_set:
                    j += 1
                chunks.extend(_split_word(text[i:j], self.break_on_hyphens))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and len(chunk) >= 2 and chunk[-1] in '.!?' or \
                    (chunks[i + 1] == " " and len(chunk) >= 3 and chunk[-1] in '"\'' and chunk[-2] in '.!?'):
                body = chunk.rstrip('"\'')[:-1]
                if body and body[-1].islower():
                    chunks[i + 1] = "  "
                    i += 2
                    continue
            i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into a list of lines of at most width characters."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fills a paragraph: wrap() joined with newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_ws(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes any common leading whitespace from every line in text."""
    lines = text.split('\n')
    # Lines consisting solely of blanks and tabs are normalised to empty lines.
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_ws(line)
        if len(indent) == len(line):
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the beginning of selected lines (by default the non-blank ones)."""
    prefixed_lines = []
    if predicate is None:
        for line in text.splitlines(True):
            prefixed_lines.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            prefixed_lines.append(prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines)
