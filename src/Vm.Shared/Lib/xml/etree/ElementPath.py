"""The XPath subset of ElementTree's find/findall/findtext/iterfind.

A path is split into steps separated by '/': a tag ('tag', '*', '{uri}tag', '{*}tag', '{uri}*', 'prefix:tag'
with a namespaces mapping), '.', '..', or an empty step ('//': all descendants). Each step may carry
predicates in brackets: [@attr], [@attr='v'], [@attr!='v'], [tag], [tag='text'], [tag!='text'],
[.='text'], [.!='text'], [n], [last()], [last()-n]. A compiled path is a list of functions, each mapping
(context, elements) to the next elements; compiled paths are cached.
"""

import re

_cache = {}
_CACHE_MAX = 100

_TOKEN = re.compile(
    r"\s*(?:(//?|\.\.|\.|\*|\[|\]|\(|\)|@|=|!=|,|-)"
    r"|('[^']*'|\"[^\"]*\")"
    r"|(\d+)"
    r"|(\{[^}]*\}[^\s/\[\]()@=!,'\"]*|[^\s/\[\]()@=!,'\"{}.-][^\s/\[\]()@=!,'\"{}]*))")


class _Context:
    """What a search needs besides the elements: the root it started at, and parents once computed."""

    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_of(self, elem):
        if self.parents is None:
            self.parents = {}
            for p in self.root.iter():
                for c in p:
                    self.parents[c] = p
        return self.parents.get(elem)


def _tokens(path):
    pos = 0
    out = []
    while pos < len(path):
        if path[pos].isspace():
            pos += 1
            continue
        m = _TOKEN.match(path, pos)
        if not m or m.end() == pos:
            raise SyntaxError("invalid path")
        op, quoted, number, name = m.groups()
        if op is not None:
            out.append(("op", op))
        elif quoted is not None:
            out.append(("str", quoted[1:-1]))
        elif number is not None:
            out.append(("num", number))
        else:
            out.append(("name", name))
        pos = m.end()
    return out


def _qualify(name, namespaces):
    """The {uri}local form of a step's name (prefix:local resolved through namespaces, '' the default)."""
    if name.startswith("{"):
        return name
    if ":" in name:
        prefix, local = name.split(":", 1)
        if namespaces and prefix in namespaces:
            return "{%s}%s" % (namespaces[prefix], local)
        if namespaces is not None and prefix not in ("xml",) and namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return name
    if namespaces and namespaces.get(""):
        if name == "*":
            return name
        return "{%s}%s" % (namespaces[""], name)
    return name


def _name_test(name):
    """A predicate on an element's tag for a step name (wildcards included)."""
    if name == "*":
        return lambda tag: isinstance(tag, str)
    if name.startswith("{}") and name != "{}*":
        name = name[2:]
    if name == "{*}*":
        return lambda tag: isinstance(tag, str)
    if name.startswith("{*}"):
        local = name[3:]
        return lambda tag: isinstance(tag, str) and (tag == local or tag.endswith("}" + local))
    if name == "{}*":
        return lambda tag: isinstance(tag, str) and not tag.startswith("{")
    if name.endswith("}*"):
        prefix = name[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(prefix)
    return lambda tag: tag == name


def _children(elements, test):
    for e in elements:
        for c in e:
            if test(c.tag):
                yield c


def _descendants(elements, test):
    for e in elements:
        for c in e.iter():
            if c is not e and test(c.tag):
                yield c


def _parents(ctx, elements):
    seen = set()
    for e in elements:
        p = ctx.parent_of(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _predicate(toks, i, namespaces):
    """Parses a predicate body starting at toks[i]; returns (filter(ctx, elements), index after ']')."""
    body = []
    while i < len(toks) and toks[i] != ("op", "]"):
        body.append(toks[i])
        i += 1
    if i >= len(toks):
        raise SyntaxError("invalid predicate")
    i += 1
    kinds = [k if k != "op" else v for k, v in body]
    if kinds == ["@", "name"]:
        key = _qualify(body[1][1], namespaces) if ":" in body[1][1] else body[1][1]
        return (lambda ctx, els: (e for e in els if e.get(key) is not None)), i
    if kinds in (["@", "name", "=", "str"], ["@", "name", "!=", "str"]):
        key = body[1][1]
        value = body[3][1]
        if kinds[2] == "=":
            return (lambda ctx, els: (e for e in els if e.get(key) == value)), i
        return (lambda ctx, els: (e for e in els if e.get(key) is not None and e.get(key) != value)), i
    if kinds == ["name"] or kinds == ["*"]:
        test = _name_test(_qualify(body[0][1], namespaces))
        return (lambda ctx, els: (e for e in els if any(test(c.tag) for c in e))), i
    if kinds in (["name", "=", "str"], ["name", "!=", "str"], [".", "=", "str"], [".", "!=", "str"]):
        value = body[2][1]
        equal = kinds[1] == "="
        if kinds[0] == ".":
            return (lambda ctx, els: (e for e in els if ("".join(e.itertext()) == value) == equal)), i
        test = _name_test(_qualify(body[0][1], namespaces))
        if equal:
            return (lambda ctx, els: (e for e in els
                                      if any(test(c.tag) and "".join(c.itertext()) == value for c in e))), i
        return (lambda ctx, els: (e for e in els
                                  if any(test(c.tag) and "".join(c.itertext()) != value for c in e))), i
    if kinds == ["num"] or kinds[:4] == ["name", "(", ")", "-"] or kinds[:3] == ["name", "(", ")"]:
        if kinds == ["num"]:
            index = int(body[0][1]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if body[0][1] != "last":
                raise SyntaxError("unsupported function")
            if len(kinds) == 3:
                index = -1
            elif len(kinds) == 5 and kinds[4] == "num":
                index = -1 - int(body[4][1])
                if index >= -1 and body[4][1] != "0":
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                raise SyntaxError("unsupported expression")

        def select(ctx, els, index=index):
            for e in els:
                parent = ctx.parent_of(e)
                if parent is None:
                    continue
                siblings = [c for c in parent if c.tag == e.tag]
                try:
                    if siblings[index] is e:
                        yield e
                except IndexError:
                    pass
        return select, i
    if kinds[:1] == ["-"]:
        raise SyntaxError("XPath position >= 1 expected")
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    if path[-1:] == "/":
        path += "*"
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    toks = _tokens(path)
    steps = []
    i = 0
    descend = False
    while i < len(toks):
        kind, value = toks[i]
        i += 1
        if kind == "op" and value == "/":
            if not steps:
                raise SyntaxError("cannot use absolute path on element")
            continue
        if kind == "op" and value == "//":
            if not steps:
                steps.append(lambda ctx, els: els)
            descend = True
            continue
        if kind == "op" and value == ".":
            steps.append((lambda ctx, els: _descendants_or_self(els)) if descend else (lambda ctx, els: els))
        elif kind == "op" and value == "..":
            if descend:
                raise SyntaxError("cannot use '..' after '//'")
            steps.append(lambda ctx, els: _parents(ctx, els))
        elif kind == "name" or (kind == "op" and value == "*"):
            test = _name_test(_qualify(value, namespaces))
            if descend:
                steps.append(lambda ctx, els, test=test: _descendants(els, test))
            else:
                steps.append(lambda ctx, els, test=test: _children(els, test))
        elif kind == "op" and value == "[" and steps:
            pred, i = _predicate(toks, i, namespaces)
            steps.append(pred)
            continue
        else:
            raise SyntaxError("invalid path" if kind != "op" or value != "[" else "invalid predicate")
        descend = False
        while i < len(toks) and toks[i] == ("op", "["):
            pred, i = _predicate(toks, i + 1, namespaces)
            steps.append(pred)
        if i < len(toks) and toks[i] not in (("op", "/"), ("op", "//")):
            raise SyntaxError("invalid path")
    if descend:
        raise SyntaxError("invalid path")
    return steps


def _descendants_or_self(elements):
    for e in elements:
        yield from e.iter()


def iterfind(elem, path, namespaces=None):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        steps = _compile(path, namespaces)
        if len(_cache) > _CACHE_MAX:
            _cache.clear()
        _cache[key] = steps
    ctx = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""
