# Package of concurrent-execution helpers (only `futures` for now).
