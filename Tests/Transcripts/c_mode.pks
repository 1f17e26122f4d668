# args: --quiet -c 'login ieva' -c 'year' -c 'services "Sociālā palīdzība"'
# -c runs the given commands in one session.
