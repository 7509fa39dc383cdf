# logging.config.fileConfig: the documented INI format, from a file, an open file and a parser.
import configparser
import io
import logging
import logging.config
import os
import sys
import tempfile

INI = """
[loggers]
keys=root,simpleExample,quiet

[handlers]
keys=consoleHandler,plainHandler

[formatters]
keys=simpleFormatter,braceFormatter

[logger_root]
level=WARNING
handlers=plainHandler

[logger_simpleExample]
level=DEBUG
handlers=consoleHandler
qualname=simpleExample
propagate=0

[logger_quiet]
level=ERROR
handlers=
qualname=quiet.child

[handler_consoleHandler]
class=StreamHandler
level=DEBUG
formatter=simpleFormatter
args=(sys.stdout,)

[handler_plainHandler]
class=logging.StreamHandler
formatter=braceFormatter
kwargs={'stream': sys.stdout}

[formatter_simpleFormatter]
format=%(name)s - %(levelname)s - %(message)s

[formatter_braceFormatter]
format={levelname}|{name}|{message}
style={
"""

before = logging.getLogger("was.here")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "logging.ini")
    with open(path, "w") as f:
        f.write(INI)
    logging.config.fileConfig(path)

log = logging.getLogger("simpleExample")
log.debug("debug message")
log.info("info message")
logging.getLogger("quiet.child").warning("dropped: below ERROR")
logging.getLogger("quiet.child").error("passes to root")
logging.getLogger("other").warning("root handles this")
print("disabled before:", before.disabled, "| propagate:", log.propagate, "| levels:", log.level,
      logging.getLogger().level)

logging.config.fileConfig(io.StringIO(INI.replace("level=DEBUG\nhandlers=consoleHandler", "level=INFO\nhandlers=consoleHandler")),
                          disable_existing_loggers=False)
log.debug("now hidden")
log.info("still shown")

parser = configparser.ConfigParser()
parser.read_string(INI)
parser["logger_root"]["level"] = "ERROR"
logging.config.fileConfig(parser)
logging.getLogger("other").warning("hidden: root is at ERROR")
logging.getLogger("other").error("root error")

for bad in ["/no/such/logging.ini"]:
    try:
        logging.config.fileConfig(bad)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
with tempfile.TemporaryDirectory() as d:
    empty = os.path.join(d, "empty.ini")
    open(empty, "w").close()
    try:
        logging.config.fileConfig(empty)
    except RuntimeError as e:
        print("RuntimeError: empty file" if "is an empty file" in str(e) else e)
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=\n[handlers]\nkeys=\n[formatters]\nkeys=\n"))
except ValueError as e:
    print("ValueError: no root logger")
