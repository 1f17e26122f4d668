# args: --lang lv --keep-going run lv_service_import.pks
# service import in Latvian: the summary and the problems.
login admin
service import data/services.csv
service import data/services_bad.csv
