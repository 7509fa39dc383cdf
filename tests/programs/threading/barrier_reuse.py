# A barrier can be used for several rounds; each round sees all phase results.
import threading

N, ROUNDS = 4, 5
b = threading.Barrier(N)
board = [[None] * N for _ in range(ROUNDS)]
checks = [[None] * N for _ in range(ROUNDS)]


def body(i):
    for r in range(ROUNDS):
        board[r][i] = r * 10 + i
        b.wait()
        # after the barrier every slot of this round is filled
        checks[r][i] = sum(board[r])
        b.wait()


ts = [threading.Thread(target=body, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in range(ROUNDS):
    print(board[r], checks[r])
