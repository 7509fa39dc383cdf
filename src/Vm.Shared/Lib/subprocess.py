"""Subprocesses with accessible I/O streams (CPython 3.13's subprocess interface, written for pyvm).

Children start through posix_spawn (the native _posixsubprocess.spawn): their standard streams
can be a new pipe (PIPE), /dev/null (DEVNULL), the stdout pipe for stderr (STDOUT), a file
descriptor or a file object, or inherited (None). Everything else about the child is the parent's
unless `cwd` or `env` say otherwise. Not available (they need code between fork and exec):
preexec_fn, start_new_session, process_group, user, group, extra_groups, umask; passing one
raises NotImplementedError. close_fds is always in effect: every descriptor the VM opens is
close-on-exec, and pass_fds are inherited.
"""
import io
import os
import sys
import threading
import time
import types
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGTERM = 15
_SIGKILL = 9
_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS",
                 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE",
                 14: "SIGALRM", 15: "SIGTERM", 17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP",
                 21: "SIGTTIN", 22: "SIGTTOU", 24: "SIGXCPU", 25: "SIGXFSZ"}


class SubprocessError(Exception):
    pass


def _signal_repr(signum):
    name = _SIGNAL_NAMES.get(signum)
    return "<Signals.%s: %d>" % (name, signum) if name else "unknown signal %d" % signum


# The stdout alias of `output` both errors carry (the captured output of the failed command).
_stdout_alias = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class CalledProcessError(SubprocessError):
    """Raised when run(check=True)/check_call()/check_output() sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_repr(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """Raised when a timeout passes while waiting for a child."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs the command; raises CalledProcessError unless it exits with status 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its output; raises CalledProcessError on a non-zero status."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, stderr merged, one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (stderr merged), one trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line as the MS C runtime parses it (kept for programs that build one)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs = []
        if result:
            result.append(" ")
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs.append(c)
            elif c == '"':
                result.append("\\" * len(bs) * 2)
                bs = []
                result.append('\\"')
            else:
                if bs:
                    result.extend(bs)
                    bs = []
                result.append(c)
        if bs:
            result.extend(bs)
        if quote:
            result.extend(bs)
            result.append('"')
    return "".join(result)


# The options a child VM needs to run as this one (multiprocessing passes them to its children).
# The -X options copied are CPython's list, then pyvm's own: `jit`/`nojit` choose the baseline
# compiler (README "Running"); sys._xoptions holds what the command line gave.
_CHILD_XOPTIONS = ('faulthandler', 'tracemalloc', 'importtime', 'frozen_modules', 'showrefcount', 'utf8', 'gil',
                   'jit', 'nojit')


def _optim_args_from_interpreter_flags():
    """-O options reproducing sys.flags.optimize."""
    value = sys.flags.optimize
    return ['-' + 'O' * value] if value > 0 else []


def _args_from_interpreter_flags():
    """Command-line arguments reproducing the current settings in sys.flags, sys.warnoptions
    and sys._xoptions."""
    flag_opt_map = {'debug': 'd', 'dont_write_bytecode': 'B', 'no_site': 'S', 'verbose': 'v',
                    'bytes_warning': 'b', 'quiet': 'q'}
    args = _optim_args_from_interpreter_flags()
    for flag, opt in flag_opt_map.items():
        v = getattr(sys.flags, flag)
        if v > 0:
            args.append('-' + opt * v)
    if sys.flags.isolated:
        args.append('-I')
    else:
        if sys.flags.ignore_environment:
            args.append('-E')
        if sys.flags.no_user_site:
            args.append('-s')
        if sys.flags.safe_path:
            args.append('-P')
    warnopts = sys.warnoptions[:]
    xoptions = getattr(sys, '_xoptions', {})
    if sys.flags.bytes_warning > 1:
        warnopts.remove("error::BytesWarning")
    elif sys.flags.bytes_warning:
        warnopts.remove("default::BytesWarning")
    if sys.flags.dev_mode:
        warnopts.remove('default')
    args.extend('-W' + opt for opt in warnopts)
    if sys.flags.dev_mode:
        args.extend(('-X', 'dev'))
    for opt in _CHILD_XOPTIONS:
        if opt in xoptions:
            value = xoptions[opt]
            args.extend(('-X', opt if value is True else '%s=%s' % (opt, value)))
    return args


# Children whose Popen was dropped while they ran: reaped by the next Popen() (no zombies).
_active = []


def _cleanup():
    for inst in _active[:]:
        if inst._internal_poll() is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


class Popen:
    """Starts a child process; see the module docstring for what the stream arguments accept."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        self._comm = None
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        for name, value, default in (("preexec_fn", preexec_fn, None), ("start_new_session", start_new_session, False),
                                     ("process_group", process_group, None), ("user", user, None),
                                     ("group", group, None), ("extra_groups", extra_groups, None), ("umask", umask, -1)):
            if value != default:
                raise NotImplementedError("subprocess.Popen(%s=...) is not supported by pyvm (children start "
                                          "through posix_spawn)" % name)
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        argv = self._argv(args, shell)
        if executable is None:
            executable = argv[0]
        executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        envp = None
        if env is not None:
            envp = []
            for k, v in env.items():
                k, v = os.fsdecode(k), os.fsdecode(v)
                if "=" in k:
                    raise ValueError("illegal environment variable name")
                envp.append(k + "=" + v)

        to_close = []   # our ends given to the child: closed in the parent after the spawn
        mine = []       # every descriptor opened here: closed if the spawn fails
        p2cread, p2cwrite = self._child_end(stdin, True, to_close, mine)
        c2pread, c2pwrite = self._child_end(stdout, False, to_close, mine)
        if stderr == STDOUT:
            errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno())
        else:
            errread, errwrite = self._child_end(stderr, False, to_close, mine)
        try:
            search = os.sep not in executable
            self.pid = _posixsubprocess.spawn(executable, argv, envp, cwd, p2cread, c2pwrite, errwrite,
                                              [int(fd) for fd in pass_fds], search)
            self._child_created = True
        except BaseException:
            for fd in mine:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in to_close:
            os.close(fd)
        # text streams are opened on the descriptor in text mode (universal newlines when reading)
        text_buffering = -1 if bufsize == 0 else bufsize
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, "w", text_buffering, encoding=encoding, errors=errors) if self.text_mode \
                else io.open(p2cwrite, "wb", bufsize)
        if c2pread != -1:
            self.stdout = io.open(c2pread, "r", text_buffering, encoding=encoding, errors=errors) if self.text_mode \
                else io.open(c2pread, "rb", bufsize)
        if errread != -1:
            self.stderr = io.open(errread, "r", text_buffering, encoding=encoding, errors=errors) if self.text_mode \
                else io.open(errread, "rb", bufsize)

    @staticmethod
    def _argv(args, shell):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
        if not args:
            raise IndexError("list index out of range")
        return [os.fsdecode(a) for a in args]

    @staticmethod
    def _child_end(spec, is_input, to_close, mine):
        """(parent end, child end) for one standard stream of the child; -1 where there is none."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            mine.extend((r, w))
            if is_input:
                to_close.append(r)
                return r, w
            to_close.append(w)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            mine.append(fd)
            to_close.append(fd)
            return (fd, -1) if is_input else (-1, fd)
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError("bad file descriptor %d" % spec) if spec != STDOUT else \
                    ValueError("STDOUT can only be used for stderr")
            return (spec, -1) if is_input else (-1, spec)
        fd = spec.fileno()
        return (fd, -1) if is_input else (-1, fd)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type == KeyboardInterrupt:
                self.wait(timeout=0.25) if self.returncode is None else None
            else:
                self.wait()

    def __del__(self):
        if not self._child_created:
            return
        if self.returncode is None and self._internal_poll() is None:
            import warnings
            warnings.warn("subprocess %s is still running" % self.pid, ResourceWarning, source=self)
            _active.append(self)

    # -- waiting -----------------------------------------------------------------------------------

    def _handle_exitstatus(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts) if not os.WIFSTOPPED(sts) else -os.WSTOPSIG(sts)

    def _try_wait(self, options):
        try:
            return os.waitpid(self.pid, options)
        except ChildProcessError:
            # reaped elsewhere: the status is lost, as CPython reports it
            return self.pid, 0

    def _internal_poll(self):
        if self.returncode is None and self._waitpid_lock.acquire(False):
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        """The exit status if the child has ended, else None."""
        return self._internal_poll()

    def wait(self, timeout=None):
        """Waits for the child to end and returns its exit status; TimeoutExpired after `timeout`."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self._waitpid_lock.acquire(False):
                try:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(os.WNOHANG)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
                        break
                finally:
                    self._waitpid_lock.release()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)
        return self.returncode

    # -- signals -------------------------------------------------------------------------------------

    def send_signal(self, sig):
        """Sends signal `sig` to the child (nothing once it has been waited for)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    # -- communicate ---------------------------------------------------------------------------------

    def communicate(self, input=None, timeout=None):
        """Sends `input` to stdin, reads stdout and stderr to their end, waits for the child;
        returns (stdout, stderr). After a TimeoutExpired, call again to go on collecting."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if timeout is None and not self._communication_started and \
                [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            # one stream at most: no threads needed
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._comm is None:
            self._communication_started = True
            self._comm = comm = {"stdout": [], "stderr": [], "threads": []}
            if self.stdin:
                self._input = input
                comm["threads"].append(self._start(self._stdin_write, input))
            if self.stdout:
                comm["threads"].append(self._start(self._drain, self.stdout, comm["stdout"]))
            if self.stderr:
                comm["threads"].append(self._start(self._drain, self.stderr, comm["stderr"]))
        comm = self._comm
        for t in comm["threads"]:
            t.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout)
        stdout = self._joined(comm["stdout"]) if self.stdout else None
        stderr = self._joined(comm["stderr"]) if self.stderr else None
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return stdout, stderr

    @staticmethod
    def _start(target, *args):
        t = threading.Thread(target=target, args=args, daemon=True)
        t.start()
        return t

    @staticmethod
    def _drain(stream, chunks):
        chunks.append(stream.read())

    def _joined(self, chunks):
        if not chunks:
            return "" if self.text_mode else b""
        return chunks[0]

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
