"""format(Decimal, spec): the format mini-language for Decimal (types e E f F g G n % and none,
fill/align/sign/z/#/0/width/grouping/precision), as the decimal documentation describes it.

The number is rounded with the current context's rounding mode but no context signals, to a
count of significant digits (e, g, none) or to a fixed exponent (f, %); the digits are then laid
out with the point at the place the type asks for."""

import _decimal_math as _dm

__all__ = ()


def _parse_spec(spec):
    """(fill, align, sign, z, alt, zero, width, group, precision, type) of a format spec."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    seen = []
    for option in 'z#0':
        seen.append(i < n and spec[i] == option)
        i += seen[-1]
    z, alt, zero = seen
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    group = ''
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if kind == 'n' and group:
        raise ValueError('invalid format string')
    if zero and fill is None:
        fill, align = '0', align or '='
    return fill or ' ', align or '>', sign, z, alt, zero, width, group, precision, kind


def _round_to(coef, exp, sign, target_exp, mode):
    if exp >= target_exp:
        return coef * 10 ** (exp - target_exp), target_exp
    coef, _ = _dm.drop_digits(sign, coef, target_exp - exp, mode)
    return coef, target_exp


def _group(digits, sep, min_len, sizes=(3, 0)):
    """digits with sep between groups of the locale-style sizes (from the right; a final 0
    repeats the last size, CHAR_MAX ends grouping), left-padded with zeros to at least min_len
    characters."""
    while True:
        parts = []
        end = len(digits)
        i = 0
        size = 0
        while end > 0:
            if i < len(sizes):
                if sizes[i] >= 127:
                    break
                if sizes[i] > 0:
                    size = sizes[i]
                i += 1
            if size <= 0:
                break
            parts.append(digits[max(0, end - size):end])
            end -= size
        if end > 0:
            parts.append(digits[:end])
        text = (sep if sep else '').join(reversed(parts))
        if len(text) >= min_len:
            return text
        digits = '0' + digits


def format_decimal(d, spec, override=None):
    from decimal import getcontext
    ctx = getcontext()
    fill, align, sign_opt, z, alt, zero, width, group, precision, kind = _parse_spec(spec)
    point_char, sizes = '.', (3, 0)
    if kind == 'n':
        if override is None:
            import locale
            override = locale.localeconv()
        point_char = override['decimal_point']
        group = override['thousands_sep']
        sizes = override['grouping']
        if isinstance(sizes, str):
            sizes = [ord(ch) for ch in sizes]
    mode = ctx.rounding
    negative = d._sign == 1
    if d._kind:
        if d._kind == 1:
            body = 'Infinity'
        else:
            body = ('NaN' if d._kind == 2 else 'sNaN') + (str(d._coef) if d._coef else '')
        if kind == '%':
            body += '%'
        if zero and fill == '0' and align == '=':
            fill, align = ' ', '>'
        return _pad(_sign_text(negative, sign_opt), body, fill, align, width, False)
    coef, exp = d._coef, d._exp
    if kind == '%':
        exp += 2
    if kind in ('e', 'E'):
        if precision is not None and coef == 0:
            coef_digits = precision + 1
        elif precision is not None:
            nd = _dm.ndigits(coef)
            target = exp + nd - (precision + 1)
            coef, exp = _round_to(coef, exp, d._sign, target, mode)
            if _dm.ndigits(coef) > precision + 1:
                coef //= 10
                exp += 1
    elif kind in ('f', 'F', '%'):
        if precision is not None:
            coef, exp = _round_to(coef, exp, d._sign, -precision, mode)
    elif precision is not None:
        keep = max(precision, 1)
        nd = _dm.ndigits(coef)
        if nd > keep:
            coef, exp = _round_to(coef, exp, d._sign, exp + nd - keep, mode)
            if _dm.ndigits(coef) > keep:
                coef //= 10
                exp += 1
    digits = str(coef)
    if kind in ('e', 'E') and coef == 0 and precision is not None:
        digits = '0' * (precision + 1)
    left = exp + len(digits)
    if kind in ('e', 'E'):
        point = 1 if coef else 1
    elif kind in ('f', 'F', '%'):
        point = left
    elif exp <= 0 and left > -6:
        point = left
    else:
        point = 1
    if coef == 0 and kind not in ('f', 'F', '%') and not (exp <= 0 and left > -6):
        point = 1
    if point <= 0:
        intpart, frac = '0', '0' * -point + digits
    elif point >= len(digits):
        intpart, frac = digits + '0' * (point - len(digits)), ''
    else:
        intpart, frac = digits[:point], digits[point:]
    if len(intpart) > 1 and intpart[0] == '0':
        intpart = intpart.lstrip('0') or '0'
    if kind in ('e', 'E'):
        shown = left - point
        exp_text = ('e' if kind == 'e' else 'E') + ('+' if shown >= 0 else '-') + str(abs(shown))
    elif point != left or (kind not in ('f', 'F', '%') and not (exp <= 0 and left > -6)):
        shown = left - point
        if kind is None:
            letter = 'E' if ctx.capitals else 'e'
        else:
            letter = 'E' if kind == 'G' else 'e'
        exp_text = letter + ('+' if shown >= 0 else '-') + str(abs(shown))
    else:
        exp_text = ''
    if z and coef == 0:
        negative = False
    sign_text = _sign_text(negative, sign_opt)
    tail = (point_char + frac if frac or alt else '') + exp_text + ('%' if kind == '%' else '')
    if group or kind == 'n':
        min_len = 0
        if fill == '0' and align == '=':
            min_len = width - len(sign_text) - len(tail)
        intpart = _group(intpart, group, min_len, sizes)
    return _pad(sign_text, intpart + tail, fill, align, width, True)


def _sign_text(negative, option):
    if negative:
        return '-'
    return '' if option == '-' else option


def _pad(sign_text, body, fill, align, width, numeric):
    gap = width - len(sign_text) - len(body)
    if gap <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * gap
    if align == '^':
        return fill * (gap // 2) + sign_text + body + fill * (gap - gap // 2)
    if align == '=':
        return sign_text + fill * gap + body
    return fill * gap + sign_text + body
