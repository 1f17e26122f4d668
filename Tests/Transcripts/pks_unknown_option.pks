# args: --bogus
# An unknown option on the pks command line is a usage error (exit 2).
