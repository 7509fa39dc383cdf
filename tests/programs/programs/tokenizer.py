# A small tokenizer for an expression language, with line/column tracking and error reporting
KEYWORDS = {"let", "if", "then", "else", "print"}
SINGLE = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "(": "LPAREN", ")": "RPAREN", "=": "ASSIGN", ";": "SEMI", "<": "LT", ">": "GT"}
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens, i, line, col = [], 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i, col = i + 1, col + 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KW" if text in KEYWORDS else "IDENT", text, line, start_col))
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STRING", src[i + 1:j - 1], line, start_col))
        elif ch == "=" and src[i:i + 2] == "==":
            j = i + 2
            tokens.append(Token("EQ", "==", line, start_col))
        elif ch in SINGLE:
            j = i + 1
            tokens.append(Token(SINGLE[ch], ch, line, start_col))
        else:
            raise LexError(f"unexpected character {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''let x = 10;   # comment
let y = x * 2.5 + (3 - 1);
if x == 10 then print "ten" else print "other";
'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['let a = 1.2.3;', 'print "oops', 'x = 5 $ 3']:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
