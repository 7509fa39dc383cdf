# plistlib's XML format: dumps byte for byte (tabs, sorted keys, base64 data lines, dates, escaping),
# loads back to equal values, and the documented errors.
import datetime
import plistlib

value = {
    "name": "caf\u00e9 & <tea>",
    "count": 42,
    "neg": -7,
    "big": 2 ** 63,
    "ratio": 0.1,
    "whole": 3.0,
    "yes": True,
    "no": False,
    "blob": bytes(range(100)),
    "when": datetime.datetime(2024, 5, 17, 12, 30, 45),
    "list": [1, "two", [3.5], {}, []],
    "nested": {"z": 1, "a": {"deep": b""}},
}
out = plistlib.dumps(value)
print(out.decode())
back = plistlib.loads(out)
print(back == value, sorted(back), type(back["when"]).__name__)
print(plistlib.dumps({"b": 1, "a": 2}, sort_keys=False).decode())
print(plistlib.dumps([]).decode())
print(plistlib.loads(b"<plist><integer>0x1F</integer></plist>"), plistlib.loads("<plist><array><string>s</string><real>1e3</real></array></plist>"))
print(plistlib.loads(b"<plist><dict><key>k</key><date>2020-01-02T03:04:05Z</date></dict></plist>", aware_datetime=True))
print(plistlib.FMT_XML, plistlib.UID(5), plistlib.UID(5) == plistlib.UID(5))
for bad in [lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps({"s": "\x01"}), lambda: plistlib.dumps(object()),
            lambda: plistlib.dumps(2 ** 64), lambda: plistlib.UID(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(plistlib.dumps({1: 2, "k": "v"}, skipkeys=True, sort_keys=False).decode())
