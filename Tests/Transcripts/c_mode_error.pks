# args: --quiet -c 'login ieva' -c 'add 015A' -c 'set e-latvija -1 0' -c 'save'
# -c stops at the first failed command with exit 1.
