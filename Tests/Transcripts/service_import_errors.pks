# args: --keep-going run service_import_errors.pks
# Every bad row of a service import in one run, naming the column: a bad code, an unknown channel, an
# empty name, a code twice, a known code under another name, an institution
# only administrators may name; then nothing is imported. A file with an Apraksts column sets the short
# description.
login ieva
service import data/services_bad.csv
service import data/services_description.csv
services
service show 305E --json
