# A script's command line with optparse: options, a group, a callback, errors reported by exiting.
import optparse
import os
import sys

os.environ["COLUMNS"] = "70"


def parse_size(option, opt_str, value, parser):
    units = {"k": 1024, "m": 1024 ** 2}
    number, unit = value[:-1], value[-1].lower()
    if unit not in units or not number.isdigit():
        raise optparse.OptionValueError(f"option {opt_str}: bad size {value!r}")
    setattr(parser.values, option.dest, int(number) * units[unit])


def build():
    parser = optparse.OptionParser(prog="backup", usage="%prog [options] SOURCE... DEST", version="%prog 2.1")
    parser.add_option("-n", "--dry-run", action="store_true", help="show what would be copied")
    parser.add_option("-x", "--exclude", action="append", default=[], metavar="PATTERN", help="skip files matching PATTERN")
    parser.add_option("-j", "--jobs", type="int", default=1, help="parallel copies [default: %default]")
    parser.add_option("--limit", action="callback", callback=parse_size, type="string", dest="limit", help="skip files above SIZE (k or m suffix)", metavar="SIZE")
    parser.add_option("-v", "--verbose", action="count", default=0)
    advanced = optparse.OptionGroup(parser, "Advanced")
    advanced.add_option("--checksum", type="choice", choices=["md5", "sha1", "sha256"], default="sha256", help="hash used to compare files")
    advanced.add_option("--no-preserve", dest="preserve", action="store_false", default=True, help="do not keep timestamps")
    parser.add_option_group(advanced)
    return parser


def run(argv):
    parser = build()
    try:
        options, args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return
    if len(args) < 2:
        try:
            parser.error("need at least one SOURCE and a DEST")
        except SystemExit as e:
            print("exit", e.code)
            return
    print(sorted(vars(options).items()), args)


sys.stderr = sys.stdout
run(["-n", "-x", "*.tmp", "--exclude=*.bak", "-j4", "src", "dst"])
run(["--limit", "10k", "-vv", "--checksum", "md5", "--no-preserve", "a", "b", "c"])
run(["--limit", "10x", "a", "b"])
run(["--checksum", "crc", "a", "b"])
run(["--jobs", "many", "a", "b"])
run(["--dry", "a", "b"])
run(["--d", "a", "b"])
run(["onlyone"])
run(["--help"])
run(["--version"])
