# Mutual recursion: even/odd, a recursive-descent parser, Hofstadter sequences
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(777), is_even(900))
sys.setrecursionlimit(60000)
print(is_even(50000), is_odd(49999))
def expr(tokens, i):
    value, i = term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = term(tokens, i + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, i
def term(tokens, i):
    value, i = factor(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = factor(tokens, i + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, i
def factor(tokens, i):
    tok = tokens[i]
    if tok == "(":
        value, i = expr(tokens, i + 1)
        return value, i + 1
    if tok == "-":
        value, i = factor(tokens, i + 1)
        return -value, i
    return int(tok), i + 1
def evaluate(src):
    import re
    tokens = re.findall(r"\d+|[-+*/()]", src)
    return expr(tokens, 0)[0]
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) * 2", "2 * (3 + (4 - 1) * 5) / 3", "((((((7))))))"]:
    print(src, "=", evaluate(src))
deep = "(" * 3000 + "1" + ")" * 3000
print("deeply nested parens:", evaluate(deep))
def hof_f(n):
    return 1 if n == 0 else n - hof_m(hof_f(n - 1))
def hof_m(n):
    return 0 if n == 0 else n - hof_f(hof_m(n - 1))
print([hof_f(n) for n in range(15)])
print([hof_m(n) for n in range(15)])
def ping(n, log):
    if n:
        log.append("ping")
        pong(n - 1, log)
def pong(n, log):
    if n:
        log.append("pong")
        ping(n - 1, log)
log = []
ping(5, log)
print(log)
