# args: migrate
# A SQLite file is migrated whenever pks opens it; `migrate` says which schema version it is at.
