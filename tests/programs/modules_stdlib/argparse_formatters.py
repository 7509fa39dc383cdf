# argparse: formatter classes (RawDescription, RawText, ArgumentDefaults, MetavarType, custom widths)
import os
os.environ["COLUMNS"] = "70"
import argparse

DESC = """First line of the description.
    indented second line, kept as written by the raw formatters
third   line   with   spaces"""

def build(cls, **extra):
    p = argparse.ArgumentParser(prog="fmt", formatter_class=cls, description=DESC,
                                epilog="epilog\n  keeps lines?", **extra)
    p.add_argument("--size", type=int, default=10, help="the size\nof things")
    p.add_argument("--name", default="n", help="name, default %(default)s")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("--nodefault", type=float, help="no default given")
    p.add_argument("--quiet", action="store_const", const=0, default=argparse.SUPPRESS, help="hush")
    p.add_argument("files", nargs="*", default=["a"], help="files")
    p.add_argument("count", type=int, nargs="?", default=1, help="how many")
    p.add_argument("must", type=str, help="required")
    return p

for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    print("=====", cls.__name__)
    print(build(cls).format_help())

m = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter,
                            add_help=False)
m.add_argument("--size", type=int, help="size")
m.add_argument("--ratio", type=float, nargs=2)
m.add_argument("word", type=str)
m.add_argument("more", type=int, nargs="+")
print("===== MetavarTypeHelpFormatter")
print(m.format_help())

class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=90)

print("===== custom")
print(build(Wide).format_help())

class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass

print("===== combined")
print(build(Both).format_help())
b = argparse.ArgumentParser(prog="bool", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
b.add_argument("--other", action=argparse.BooleanOptionalAction, help="other toggle")
print(b.format_help())
print(b.parse_args(["--no-feature", "--other"]), b.parse_args([]))
del os.environ["COLUMNS"]  # the test runner runs every program in one process
