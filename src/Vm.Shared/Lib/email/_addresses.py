"""Address-list parsing for email.utils.parseaddr/getaddresses (RFC 5322 section 3.4).

The text is cut into tokens (atoms, quoted strings, comments, domain literals and the
specials < > @ , : ;), then into addresses at top-level commas. 'phrase <addr-spec>' gives
(phrase, addr-spec) with any obsolete route '@a,@b:' dropped; a bare addr-spec gives
(its comments, addr-spec); 'group: a, b;' gives its members. Quoted local parts stay quoted.
"""

__all__ = ['balanced', 'parse_list', 'expected_count']

_SPECIALS = '<>@,:;'
_WHITESPACE = ' \t\r\n'


def balanced(text):
    """False if `text` has an unclosed comment or a ')' that closes nothing (quotes respected)."""
    depth = 0
    escaped = False
    in_quote = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == '\\':
            escaped = True
        elif in_quote:
            if ch == '"':
                in_quote = False
        elif ch == '"':
            in_quote = True
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def expected_count(text):
    """1 + the number of commas outside quoted strings: how many addresses `text` should hold."""
    count = 1
    in_quote = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == '\\':
            escaped = True
        elif ch == '"':
            in_quote = not in_quote
        elif ch == ',' and not in_quote:
            count += 1
    return count


def _read_delimited(text, i, close, nests):
    """(content, next index) of the text after the opener at text[i-1], up to `close`."""
    out = []
    depth = 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n:
            out.append(text[i + 1])
            i += 2
            continue
        if nests and ch == '(':
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return ''.join(out), i + 1
        out.append(ch)
        i += 1
    return ''.join(out), n


def _tokens(text):
    toks = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _WHITESPACE:
            i += 1
        elif ch == '"':
            content, i = _read_delimited(text, i + 1, '"', False)
            toks.append(('quoted', content))
        elif ch == '(':
            content, i = _read_delimited(text, i + 1, ')', True)
            toks.append(('comment', content))
        elif ch == '[':
            j = text.find(']', i)
            j = n if j < 0 else j + 1
            toks.append(('atom', text[i:j]))
            i = j
        elif ch in _SPECIALS:
            toks.append(('special', ch))
            i += 1
        else:
            j = i
            while j < n and text[j] not in _WHITESPACE and text[j] not in _SPECIALS + '"(':
                j += 1
            toks.append(('atom', text[i:j]))
            i = j
    return toks


def _spec_text(toks):
    """An addr-spec written back without spaces (quoted strings re-quoted, comments dropped)."""
    parts = []
    for kind, text in toks:
        if kind == 'quoted':
            parts.append('"%s"' % text.replace('\\', '\\\\').replace('"', '\\"'))
        elif kind != 'comment':
            parts.append(text)
    return ''.join(parts)


def _one(toks):
    """(realname, address) of one address's tokens."""
    comments = [text for kind, text in toks if kind == 'comment']
    for k, (kind, text) in enumerate(toks):
        if kind == 'special' and text == '<':
            phrase = [t for kd, t in toks[:k] if kd in ('atom', 'quoted')]
            end = k + 1
            while end < len(toks) and toks[end] != ('special', '>'):
                end += 1
            inner = toks[k + 1:end]
            for m in range(len(inner) - 1, -1, -1):
                if inner[m] == ('special', ':'):
                    inner = inner[m + 1:]
                    break
            return (' '.join(phrase), _spec_text(inner))
    if any(t == ('special', '@') for t in toks):
        return (' '.join(comments), _spec_text(toks))
    words = [t for kd, t in toks if kd in ('atom', 'quoted')]
    if not words:
        return None
    return (' '.join(comments), words[0])


def parse_list(text):
    """The (realname, address) pairs of a comma-separated address list."""
    toks = _tokens(text)
    result = []
    current = []
    in_angle = False
    after_group = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == ('special', '<'):
            in_angle = True
        elif tok == ('special', '>'):
            in_angle = False
        if not in_angle and tok == ('special', ':') and not any(
                t in (('special', '@'), ('special', '<')) for t in current):
            # A group: its members run to the next ';'.
            current = []
            i += 1
            members = []
            while i < len(toks) and toks[i] != ('special', ';'):
                members.append(toks[i])
                i += 1
            result.extend(pair for pair in parse_list_tokens(members) if pair != ('', ''))
            i += 1
            after_group = True
            continue
        if not in_angle and tok == ('special', ','):
            if current or not after_group:
                pair = _one(current) if current else None
                result.append(pair if pair else ('', ''))
            current = []
            after_group = False
        else:
            current.append(tok)
        i += 1
    if current:
        pair = _one(current)
        if pair:
            result.append(pair)
    return result


def parse_list_tokens(toks):
    out = []
    current = []
    for tok in toks:
        if tok == ('special', ','):
            if current:
                pair = _one(current)
                if pair:
                    out.append(pair)
            current = []
        else:
            current.append(tok)
    if current:
        pair = _one(current)
        if pair:
            out.append(pair)
    return out
