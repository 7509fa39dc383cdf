# A hand-written JSON-ish pretty printer and a minimal recursive-descent parser
def pretty(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{" " * (indent + step)}"{k}": {pretty(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list, tuple)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        items = [" " * (indent + step) + pretty(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return {True: "true", False: "false", None: "null"}.get(value, repr(value)) if not isinstance(value, (int, float)) or isinstance(value, bool) else repr(value)
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def peek(self):
        while self.s[self.i] in " \n\t":
            self.i += 1
        return self.s[self.i]
    def parse(self):
        c = self.peek()
        if c in "{[":
            close, out = "}" if c == "{" else "]", {} if c == "{" else []
            self.i += 1
            while self.peek() != close:
                if c == "{":
                    key = self.parse()
                    assert self.peek() == ":", f"expected ':' at {self.i}"
                    self.i += 1
                    out[key] = self.parse()
                else:
                    out.append(self.parse())
                if self.peek() == ",":
                    self.i += 1
            self.i += 1
            return out
        if c == '"':
            out, j = [], self.i + 1
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    out.append({"n": "\n"}.get(self.s[j], self.s[j]))
                else:
                    out.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "-+.eE0123456789":
            j += 1
        num, self.i = self.s[self.i:j], j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
doc = {"name": "demo", "version": 3, "ratio": 0.75, "tags": ["x", "y"], "empty": {}, "none": [],
       "nested": {"ok": True, "bad": False, "nothing": None, "matrix": [[1, 2], [3, 4]], "quote": 'say "hi"\n'}}
text = pretty(doc)
print(text)
back = Parser(text).parse()
print(back == doc)
print(Parser('  {"a": [1, -2.5e3, {"b": null}], "c": "d"} ').parse())
