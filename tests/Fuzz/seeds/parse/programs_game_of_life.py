# Conway's Game of Life on a small toroidal grid: glider, blinker, population over time
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
W, H = 8, 6
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
for gen in range(5):
    print(f"generation {gen}:")
    print(render(state, W, H))
    state = step(state, W, H)
later = set(glider)
for _ in range(4):
    later = step(later, W, H)
shifted = {((x + 1) % W, (y + 1) % H) for x, y in glider}
print("glider moved diagonally after 4 steps:", later == shifted)
blinker = {(1, 2), (2, 2), (3, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block is still life:", step(block, 6, 6) == block)
rpent = {(5, 4), (6, 4), (4, 5), (5, 5), (5, 6)}
pop = []
cells = set(rpent)
for _ in range(30):
    pop.append(len(cells))
    cells = step(cells, 20, 20)
print("r-pentomino populations:", pop)
