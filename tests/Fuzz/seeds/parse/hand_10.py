b"\x00" rb"\d" u"\N{BULLET}"
