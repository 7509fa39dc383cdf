"""Compile Python source typed at a prompt, telling complete commands from incomplete ones.

Written from the library documentation. compile_command() answers three ways: a code object for
a complete, valid command; None when more input could complete it (an open block, bracket or
triple-quoted string, a statement cut off at the end); SyntaxError (or ValueError/OverflowError
from a bad literal) when no continuation could make it valid. The compiler tells the second case
apart through two compile() flags: PyCF_ALLOW_INCOMPLETE_INPUT turns "the input ran out" errors
into _IncompleteInputError, and PyCF_DONT_IMPLY_DEDENT keeps an indented block open at the end of
input that lacks its final newline.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_INCOMPLETE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_blank_or_comments(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            return False
    return True


def _try_compile(compiler, source, filename, symbol):
    """None if more input could make the source valid, else the code object or the error to raise."""
    if _only_blank_or_comments(source) and symbol != "eval":
        source = "pass"
    with warnings.catch_warnings():
        # Warnings are issued once, by the compile that decides.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol, True)
        except SyntaxError:
            # The command as typed is not valid; with one more line end it may be (a block that
            # a blank line closes), or the compiler may say it ran out of input.
            try:
                compiler(source + "\n", filename, symbol, True)
                return None
            except _IncompleteInputError:
                return None
            except SyntaxError:
                pass
    return compiler(source, filename, symbol, False)


def _plain_compile(source, filename, symbol, incomplete_input):
    return compile(source, filename, symbol, _INCOMPLETE_FLAGS if incomplete_input else 0)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete.

    Returns a code object if the command is complete and valid, None if it is incomplete, and
    raises SyntaxError, ValueError or OverflowError if it is a syntax error. symbol is the
    grammar start symbol: "single" (default), "exec" or "eval".
    """
    return _try_compile(_plain_compile, source, filename, symbol)


class Compile:
    """Like the built-in compile(), but a __future__ statement compiled once stays in force for
    every later source compiled by the same instance."""

    def __init__(self):
        self.flags = _INCOMPLETE_FLAGS

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        use = self.flags | flags
        if kwargs.get("incomplete_input", True) is False:
            use &= ~_INCOMPLETE_FLAGS
        code = compile(source, filename, symbol, use, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ statements, like Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _try_compile(self._compile, source, filename, symbol)

    def _compile(self, source, filename, symbol, incomplete_input):
        return self.compiler(source, filename, symbol, incomplete_input=incomplete_input)
