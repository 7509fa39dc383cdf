# email.message.Message and email.parser on fixed input: headers, parameters, payloads.
import email
from email.message import Message
from email.parser import Parser, HeaderParser, BytesParser

TEXT = ("From: Ann Example <ann@example.com>\n"
        "To: bob@example.org, \"Carol, C.\" <carol@example.net>\n"
        "Subject: a long\n"
        "  folded subject\n"
        "Content-Type: Text/HTML; charset=\"UTF-8\"; format=flowed\n"
        "X-Tag: one\n"
        "x-tag: two\n"
        "\n"
        "<p>Hello</p>\n"
        "second line\n")

msg = email.message_from_string(TEXT)
print(msg.keys())
print(repr(msg['subject']))
print(msg.get_all('X-TAG'), msg.get_all('missing'), msg.get('missing', 'dflt'))
print('to' in msg, 'Cc' in msg, len(msg))
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_param('charset'), msg.get_content_charset(), msg.get_param('format'))
print(msg.get_params())
print(repr(msg.get_payload()))
print(msg.is_multipart(), msg.defects)

m = Message()
m['To'] = 'x@example.com'
m.add_header('Content-Disposition', 'attachment', filename='report 1.txt')
m.add_header('X-Flag', 'on', size='3', quiet=None)
m.set_param('charset', 'latin-1')
m.set_payload('body\r\nline two\n')
print(m.get_filename(), m.get_content_disposition(), m.get_content_type())
print(m.as_string(), end='|\n')
m.replace_header('to', 'y@example.com')
del m['x-flag']
m.set_type('text/csv')
m.del_param('charset')
print(m.items())
try:
    m.replace_header('Nope', 'v')
except KeyError as e:
    print('KeyError:', e)

h = HeaderParser().parsestr("A: 1\nB: 2\n\nnot parsed: body\n")
print(h.items(), repr(h.get_payload()))
b = BytesParser().parsebytes(b"Content-Type: text/plain; charset*=utf-8''caf%C3%A9\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8gd29ybGQ=\r\n")
print(b.get_param('charset'), b.get_content_charset(), b.get_payload(decode=True))
bad = Parser().parsestr("Good: yes\nthis is not a header\nmore\n")
print(bad.items(), repr(bad.get_payload()), [type(d).__name__ for d in bad.defects])
q = email.message_from_string("Content-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 =3D ok=\n!\n")
print(q.get_payload(decode=True))
print(email.message_from_string("Content-Type: bogus\n\n").get_content_type(),
      email.message_from_string("\n").get_content_type())
