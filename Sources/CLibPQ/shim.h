// PostgreSQL's own client library (Debian libpq-dev): connection strings and URIs, PG* variables,
// ~/.pgpass, sslmode and SCRAM-SHA-256 work exactly as in psql.
#include <libpq-fe.h>
