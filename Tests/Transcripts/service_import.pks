# service import: descriptions in bulk, from a file with an Iestāde column (administrators may name any
# institution); new codes become unpublished descriptions, known ones get the file's channels, every
# change audited; importing the same file again changes nothing.
login admin
service import data/services.csv --dry-run
service import data/services.csv
services
log 016B
service import data/services.csv
