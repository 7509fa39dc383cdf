match p:
    case [1, *r] | {"k": _} if r:
        pass
