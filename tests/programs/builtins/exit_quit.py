# exit() and quit() (site's builtins): their repr, and SystemExit with the code given.
import sys
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
for call in (lambda: exit(), lambda: quit(3), lambda: exit("message")):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code))
print("stdin closed:", sys.stdin.closed)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")
try:
    sys.stdin.readline()
except ValueError as e:
    print("ValueError", e)
with open(__file__) as f:
    pass
print(f.closed)
