# A subcommand CLI built with argparse: parsing, errors, usage and help text.
import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog='inventory', description='Manage an inventory file.')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('--format', choices=['json', 'csv', 'table'], default='table')
    sub = p.add_subparsers(dest='command', required=True)
    add = sub.add_parser('add', help='add an item')
    add.add_argument('name')
    add.add_argument('qty', type=int)
    add.add_argument('--price', type=float, default=0.0)
    add.add_argument('--tag', action='append', default=[])
    rm = sub.add_parser('remove', aliases=['rm'], help='remove an item')
    rm.add_argument('names', nargs='+')
    ls = sub.add_parser('list')
    ls.add_argument('--sort', default='name', choices=('name', 'qty'))
    g = ls.add_mutually_exclusive_group()
    g.add_argument('--asc', action='store_true')
    g.add_argument('--desc', action='store_true')
    return p


sys.stderr = sys.stdout  # argparse's error messages go to stderr
p = build()
for argv in (['add', 'apple', '3', '--price', '1.5', '--tag', 'fruit', '--tag', 'red'],
             ['-vv', '--format', 'json', 'rm', 'apple', 'pear'],
             ['list', '--sort', 'qty', '--desc'],
             ['list', '--asc', '--desc'],
             ['add', 'x', 'notint'],
             ['--format', 'xml', 'list'],
             [],
             ['frobnicate']):
    try:
        ns = p.parse_args(argv)
        print(sorted(vars(ns).items()))
    except SystemExit as e:
        print('exit', e.code)
try:
    p.parse_args(['add', 'x', 'notint'])
except SystemExit:
    pass
print(p.format_usage())
print(p.format_help())
try:
    p.parse_args(['add', '--help'])
except SystemExit as e:
    print('exit', e.code)
ns, rest = p.parse_known_args(['list', '--bogus', 'x'])
print(ns.command, rest)
