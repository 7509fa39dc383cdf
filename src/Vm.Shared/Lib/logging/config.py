"""logging.config: set up logging from a dictionary (dictConfig) or an INI-style file (fileConfig).

Written for the FreeThreaded VM from the documentation of logging.config (docs.python.org/3.13,
"Configuration dictionary schema" and "Configuration file format"). The socket listener
(listen/stopListening) is not provided.

How a dictionary is applied: string values of the form ext://a.b.c name an importable object and
cfg://path a part of the configuration itself; they are resolved when the value is read. A '()'
key makes any formatter, filter or handler through a factory given the other keys as keyword
arguments, and a '.' key sets attributes on the result. Everything else follows the schema.
"""

import io
import logging
import logging.handlers
import os
import re
import sys

__all__ = ["dictConfig", "dictConfigClass", "fileConfig"]


# ---------------------------------------------------------------------------------------------
# names and references

def _import_dotted(name):
    """The object named by a dotted path: the longest importable module prefix, then attributes."""
    parts = name.split('.')
    holder = None
    taken = 0
    for i in range(len(parts), 0, -1):
        try:
            holder = __import__('.'.join(parts[:i]))
        except ImportError:
            continue
        taken = i
        # __import__('a.b') gives `a`: walk down to the module that was named
        for part in parts[1:i]:
            holder = getattr(holder, part)
        break
    if holder is None:
        raise ImportError('No module named %r' % parts[0])
    for part in parts[taken:]:
        holder = getattr(holder, part)
    return holder


def _resolve(name):
    try:
        return _import_dotted(name)
    except (ImportError, AttributeError) as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e


_CFG_FIRST = re.compile(r'^\s*(\w+)\s*')
_CFG_DOT = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_REFERENCE = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')


def _keyword_name(key):
    if not (isinstance(key, str) and key.isidentifier()):
        raise ValueError('Not a valid Python identifier: %r' % (key,))
    return key


class _Configuring:
    """The state of one dictConfig call: the configuration, what was built from it so far."""

    def __init__(self, config):
        self.config = config

    # -- references

    def value(self, value):
        """A configuration value with its references resolved (recursively in containers)."""
        if isinstance(value, str):
            m = _REFERENCE.match(value)
            if m is not None:
                prefix, rest = m.group('prefix'), m.group('suffix')
                if prefix == 'ext':
                    return _resolve(rest)
                if prefix == 'cfg':
                    return self.value(self.internal(rest))
            return value
        if isinstance(value, dict) and not isinstance(value, _Built):
            return {k: self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple) and not hasattr(value, '_fields'):
            return tuple(self.value(v) for v in value)
        return value

    def internal(self, path):
        """cfg://path: a word, then .word or [key] steps (a key of digits also tries the int)."""
        m = _CFG_FIRST.match(path)
        if m is None:
            raise ValueError('Unable to convert %r' % path)
        rest = path[m.end():]
        node = self.config[m.group(1)]
        while rest:
            m = _CFG_DOT.match(rest)
            if m is not None:
                node = node[m.group(1)]
            else:
                m = _CFG_INDEX.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (path, rest))
                key = m.group(1)
                try:
                    node = node[key]
                except (KeyError, TypeError, IndexError):
                    if not key.isdigit():
                        raise
                    node = node[int(key)]
            rest = rest[m.end():]
        return node

    def section(self, name):
        part = self.config.get(name)
        return {} if part is None else part

    # -- objects made by a factory

    def by_factory(self, spec):
        spec = dict(spec)
        factory = self.value(spec.pop('()'))
        if not callable(factory):
            factory = _resolve(factory)
        attributes = spec.pop('.', None)
        made = factory(**{_keyword_name(k): self.value(v) for k, v in spec.items()})
        if attributes:
            for name, v in attributes.items():
                setattr(made, name, self.value(v))
        return made

    # -- formatters, filters, handlers

    def formatter(self, spec):
        if '()' in spec:
            try:
                return self.by_factory(spec)
            except TypeError as e:
                if "'format'" not in str(e) or 'format' not in spec:
                    raise
                retry = dict(spec)
                retry['fmt'] = retry.pop('format')
                return self.by_factory(retry)
        spec = self.value(spec)
        cls = spec.get('class')
        if cls is None:
            cls = logging.Formatter
        elif not callable(cls):
            cls = _resolve(cls)
        options = {}
        if 'validate' in spec:
            options['validate'] = spec['validate']
        if 'defaults' in spec:
            options['defaults'] = spec['defaults']
        return cls(spec.get('format'), spec.get('datefmt'), spec.get('style', '%'), **options)

    def filter(self, spec):
        if '()' in spec:
            return self.by_factory(spec)
        return logging.Filter(self.value(spec.get('name', '')))

    def attach_filters(self, target, names, filters):
        for f in names:
            try:
                target.addFilter(filters[f] if isinstance(f, str) else self.value(f))
            except Exception as e:
                raise ValueError('Unable to add filter %r' % (f,)) from e

    def handler(self, spec, formatters, filters, handlers):
        spec = dict(spec)
        formatter = spec.pop('formatter', None)
        if formatter is not None:
            try:
                formatter = formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % (formatter,)) from e
        level = spec.pop('level', None)
        wanted_filters = spec.pop('filters', None)
        if '()' in spec:
            made = self.by_factory(spec)
        else:
            cls = self.value(spec.pop('class'))
            if not callable(cls):
                cls = _resolve(cls)
            if isinstance(cls, type) and issubclass(cls, logging.handlers.MemoryHandler) and 'target' in spec:
                target = spec['target']
                if target not in handlers:
                    raise _NotYet(target)
                spec['target'] = handlers[target]
            attributes = spec.pop('.', None)
            options = {_keyword_name(k): self.value(v) for k, v in spec.items()}
            try:
                made = cls(**options)
            except TypeError as e:
                if "'stream'" not in str(e) or 'stream' not in options:
                    raise
                options['strm'] = options.pop('stream')
                made = cls(**options)
            if attributes:
                for name, v in attributes.items():
                    setattr(made, name, self.value(v))
        if formatter is not None:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(self.value(level)))
        if wanted_filters:
            self.attach_filters(made, wanted_filters, filters)
        return made

    # -- loggers

    def logger(self, logger, spec, handlers, filters, incremental):
        level = spec.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(self.value(level)))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for name in spec.get('handlers') or ():
            try:
                logger.addHandler(handlers[name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % (name,)) from e
        if spec.get('filters'):
            self.attach_filters(logger, spec['filters'], filters)


class _Built(dict):
    """Marks a dictionary that holds objects already made (never converted again)."""


class _NotYet(Exception):
    """A handler refers to another one (MemoryHandler's target) that is not made yet."""


def _close_all_handlers():
    """dictConfig and fileConfig start from no handlers: every existing one is flushed and closed."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _settle_existing_loggers(configured, disable_existing):
    """Loggers below a configured one are reset to pass their records up; the other loggers that
    existed before are disabled when disable_existing is true."""
    manager = logging.root.manager
    prefixes = tuple(name + '.' for name in configured)
    for name in sorted(manager.loggerDict):
        if name in configured:
            continue
        logger = manager.loggerDict[name]
        if prefixes and name.startswith(prefixes):
            if isinstance(logger, logging.Logger):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        elif disable_existing and isinstance(logger, logging.Logger):
            logger.disabled = True


# ---------------------------------------------------------------------------------------------
# dictConfig

class DictConfigurator:
    """Applies one configuration dictionary (the class dictConfig uses: see dictConfigClass)."""

    def __init__(self, config):
        self.config = config

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        state = _Configuring(config)
        incremental = config.get('incremental', False)
        with logging._lock:
            if incremental:
                self._apply_incremental(state)
            else:
                self._apply_full(state)

    def _apply_incremental(self, state):
        for name, spec in state.section('handlers').items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            level = spec.get('level')
            if level is not None:
                handler.setLevel(logging._checkLevel(state.value(level)))
        for name, spec in state.section('loggers').items():
            try:
                logger = logging.getLogger(name)
                state.logger(logger, spec, {}, {}, True)
                if 'propagate' in spec:
                    logger.propagate = state.value(spec['propagate'])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = state.config.get('root')
        if root:
            try:
                state.logger(logging.root, root, {}, {}, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    @staticmethod
    def _build_each(state, part, build, what):
        built = _Built()
        for name, spec in state.section(part).items():
            try:
                built[name] = build(spec)
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (what, name)) from e
        return built

    def _apply_full(self, state):
        config = state.config
        disable_existing = config.get('disable_existing_loggers', True)
        _close_all_handlers()
        formatters = self._build_each(state, 'formatters', state.formatter, 'formatter')
        filters = self._build_each(state, 'filters', state.filter, 'filter')
        handlers = _Built()
        waiting = sorted(state.section('handlers'))
        while waiting:
            postponed = []
            for name in waiting:
                try:
                    handler = state.handler(state.section('handlers')[name], formatters, filters, handlers)
                except _NotYet as e:
                    postponed.append((name, e))
                    continue
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
                handler.name = name
                handlers[name] = handler
            if len(postponed) == len(waiting):
                name, why = postponed[0]
                raise ValueError('Unable to configure handler %r' % name) from ValueError(
                    'Unable to set target handler %r' % why.args[0])
            waiting = [name for name, _ in postponed]
        # the configuration's cfg:// references may now reach the objects built
        config_view = dict(config)
        config_view.update(formatters=formatters, filters=filters, handlers=handlers)
        state.config = config_view

        configured = []
        for name, spec in state.section('loggers').items():
            try:
                logger = logging.getLogger(name)
                state.logger(logger, spec, handlers, filters, False)
                logger.disabled = False
                if 'propagate' in spec:
                    logger.propagate = state.value(spec['propagate'])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
            configured.append(name)
        root = config.get('root')
        if root:
            try:
                state.logger(logging.root, root, handlers, filters, False)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e
        _settle_existing_loggers(configured, disable_existing)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary following the documented schema."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------------------------------------
# fileConfig

def _names(text):
    return [n.strip() for n in text.split(',') if n.strip()]


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI-style file (a path, an open file or a ConfigParser)."""
    import configparser

    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        parser = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            parser.read_file(fname)
        else:
            if isinstance(fname, (str, os.PathLike)):
                if not os.path.exists(fname):
                    raise FileNotFoundError(f"{fname} doesn't exist")
                if not os.path.getsize(fname):
                    raise RuntimeError(f'{fname} is an empty file')
            try:
                parser.read(fname, encoding=io.text_encoding(encoding))
            except configparser.ParsingError as e:
                raise RuntimeError(f'{fname} is invalid: {e}') from e

    formatters = {}
    for name in _names(parser["formatters"]["keys"]):
        section = "formatter_" + name
        cls = logging.Formatter
        class_name = parser[section].get("class")
        if class_name:
            cls = _resolve(class_name)
        fmt = parser.get(section, "format", raw=True, fallback=None)
        datefmt = parser.get(section, "datefmt", raw=True, fallback=None)
        style = parser.get(section, "style", raw=True, fallback='%')
        given = parser.get(section, "defaults", raw=True, fallback=None)
        if given:
            formatters[name] = cls(fmt, datefmt, style, defaults=eval(given, vars(logging)))
        else:
            formatters[name] = cls(fmt, datefmt, style)

    with logging._lock:
        _close_all_handlers()
        handlers = {}
        targets = []
        for name in _names(parser["handlers"]["keys"]):
            section = parser["handler_" + name]
            cls = section["class"]
            try:
                cls = eval(cls, vars(logging))
            except (AttributeError, NameError):
                cls = _resolve(cls)
            args = eval(section.get("args", '()'), vars(logging))
            kwargs = eval(section.get("kwargs", '{}'), vars(logging))
            handler = cls(*args, **kwargs)
            handler.name = name
            if "level" in section:
                handler.setLevel(section["level"])
            if section.get("formatter"):
                handler.setFormatter(formatters[section["formatter"]])
            if isinstance(cls, type) and issubclass(cls, logging.handlers.MemoryHandler) and section.get("target"):
                targets.append((handler, section["target"]))
            handlers[name] = handler
        for handler, target in targets:
            handler.setTarget(handlers[target])

        logger_names = _names(parser["loggers"]["keys"])
        if "root" not in logger_names:
            raise ValueError("the [loggers] keys must include root")
        root_section = parser["logger_root"]
        root = logging.root
        if "level" in root_section:
            root.setLevel(root_section["level"])
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in _names(root_section.get("handlers", "")):
            root.addHandler(handlers[h])

        configured = []
        for name in logger_names:
            if name == "root":
                continue
            section = parser["logger_" + name]
            qualname = section["qualname"]
            logger = logging.getLogger(qualname)
            if "level" in section:
                logger.setLevel(section["level"])
            for h in list(logger.handlers):
                logger.removeHandler(h)
            logger.propagate = section.getint("propagate", fallback=1)
            logger.disabled = False
            for h in _names(section.get("handlers", "")):
                logger.addHandler(handlers[h])
            configured.append(qualname)
        _settle_existing_loggers(configured, disable_existing_loggers)
