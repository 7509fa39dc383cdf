# email.utils: dates, addresses, quoting and RFC 2231 values on fixed inputs.
import datetime
from email import utils

print(utils.formatdate(784111777))
print(utils.formatdate(784111777, usegmt=True))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=tz)))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone.utc), usegmt=True))
try:
    utils.format_datetime(datetime.datetime(2024, 1, 1, tzinfo=tz), usegmt=True)
except ValueError as e:
    print('ValueError:', e)

for text in ['Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT',
             'Sun Nov  6 08:49:37 1994', 'Tue, 1 Jul 2003 10:52:37 +0200',
             '1 Jul 2003 10:52 -0700', 'Wed, 02 Oct 2002 08:00:00 EST',
             'Thu, 01 Jan 2026 00:00:00 -0000', '02 Oct 2002 08:00:00 XYZ']:
    print(repr(text), utils.parsedate_tz(text), utils.parsedate_to_datetime(text))
print(utils.parsedate('Sun, 06 Nov 1994 08:49:37 GMT'), utils.parsedate('garbage'), utils.parsedate_tz(''))
print(utils.mktime_tz(utils.parsedate_tz('Tue, 1 Jul 2003 10:52:37 +0200')))
for bad in ['not a date', '']:
    try:
        utils.parsedate_to_datetime(bad)
    except ValueError as e:
        print('ValueError:', e)

for addr in ['Ann Example <ann@example.com>', '"Doe, John" <john@example.org>', 'bob@example.net',
             'bob@example.net (Bob Smith)', '<only@angle.org>',
             'John Q. Public <jqp@ex.com>', 'foo @ bar . com', '"quoted local"@example.com',
             'unbalanced (comment <a@b>', '', 'a@b, c@d']:
    print(repr(addr), utils.parseaddr(addr))
print(utils.getaddresses(['a@b.c, "X Y" <x@y.z>', 'group: m1@x.org, M Two <m2@x.org>;', 'last@x']))
print(utils.getaddresses(['"Doe, J" <d@x>, e@y']), utils.getaddresses(['a@b (x']), utils.getaddresses(['a@b,,c@d']))
for pair in [('Ann', 'ann@example.com'), ('Doe, John', 'j@x.org'), ('Say "hi"', 'h@x'),
             ('', 'bare@x'), ('J\u00f6rg', 'j@x.de'), ('\u6771\u4eac', 't@x.jp'), ('caf\u00e9 bar', 'c@x')]:
    print(utils.formataddr(pair))
print(utils.quote('a "b" \\c'), utils.unquote('"a \\"b\\""'), utils.unquote('<x@y>'), utils.unquote('plain'))
print(utils.encode_rfc2231('caf\u00e9 n', 'utf-8', 'fr'), utils.encode_rfc2231('a b'))
print(utils.decode_rfc2231("utf-8'en'caf%C3%A9"), utils.decode_rfc2231('plain'))
print(utils.collapse_rfc2231_value(('utf-8', 'en', 'caf\xc3\xa9')), utils.collapse_rfc2231_value('"q"'))
msgid = utils.make_msgid('tag', domain='example.com')
print(msgid.startswith('<'), msgid.endswith('.tag@example.com>'))
