try:
    pass
except* ValueError as e:
    raise
finally:
    del x
