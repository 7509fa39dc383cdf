"""A subset of the email package: Message, the parsers, utils and errors (compat32 only).

Not implemented: MIME classes and multipart generation (email.mime, email.generator),
multipart parsing into parts, email.policy's EmailPolicy and header objects, email.header,
email.charset, email.headerregistry, email.contentmanager and email.feedparser.
"""

__all__ = ['message_from_string', 'message_from_bytes', 'message_from_file',
           'message_from_binary_file', 'errors', 'message', 'parser', 'utils']


def message_from_string(s, *args, **kws):
    """Parse a string into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse a bytes string into a Message object model."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Read a file and parse its contents into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Read a binary file and parse its contents into a Message object model."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
