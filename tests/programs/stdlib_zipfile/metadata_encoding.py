# Names without the UTF-8 flag are cp437 unless metadata_encoding says otherwise.
import zipfile, io
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('caf\u00e9.txt', (2020,1,1,0,0,0)), b'x')
raw = bytearray(b.getvalue())
# clear the UTF-8 flag in both headers
for sig in (b'PK\x03\x04', b'PK\x01\x02'):
    i = raw.find(sig)
    off = 6 if sig == b'PK\x03\x04' else 8
    flags = int.from_bytes(raw[i+off:i+off+2], 'little') & ~0x800
    raw[i+off:i+off+2] = flags.to_bytes(2, 'little')
for enc in (None, 'utf-8', 'latin-1'):
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(raw)), metadata_encoding=enc) as z:
            print(enc, z.namelist(), [z.read(n) for n in z.namelist()])
    except Exception as e:
        print(enc, type(e).__name__, e)
