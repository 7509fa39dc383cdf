"""Text helpers for failure messages: reprs that never raise, shortened pairs of long reprs,
and the dotted name of a class."""

import os

__unittest = True

# A pair of reprs longer than this is shortened around the place where they start to differ.
REPR_LIMIT = 80
# A run of text is only replaced by "[N chars]" when that saves more than this many characters.
ELISION_MIN = 12
# Characters kept: at the start of the common prefix, at its end, and at the end of each tail.
KEEP_HEAD = 5
KEEP_COMMON = 5
KEEP_TAIL = 5
# Characters kept at the start of each differing tail when the common prefix has no room.
KEEP_DIFFERENCE = REPR_LIMIT - (KEEP_HEAD + ELISION_MIN + KEEP_COMMON + ELISION_MIN + KEEP_TAIL)


def brief_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when the object's own repr raises; with short,
    cut to REPR_LIMIT characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= REPR_LIMIT:
        return text[:REPR_LIMIT] + ' [truncated]...'
    return text


def class_name(cls):
    """'module.QualName' of a class, as test ids and descriptions show it."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def elide(text, head, tail):
    """Replace the middle of text by '[N chars]', keeping head characters before and tail after."""
    hidden = len(text) - head - tail
    if hidden <= ELISION_MIN:
        return text
    return '%s[%d chars]%s' % (text[:head], hidden, text[len(text) - tail:])


def shortened_reprs(*objects):
    """The reprs of objects, each shortened the same way when the longest is over REPR_LIMIT:
    the shared beginning is elided first, then, if that is not enough, each differing tail."""
    texts = [brief_repr(o) for o in objects]
    longest = max(len(t) for t in texts)
    if longest <= REPR_LIMIT:
        return tuple(texts)
    shared = os.path.commonprefix(texts)
    cut = len(shared)
    room = REPR_LIMIT - (longest - cut + KEEP_HEAD + ELISION_MIN)
    if room > KEEP_COMMON:
        lead = elide(shared, KEEP_HEAD, room)
        return tuple(lead + t[cut:] for t in texts)
    lead = elide(shared, KEEP_HEAD, KEEP_COMMON)
    return tuple(lead + elide(t[cut:], KEEP_DIFFERENCE, KEEP_TAIL) for t in texts)


def compare_three_way(a, b):
    """-1, 0 or 1 as a < b, a == b or a > b (the loader's default method ordering)."""
    return (a > b) - (a < b)
