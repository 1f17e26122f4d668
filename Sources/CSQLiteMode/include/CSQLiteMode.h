#ifndef PKS_CSQLITEMODE_H
#define PKS_CSQLITEMODE_H

/// Puts SQLite in multi-thread mode (SQLITE_CONFIG_MULTITHREAD) when it has not started yet: no mutex
/// around each call on a connection, which GRDB serializes itself. Returns 0 when done, or SQLite's
/// code (SQLITE_MISUSE once SQLite has started: it then stays serialized, as safe and slower).
int pks_sqlite_multithread(void);

#endif
