# The parser and compiler on deeply nested input: "too many nested parentheses" (limit 200),
# MemoryError from the parser stack, RecursionError during compilation, IndentationError past
# 100 levels, "too many statically nested blocks" past 21.
import sys
def t(label, src, mode='eval'):
    try:
        compile(src, '<s>', mode); print(label, 'ok', flush=True)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e, flush=True)
N = 100000
t('parens', '(' * N + '1' + ')' * N)
t('brackets', '[' * N + ']' * N)
t('braces', '{' * N + '}' * N)
t('parens200', '(' * 199 + '1' + ')' * 199)
t('parens201', '(' * 201 + '1' + ')' * 201)
t('nested1plus', '1+(' * 190 + '1' + ')' * 190)
t('chain+', '+'.join(['1'] * N))
t('chain*', '*'.join(['x'] * N))
t('chain and', ' and '.join(['x'] * N))
t('chain cmp', ' < '.join(['x'] * N))
t('unary', '-' * N + '1')
t('not', 'not ' * N + 'x')
t('attr', 'x' + '.a' * N)
t('call', 'f' + '()' * N)
t('subscr', 'x' + '[0]' * N)
t('lambda', 'lambda: ' * N + '1')
t('ifexp', '1 if x else ' * N + '1')
t('strcat', '"a" ' * N)
t('fstr', 'f"{' * 10 + '1' + '}"' * 10)
def blocks(n, kw):
    return ''.join(' ' * i + kw + '\n' for i in range(n)) + ' ' * n + 'pass\n'
t('if100', blocks(100, 'if x:'), 'exec')
t('for21', ''.join(' ' * i + 'for x in y:\n' for i in range(21)) + ' ' * 21 + 'pass\n', 'exec')
t('while21', ''.join(' ' * i + 'while x:\n' for i in range(21)) + ' ' * 21 + 'pass\n', 'exec')
t('try21', ''.join(' ' * i + 'try:\n' for i in range(21)) + ' ' * 21 + 'pass\n' + ''.join(' ' * i + 'finally: pass\n' for i in reversed(range(21))), 'exec')
t('with21', ''.join(' ' * i + 'with x:\n' for i in range(21)) + ' ' * 21 + 'pass\n', 'exec')
t('if1000', blocks(1000, 'if x:'), 'exec')
t('def1000', blocks(1000, 'def f():'), 'exec')
t('indent101', blocks(101, 'if x:'), 'exec')
t('indent99', blocks(99, 'if x:'), 'exec')
t('tabs', '\t' * 1000 + 'x', 'exec')
for kw in ['for x in y:', 'while x:', 'with x:', 'try:']:
    for n in (20, 21, 22, 60, 99):
        src = ''.join(' ' * i + kw + '\n' for i in range(n)) + ' ' * n + 'pass\n'
        if kw == 'try:': src += ''.join(' ' * i + 'finally: pass\n' for i in reversed(range(n)))
        t(f'{kw} {n}', src, 'exec')
print('alive', eval('(' * 50 + '1' + ')' * 50))
