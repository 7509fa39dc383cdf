import urllib.parse as up
from urllib.parse import *

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com', 'HTTP://h/p;x;y/z;w',
        '//host/path', '/just/path?x', 'mailto:a@b.c', 'file:///etc/passwd', 'path/only', '',
        'http://[::1]:80/x', 'http://[fe80::1%Eth0]:443/', 'http://[v1.x]/', 'http://a[::1]/', 'http://[::1]x/',
        '  \x00http://h/\tp\na\rth', 'sip:alice@atlanta.com;transport=tcp', 'git+ssh://git@github.com/o/r.git',
        'http://h:/', 'http://h:abc/', 'http://h:99999/', 'http://@h', 'http://u@h', 'http://u:@h',
        'http://h?q#f?g', 'http://h#f', 'a:b', '1a:b', 'tel:+1-816-555-1212', 'http://h/p#', 'ht%tp://x',
        'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/', 'urn:isbn:0451450523', 'data:text/plain;base64,SGk=']
for u in urls:
    for fn in (urlsplit, urlparse):
        try:
            r = fn(u)
            print(repr(r))
            print('  ', r.username, r.password, r.hostname, r.geturl())
            print('  ', r.port)
        except ValueError as e:
            print('  ', fn.__name__, 'ValueError', e)
for u in ['http://[1.2.3.4]/', 'http://[zzz]/', 'http://[vz.x]/', 'http://[::1', 'http://::1]', 'http://[1::2::3]/',
          'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1%]/', 'http://[01.2.3.4]/']:
    show(u, lambda: urlsplit(u))
show('nfkc', lambda: urlsplit('http://h\uff0fx/'))
show('nfkc ok', lambda: urlsplit('http://\u00e9x.com/'))
print(urlsplit('x/y', scheme='ftp'), urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse('http://h/p;a#f', 'ftp', False))
print(urlsplit(b'http://u:p@h:8/p?q#f'), urlparse(b'http://h/p;x?y'))
r = urlsplit(b'http://U:P@H:8/p')
print(r.username, r.password, r.hostname, r.port, r.geturl())
print(urlsplit('http://h/p').encode(), urlsplit(b'http://h/p').decode(), urldefrag(b'a#b'), urldefrag('a#b').encode())
show('mix', lambda: urlsplit(b'http://x', 'http'))
show('mix join', lambda: urljoin('http://x', b'y'))
for parts in [('http', '', 'x', '', ''), ('', '', '//x', '', ''), ('file', '', '/x', '', ''), ('file', '', '', '', ''),
              ('mailto', '', 'a@b', '', ''), ('http', 'h', 'p', 'q', 'f'), ('', 'h', '', '', ''), ('', '', '', '', 'f')]:
    print(urlunsplit(parts), urlunparse(parts[:3] + ('pa',) + parts[3:]))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')))

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
            '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
            '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'a//b', '//', 'mailto:x']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('', 'x'), urljoin('http://h/a/', ''), urljoin('http://h', 'x'), urljoin('http://h/a/b', '../../../x'))
print(urljoin(b'http://h/a/b', b'c'), urljoin('http://h/a#f', '#g', allow_fragments=False), urljoin('mailto:a', 'b'))
print(urljoin('http://h/a/b/', 'c//d/../e'), urljoin('svn+ssh://h/a/b', 'c'), urljoin('ftp://h/x', '?q'))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag('http://h/p#').geturl(), urldefrag('a#b').geturl())

for s in ['abc def', 'a/b?c=d&e', '~user_name-1.2', 'é€😀', '', '%', '+ +']:
    print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), quote(s, safe='é'))
print(quote(b'a b\xff'), quote_plus(b'a b/'), quote('é', encoding='latin-1'), quote('€', encoding='latin-1', errors='replace'))
print(quote_from_bytes(b'\x00\x7f/ '), quote_from_bytes(b''), quote_from_bytes(b'a&b', b'&'), quote_plus(b'a b', safe=b'/'))
show('qfb', lambda: quote_from_bytes('x'))
show('q bytes enc', lambda: quote(b'x', encoding='utf-8'))
show('q bytes err', lambda: quote(b'x', errors='strict'))
show('q int', lambda: quote(5))
show('q strict', lambda: quote('€', encoding='ascii'))
for s in ['abc%20def', '%e2%82%ac', '%E2%82', '%zz%4', '%', 'a+b%2Bc', '%C3%A9%C3', 'no escapes', '%ff%fe', 'é%C3%A9']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)), repr(unquote(s, 'latin-1')), repr(unquote(s, errors='ignore')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41%4'), unquote_to_bytes(''), unquote(''))
show('unquote None', lambda: unquote(None))

print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': b'\xff', b'e': 'é'}))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': (3, b'4'), 'e': 'st', 'f': 7}, doseq=True))
print(urlencode([('a', 'b/c'), ('d', 'e f')], safe='/'), urlencode([('a', 'b c')], quote_via=quote), urlencode([]))
print(urlencode({'k': 'é'}, encoding='latin-1'), urlencode({'k': '€'}, encoding='ascii', errors='xmlcharrefreplace'))
show('urlencode bad', lambda: urlencode('abc'))
show('urlencode bad2', lambda: urlencode(5))
show('urlencode list of lists', lambda: urlencode([['a', 'b']]))

for qs in ['a=1&b=2&a=3', 'a=&b', 'a=1&&b=2', 'x+y=%20z+&q', '=v&k=', 'a=1;b=2', '', 'a=%E9', 'a=b=c']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs), parse_qs(qs, True))
    show('  strict', lambda: parse_qsl(qs, strict_parsing=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%C3%A9+x'), parse_qs(b'a=1&a=2'), parse_qsl('a=%E9', encoding='latin-1'))
print(parse_qsl('a=%E9', errors='ignore'), parse_qsl(None), parse_qsl(b''), parse_qsl('a=1&b=2', max_num_fields=2))
show('max fields', lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
show('sep empty', lambda: parse_qsl('a=1', separator=''))
show('sep None', lambda: parse_qsl('a=1', separator=None))
print(parse_qsl(b'a=1;b=2', separator=';'))

r = urlparse('http://u:p@h:1/p;a?q#f')
print(r.scheme, r[1], r._replace(fragment='g').geturl(), tuple(r), len(r), r == ('http', 'u:p@h:1', '/p', 'a', 'q', 'f'))
print(SplitResult('a', 'b', 'c', 'd', 'e').geturl(), ParseResult._fields, DefragResult._fields)
print(sorted(up.__all__))
print(up.unwrap('<URL:http://x/>'), up.unwrap('  <http://y>  '))
print(isinstance(urlsplit('x'), tuple), type(urlsplit(b'x')).__name__, type(urldefrag('x')).__name__)
# a relative base path without a slash: the reference replaces it (no segment twice)
for b, r in [('a', 'b'), (b'a', b'b'), ('x', 'y/z'), ('dir/x', 'y'), ('', 'q'), ('a', '../b'), ('a', './')]:
    print(repr(b), repr(r), repr(urljoin(b, r)))
print(urlsplit('http://h/p').encode(), urlsplit(b'http://h').decode(), urldefrag('a#b').encode().decode())
print(SplitResult.__name__, SplitResultBytes.__module__, SplitResult('a', 'b', 'c', 'd', 'e')._replace(path='/z').geturl())
print(quote_plus('a b/c'), quote_plus(b'a b', safe=b'/'), unquote_plus('a+b%20c'), quote('\u00e9/x', safe=''))
