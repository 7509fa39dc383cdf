global a
nonlocal b
