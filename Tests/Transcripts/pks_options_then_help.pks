# args: --quiet --no-color --help
# --help after global options is pks's own help, not that of the hidden default subcommand (exit 0).
