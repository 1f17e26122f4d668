# args: --version
# pks --version prints the version and nothing else.
