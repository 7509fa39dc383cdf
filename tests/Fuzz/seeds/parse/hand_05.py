class C[T: int](B, metaclass=M):
    type A[U] = list[U]
