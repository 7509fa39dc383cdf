import sys, io, contextlib
import optparse as mod
import os
os.environ['COLUMNS'] = '80'
def run(label, fn):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = fn()
        res = repr(r)
    except SystemExit as e:
        res = f'SystemExit({e.code})'
    except Exception as e:
        res = f'{type(e).__name__}: {e}'
    res = res.replace('myopt', 'optparse')
    import re
    res = re.sub(r'0x[0-9a-f]+', '0x..', res)
    print(f'## {label}: {res}')
    if out.getvalue(): print('[out]' + out.getvalue())
    if err.getvalue(): print('[err]' + err.getvalue())

def make():
    p = mod.OptionParser(usage='%prog [options] file...', version='%prog 1.0', prog='tool',
                         description='A tool that does things with files and writes a long description that needs to wrap across several lines of the help output.',
                         epilog='See the manual for more. This epilog is also long enough that it wraps somewhere in the middle.')
    p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print status messages to stdout")
    p.add_option('-v', action='count', dest='level', help='more output (default %default)')
    p.add_option('-n', '--num', type='int', default=3, help='how many [default: %default]')
    p.add_option('--ratio', type='float')
    p.add_option('--cplx', type='complex')
    p.add_option('-m', '--mode', type='choice', choices=['fast', 'slow'], default='fast', help='mode, one of fast, slow')
    p.add_option('-a', '--add', action='append', dest='items', help='add an item (may repeat)')
    p.add_option('--const', action='store_const', const=42, dest='answer')
    p.add_option('--tag', action='append_const', const='t', dest='tags')
    p.add_option('--point', nargs=2, type='int', help='an x y pair')
    p.add_option('--secret', help=mod.SUPPRESS_HELP)
    p.add_option('--a-very-long-option-name-indeed', metavar='SOMETHING_LONG', help='this help goes on the next line because the option strings are wide')
    g = mod.OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk.  It is believed that some of them bite.')
    g.add_option('-g', action='store_true', help='Group option.')
    p.add_option_group(g)
    def cb(option, opt, value, parser, extra=None):
        print('callback', option, opt, value, extra, parser.largs, parser.rargs)
        setattr(parser.values, option.dest, (value, extra))
    p.add_option('-c', '--call', action='callback', callback=cb, type='string', dest='called', callback_args=('x',))
    return p

for argv in [[], ['-f', 'out.txt', 'a', 'b'], ['--file=o', '-qvvv', 'x'], ['-vfo.txt'], ['-n', '0x1f'], ['-n', '010'], ['-n', 'abc'], ['--ratio', '1.5e3'],
             ['--ratio', 'x'], ['--cplx', '1+2j'], ['-m', 'slow'], ['-m', 'medium'], ['--mo', 'slow'], ['-a', '1', '--add', '2', '-a3'], ['--const', '--tag', '--tag'],
             ['--point', '1', '2'], ['--point', '1'], ['--nope'], ['-z'], ['--', '-f', 'x'], ['a', '-f', 'x', 'b'], ['--quiet=1'], ['-f'], ['--file'],
             ['-c', 'val', 'rest'], ['--call=v2'], ['-g'], ['-h'], ['--version'], ['--fi', 'x'], ['--a', 'x'], ['-']]:
    run(' '.join(argv), lambda: (lambda r: (sorted(vars(r[0]).items()), r[1]))(make().parse_args(argv)))
run('help', lambda: make().format_help())
run('usage', lambda: make().get_usage())
run('version', lambda: make().get_version())
p = make()
run('no interspersed', lambda: (p.disable_interspersed_args(), p.parse_args(['a', '-f', 'x'])[1]))
run('defaults', lambda: (p.set_defaults(verbose=False, level=2), sorted(vars(p.get_default_values()).items()))[1])
run('set_default', lambda: (p.set_default('filename', 'def'), p.parse_args([])[0].filename)[1])
run('has/get', lambda: (p.has_option('-f'), p.has_option('--nope'), str(p.get_option('--file')), p.get_option('--nope'), p.get_option_group('-g').title))
run('remove', lambda: (p.remove_option('--file'), p.has_option('-f'))[1])
run('remove missing', lambda: p.remove_option('--file'))
run('conflict', lambda: make().add_option('-f'))
run('resolve', lambda: (lambda q: (q.add_option('-f', '--force', action='store_true'), q.format_help()))(mod.OptionParser(conflict_handler='resolve', prog='t', add_help_option=False)) and None)
run('resolve2', lambda: (lambda q: (q.add_option('-f', '--file'), q.add_option('-f', '--force', action='store_true'), q.format_option_help())[2])(mod.OptionParser(conflict_handler='resolve', prog='t')))
for bad in [dict(args=('f',)), dict(args=('-ff',)), dict(args=('--',)), dict(args=('---x',)), dict(args=()), dict(args=('-x',), kw=dict(action='bogus')),
            dict(args=('-x',), kw=dict(type='bogus')), dict(args=('-x',), kw=dict(action='store_true', type='int')), dict(args=('-x',), kw=dict(type='choice')),
            dict(args=('-x',), kw=dict(type='choice', choices='ab')), dict(args=('-x',), kw=dict(choices=['a'], type='int')), dict(args=('-x',), kw=dict(const=1)),
            dict(args=('-x',), kw=dict(action='store_true', nargs=2)), dict(args=('-x',), kw=dict(action='callback', callback=5)), dict(args=('-x',), kw=dict(callback=len)),
            dict(args=('-x',), kw=dict(bogus=1, other=2)), dict(args=('-x',), kw=dict(type=int)), dict(args=('-x',), kw=dict(type=str)), dict(args=('-x',), kw=dict(action='callback', callback=len, callback_args=[1]))]:
    run('option ' + repr(bad), lambda: (lambda o: (str(o), o.action, o.type, o.dest, o.nargs))(mod.Option(*bad['args'], **bad.get('kw', {}))))
v = mod.Values({'a': 1, 'b': None})
run('values', lambda: (str(v), v == {'a': 1, 'b': None}, v.ensure_value('b', 5), v.ensure_value('a', 7), v.b))
run('titled', lambda: (lambda q: (q.add_option('-x', '--ex', help='an option'), q.format_help())[1])(mod.OptionParser(prog='t', formatter=mod.TitledHelpFormatter(), description='Desc.')))
run('narrow', lambda: (lambda q: (q.add_option('-x', '--example', help='an option with a help text long enough to wrap in a narrow formatter'), q.format_help())[1])(mod.OptionParser(prog='t', formatter=mod.IndentedHelpFormatter(width=40))))
run('suppress usage', lambda: mod.OptionParser(usage=mod.SUPPRESS_USAGE, prog='t').format_help())
run('usage prefix', lambda: mod.OptionParser(usage='usage: %prog x', prog='t').get_usage())
run('no options', lambda: mod.OptionParser(prog='t', add_help_option=False).format_help())
run('check_choice', lambda: mod.check_choice(mod.Option('-m', type='choice', choices=['a']), '-m', 'b'))
run('errors', lambda: (str(mod.OptionValueError('m')), str(mod.BadOptionError('-q')), str(mod.OptionError('bad', mod.Option('-x'))), issubclass(mod.OptionConflictError, mod.OptionError)))
run('delims', lambda: (lambda f: (f.set_short_opt_delimiter(''), f.set_long_opt_delimiter(' '), (lambda q: (q.add_option('-x', '--ex', metavar='V'), q.format_option_help())[1])(mod.OptionParser(prog='t', formatter=f)))[2])(mod.IndentedHelpFormatter()))
run('make_option', lambda: repr(mod.make_option('-f', '--file', dest='filename')))
run('group errors', lambda: make().add_option_group(mod.OptionGroup(make(), 'x')))
run('add_option bad', lambda: make().add_option(5))
run('store default str', lambda: (lambda q: (q.add_option('-n', type='int', default='7'), q.parse_args([])[0].n)[1])(mod.OptionParser()))
run('store default bad', lambda: (lambda q: (q.add_option('-n', type='int', default='x'), q.parse_args([])[0].n)[1])(mod.OptionParser(prog='t')))
