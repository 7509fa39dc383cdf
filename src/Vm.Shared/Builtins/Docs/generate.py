"""Regenerates builtin_docs.txt: the docstrings of CPython 3.13's builtin functions and of the
methods of its builtin types, shown as __doc__ of our native functions that have none of their own.
Run with CPython 3.13: python3 generate.py > builtin_docs.txt
Format: one entry per record, `@@ qualname` on its own line, then the docstring lines.
`python3 generate.py signatures > builtin_signatures.txt` writes their __text_signature__s instead
(what inspect.signature parses), one `qualname<TAB>signature` line each (a signature wrapped over
lines has a TAB where it had a newline)."""
import builtins, sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
signatures = sys.argv[1:] == ["signatures"]
out = []
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name.startswith("_") and name != "__import__" and name != "__build_class__":
        continue
    doc = getattr(obj, "__text_signature__" if signatures else "__doc__", None)
    if isinstance(obj, type):
        if obj.__module__ != "builtins":
            continue
        if isinstance(doc, str):
            out.append((name, doc))
        for mname, m in sorted(vars(obj).items()):
            d = getattr(m, "__text_signature__" if signatures else "__doc__", None)
            if isinstance(d, str) and type(m).__name__ in ("method_descriptor", "wrapper_descriptor", "classmethod_descriptor", "builtin_function_or_method", "staticmethod", "getset_descriptor", "member_descriptor"):
                out.append((f"{name}.{mname}", d))
    elif type(obj).__name__ == "builtin_function_or_method" and isinstance(doc, str):
        out.append((name, doc))
for q, d in out:
    if signatures:
        assert "\t" not in d, q
        print(q + "\t" + d.replace("\n", "\t"))  # a few are wrapped over lines (__import__)
    else:
        print("@@ " + q)
        print(d)
