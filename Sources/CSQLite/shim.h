#ifndef CLAIMS_CSQLITE_SHIM_H
#define CLAIMS_CSQLITE_SHIM_H
/* The system SQLite (Debian: libsqlite3-dev), used only by ClaimKit/Store/SQLiteDatabase.swift. */
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast macro that Swift cannot import: SQLite copies the bound bytes. */
static inline sqlite3_destructor_type claims_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
