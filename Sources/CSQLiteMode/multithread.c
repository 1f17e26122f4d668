#include <sqlite3.h>
#include "CSQLiteMode.h"

// sqlite3_config is variadic, which Swift cannot call.
int pks_sqlite_multithread(void) {
    return sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
}
