# locale: categories, setlocale in the C locale, localeconv, nl_langinfo, formatting helpers,
# normalize, and errors. Only the C/POSIX locales are used: others depend on the machine.
import locale
import warnings

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL, "POSIX"))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_ALL))
print([getattr(locale, n) for n in ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "CHAR_MAX")])
print(locale.localeconv())
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.D_FMT))
print([locale.nl_langinfo(getattr(locale, "DAY_%d" % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.YESEXPR))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(locale.getpreferredencoding(False), locale.getencoding())

# Formatting in the C locale: no separators, '.' as decimal point.
print(locale.format_string("%.2f|%d|%s|%5.1f|%-8d|%%", (1234.5, 1234567, "x", 3.14159, 42), grouping=True))
print(locale.format_string("%(a).3f and %(b)d", {"a": 2.5, "b": 7}))
print(locale.format_string("%*d", (6, 12)), locale.format_string("%d", 5), locale.format_string("%e", 12345.678))
print(locale.str(1.25), locale.str(1e20), locale.str(2 / 3))
print(locale.atof("1.5"), locale.atof("7", int), locale.atoi("12"), locale.delocalize("1.5"), locale.localize("1234.5", grouping=True))
for bad in (
            (lambda: locale.currency(1.5)), (lambda: locale.atoi("x"))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Collation in the C locale is code point order.
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("abc", "abc"))
print(sorted(["b", "A", "a", "B", "é", "z"], key=locale.strxfrm), locale.strxfrm("abc"))
try:
    locale.strcoll("a", 1)
except TypeError as e:
    print(type(e).__name__)

# Names.
for name in ("C", "POSIX", "c.utf8", "C.UTF-8", "en_US.utf8", "de_DE.ISO8859-1", "de_de.iso88591",
             "uk_ua.koi8u", "en_US.UTF-8@euro", "ja_JP.eucJP", "zz", "UTF-8"):
    print(name, "->", locale.normalize(name))

# Errors.
try:
    locale.setlocale(locale.LC_ALL, "xx_NOWHERE.UTF-8")
except locale.Error as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print(type(e).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import os
    os.environ["LC_ALL"] = "C"
    print(locale.getdefaultlocale())
    print(caught[0].category.__name__, caught[0].message)
print(sorted(locale.__all__))
print(locale.Error.__module__, locale.Error.__name__)
