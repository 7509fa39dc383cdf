"""assertLogs/assertNoLogs: capture what a logger emits inside a with-block.

While the block runs, the logger's handlers are replaced by one capturing handler, its level is
set to the asked level and propagation is off; all three are restored on leaving.
"""

import collections
import logging

__unittest = True

CAPTURE_FORMAT = "%(levelname)s:%(name)s:%(message)s"

LogWatch = collections.namedtuple("LogWatch", ["records", "output"])


class CapturingHandler(logging.Handler):
    """Keeps every record and its formatted line."""

    def __init__(self, watch):
        logging.Handler.__init__(self)
        self.watch = watch

    def flush(self):
        pass

    def emit(self, record):
        self.watch.records.append(record)
        self.watch.output.append(self.format(record))


class LogsBlock:
    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging.getLevelNamesMapping().get(level, level) if level else logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        self.watcher = LogWatch([], [])
        handler = CapturingHandler(self.watcher)
        handler.setFormatter(logging.Formatter(CAPTURE_FORMAT))
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return self.watcher

    def __exit__(self, exc_type, exc_value, tb):
        handlers, level, propagate = self.saved
        self.logger.handlers = handlers
        self.logger.propagate = propagate
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self.complain("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self.complain("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
        return None

    def complain(self, text):
        raise self.test_case.failureException(self.test_case._merge_message(self.msg, text))
