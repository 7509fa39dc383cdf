"""expat's error codes and messages (pyexpat.errors), and its content-model constants (pyexpat.model)."""

MESSAGES = (
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
    "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed", "illegal character(s) in public id",
    "parser suspended", "parser not suspended", "parsing aborted", "parsing finished",
    "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names",
    "invalid argument", "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
)

CONSTANT_NAMES = (
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY",
    "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
    "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
    "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
    "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
    "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
)

MODEL_CONSTANTS = {
    "XML_CTYPE_EMPTY": 1, "XML_CTYPE_ANY": 2, "XML_CTYPE_MIXED": 3, "XML_CTYPE_NAME": 4,
    "XML_CTYPE_CHOICE": 5, "XML_CTYPE_SEQ": 6,
    "XML_CQUANT_NONE": 0, "XML_CQUANT_OPT": 1, "XML_CQUANT_REP": 2, "XML_CQUANT_PLUS": 3,
}
