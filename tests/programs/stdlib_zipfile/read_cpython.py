# Reading an archive CPython 3.13 wrote (deflated members, a UTF-8 name, a directory entry,
# a forced ZIP64 member, member and archive comments), and damaged archives.
import base64
import io
import zipfile

FIXTURE = (
    "UEsDBBQAAAAIANZj7lYc9wWrGQAAAHQAAAAQAAAAbm90ZXMvcmVhZG1lLnR4dMvJzEtVyM9L5coBMUrK86GMjKJUqBj1"
    "JQFQSwMEFAAACAAAoyBDKjwupg0oAAAAKAAAAAsAAABkYXRhL8+ALmJpbgABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZ"
    "GhscHR4fICEiIyQlJidQSwMEFAAAAAAAAAAhAAAAAAAAAAAAAAAAAAYAAABlbXB0eS9QSwMELQAAAAgAfb9dWAKhxgT/"
    "/////////wkAFABiaWc2NC50eHQBABAAggAAAAAAAAASAAAAAAAAAKvKLDAzUchNzU1KLeKqGggOAFBLAQIUAxQAAAAI"
    "ANZj7lYc9wWrGQAAAHQAAAAQAAAAAAAAAAAAAACAAQAAAABub3Rlcy9yZWFkbWUudHh0UEsBAhQDFAAACAAAoyBDKjwu"
    "pg0oAAAAKAAAAAsAAAAOAAAAAAAAAIABRwAAAGRhdGEvz4AuYmlubWVtYmVyIGNvbW1lbnRQSwECFAMUAAAAAAAAACEA"
    "AAAAAAAAAAAAAAAABgAAAAAAAAAAABAA/0GYAAAAZW1wdHkvUEsBAi0DLQAAAAgAfb9dWAKhxgQSAAAAggAAAAkAAAAA"
    "AAAAAAAAAIABvAAAAGJpZzY0LnR4dFBLBQYAAAAABAAEAPAAAAAJAQAAFABtYWRlIGJ5IENQeXRob24gMy4xMw=="
)
data = base64.b64decode(FIXTURE)
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.comment)
    for info in zf.infolist():
        print(info, info.date_time, info.CRC, info.compress_size, info.is_dir(), info.comment)
    print(zf.read("notes/readme.txt").splitlines()[:3])
    print(zf.read("data/\u03c0.bin")[-5:])
    print(zf.read("big64.txt")[:26])
    with zf.open("notes/readme.txt") as member:
        print(repr(member))
        print([line for line in member][:2])
        print(member.seek(0), member.read(4), member.tell(), member.seek(-6, 2), member.read())
    print(repr(member))
    try:
        zf.getinfo("missing")
    except KeyError as e:
        print("KeyError:", e)
    print(zf.testzip())

# Flip one byte of the stored member: its CRC no longer matches.
at = data.index(bytes(range(40)))
bad = data[:at + 3] + b"\xff" + data[at + 4:]
with zipfile.ZipFile(io.BytesIO(bad)) as zf:
    print(zf.testzip())
    try:
        zf.read("data/\u03c0.bin")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)

for blob in (b"", b"PK\x03\x04 just a header", data[:-30]):
    try:
        zipfile.ZipFile(io.BytesIO(blob))
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)

print(zipfile.BadZipfile is zipfile.BadZipFile, issubclass(zipfile.LargeZipFile, Exception))
