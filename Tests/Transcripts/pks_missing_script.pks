# args: run missing.pks
# A script file that cannot be read is a usage error (exit 2).
