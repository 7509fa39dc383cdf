# gettext: .mo catalogs (both byte orders), plural forms, contexts, fallbacks, the search path,
# install(), and the GNU-style API with textdomain/bindtextdomain.
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo_bytes(entries, order="<"):
    """A GNU .mo file for {msgid: msgstr} (bytes keys/values), entries sorted as msgfmt does."""
    keys = sorted(entries)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(entries[k] + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    o_table, t_table = [], []
    pos = 0
    for k in keys:
        o_table += [len(k), start + pos]
        pos += len(k) + 1
    pos = 0
    for k in keys:
        t_table += [len(entries[k]), start + len(ids) + pos]
        pos += len(entries[k]) + 1
    magic = 0x950412de
    header = struct.pack(order + "7I", magic, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return header + struct.pack(order + "%dI" % len(o_table), *o_table) + \
        struct.pack(order + "%dI" % len(t_table), *t_table) + ids + strs


HEADER = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
          b"n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
RU = {
    b"": HEADER,
    b"Hello": "Привет".encode(),
    b"file\0files": "файл\0файла\0файлов".encode(),
    b"menu\x04Open": "Открыть (меню)".encode(),
    b"menu\x04item\0items": "пункт\0пункта\0пунктов".encode(),
}

for order in "<>":
    t = gettext.GNUTranslations(io.BytesIO(mo_bytes(RU, order)))
    print(order, t.gettext("Hello"), t.gettext("Missing"), t.charset())
    print([t.ngettext("file", "files", n) for n in (1, 2, 5, 11, 21, 22, 25, 101)])
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"),
          [t.npgettext("menu", "item", "items", n) for n in (1, 3, 7)])
    print(sorted(t.info().items()))

null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("one", "many", 1), null.ngettext("one", "many", 2),
      null.pgettext("c", "m"), null.npgettext("c", "a", "b", 3), null.info(), null.charset())

# fallbacks
de = gettext.GNUTranslations(io.BytesIO(mo_bytes({b"": b"Content-Type: text/plain; charset=UTF-8\n",
                                                  b"Hello": b"Hallo", b"Bye": b"Tsch\xc3\xbcss"})))
ru = gettext.GNUTranslations(io.BytesIO(mo_bytes(RU)))
ru.add_fallback(de)
print(ru.gettext("Hello"), ru.gettext("Bye"), ru.gettext("Nothing"), ru.ngettext("cat", "cats", 2))

# bad files
for data in (b"xx", b"\0\0\0\0" * 8, struct.pack("<7I", 0x950412de, 5 << 16, 0, 28, 28, 0, 0)):
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except OSError as e:
        print("OSError", e.args[1])
    except struct.error as e:
        print("struct.error")

# plural expressions
for expr in ("n != 1", "n>1", "0", "n==1 ? 0 : n==2 ? 1 : 2", "(n%10==1 && n%100!=11) ? 0 : 1",
             "!(n == 1)", "n % 3 + n / 4"):
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in range(8)])
for bad in ("n +", "n ** 2", "(n", "import os", "n ? 1"):
    try:
        gettext.c2py(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError for", repr(bad))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(gettext.c2py("n != 1")(1.0), gettext.NullTranslations().ngettext("a", "b", 2.0),
          gettext.GNUTranslations(io.BytesIO(mo_bytes(RU))).ngettext("file", "files", 2.0))
print([(w.category.__name__, str(w.message), os.path.basename(w.filename)) for w in caught])
try:
    gettext.c2py("n != 1")("1")
except TypeError as e:
    print("TypeError", e)

# the search path, translation(), install() and the GNU API
with tempfile.TemporaryDirectory() as root:
    for lang, entries in (("ru", RU), ("de", {b"Hello": b"Hallo", b"Only German": b"Nur Deutsch"})):
        os.makedirs(os.path.join(root, lang, "LC_MESSAGES"))
        with open(os.path.join(root, lang, "LC_MESSAGES", "demo.mo"), "wb") as f:
            f.write(mo_bytes(entries))
    rel = lambda p: None if p is None else os.path.relpath(p, root)
    print(rel(gettext.find("demo", root, ["ru"])), rel(gettext.find("demo", root, ["fr", "de"])),
          rel(gettext.find("demo", root, ["fr"])), [rel(p) for p in gettext.find("demo", root, ["ru", "de"], all=True)])
    print(rel(gettext.find("demo", root, ["de_DE.UTF-8"])), gettext.find("demo", root, ["C", "de"]))
    t = gettext.translation("demo", root, ["ru", "de"])
    print(type(t).__name__, t.gettext("Hello"), t.gettext("Only German"))
    try:
        gettext.translation("demo", root, ["fr"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
    print(type(gettext.translation("demo", root, ["fr"], fallback=True)).__name__)
    os.environ["LANGUAGE"] = "de:ru"
    print(rel(gettext.find("demo", root)))
    gettext.install("demo", root, names=["ngettext"])
    print(_("Hello"), builtins.ngettext("a", "b", 2))
    del builtins._, builtins.ngettext
    print(gettext.textdomain(), gettext.gettext("Hello"))
    gettext.bindtextdomain("demo", root)
    print(rel(gettext.bindtextdomain("demo")), gettext.textdomain("demo"))
    print(gettext.gettext("Hello"), gettext.dgettext("demo", "Only German"),
          gettext.ngettext("file", "files", 3), gettext.dngettext("nodomain", "x", "y", 1),
          gettext.pgettext("menu", "Open"), gettext.npgettext("menu", "item", "items", 1))
    os.environ["LANGUAGE"] = "ru"
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 3), gettext.pgettext("menu", "Open"))
