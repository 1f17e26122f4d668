// The declarations of PostgreSQL's own client library (Debian libpq-dev). Not linked: PKStorePostgres loads
// libpq.so.5 when the first PostgreSQL URI is used (LibPQ.swift), so that SQLite users' start-up does not
// pay for it and the libraries it needs.
#include <postgresql/libpq-fe.h>
