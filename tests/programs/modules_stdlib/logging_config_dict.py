# logging.config.dictConfig: the documented schema, references, factories and errors.
import io
import logging
import logging.config
import logging.handlers
import sys

buffer = io.StringIO()
holder = {"stream": buffer}


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.getMessage().upper()
        record.args = ()
        return True


class TaggedFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style="%", tag="?"):
        super().__init__(fmt, datefmt, style)
        self.tag = tag

    def format(self, record):
        return "[%s] %s" % (self.tag, super().format(record))


def make_handler(stream, prefix):
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter(prefix + " %(name)s %(message)s"))
    return h


existing = logging.getLogger("old.module")
existing_child = logging.getLogger("app.db.pool")

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{levelname} {message}", "style": "{"},
        "tagged": {"()": TaggedFormatter, "fmt": "%(message)s", "tag": "T"},
        "tagged_format": {"()": "__main__.TaggedFormatter", "format": "%(message)s", "tag": "F"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 100, "target": "out",
                "level": "DEBUG"},
        "out": {"class": "logging.StreamHandler", "stream": "cfg://holder.stream",
                "formatter": "brief", "level": "INFO"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://__main__.buffer",
                   "formatter": "braces", "filters": ["upper"]},
        "custom": {"()": make_handler, "stream": "cfg://holder[stream]", "prefix": "custom:",
                   ".": {"marker": 42}},
        "tagged": {"class": "logging.StreamHandler", "stream": "cfg://holder.stream",
                   "formatter": "tagged"},
        "tagged2": {"class": "logging.StreamHandler", "stream": "cfg://holder.stream",
                    "formatter": "tagged_format"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out", "braced"], "propagate": False},
        "app.web": {"handlers": ["custom"], "filters": ["only_app"]},
        "tags": {"handlers": ["tagged", "tagged2"], "propagate": False, "level": "INFO"},
        "buffered": {"handlers": ["mem"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
    "holder": holder,
})

app = logging.getLogger("app")
app.debug("debug is below the out handler's level")
app.info("hello %s", "world")
logging.getLogger("app.web").warning("from web")
logging.getLogger("tags").info("tagged message")
logging.getLogger("unconfigured").warning("reaches root")
print("old disabled:", existing.disabled, "| child reset:", existing_child.disabled, existing_child.level,
      existing_child.propagate)
print("names:", sorted(logging.getHandlerNames()))
print("custom marker:", logging.getHandlerByName("custom").marker)
mem = logging.getHandlerByName("mem")
print("mem target:", mem.target is logging.getHandlerByName("out"), mem.capacity)
print(buffer.getvalue(), end="")

# incremental: only levels change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "ERROR"}}})
print("incremental:", logging.getHandlerByName("out").level, app.level, len(app.handlers))

# disable_existing_loggers False keeps other loggers enabled
keep = logging.getLogger("keep.me")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.NullHandler"}},
                           "root": {"handlers": ["h"], "level": "INFO"}})
print("kept:", keep.disabled, "| old handlers closed:", logging.getHandlerByName("out"))


def attempt(config):
    try:
        logging.config.dictConfig(config)
        print("ok")
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "<-", type(cause).__name__ if cause else None)


attempt({})
attempt({"version": 2})
attempt({"version": 1, "handlers": {"bad": {"class": "no.such.Handler"}}})
attempt({"version": 1, "handlers": {"bad": {"class": "logging.StreamHandler", "formatter": "missing"}}})
attempt({"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}})
attempt({"version": 1, "loggers": {"x": {"level": "LOUD"}}})
attempt({"version": 1, "loggers": {"x": {"handlers": ["nope"]}}})
attempt({"version": 1, "root": {"level": "NOPE"}})
attempt({"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}})
attempt({"version": 1, "handlers": {"m": {"class": "logging.handlers.MemoryHandler", "capacity": 1,
                                          "target": "absent"}}})
