lambda *a, **k: [x for x in a if (y := x)]
