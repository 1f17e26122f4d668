# args: --lang lv --keep-going run service_hours_errors_lv.pks
# Bad working hours in Latvian.
login ieva
service hours 015A klatiene "P-C 8:30-17:00, Pk 25:00-15:00"
service hours 015A klatiene "P-C 8:30-17:00, C 12:00-18:00"
service hours 015A klatiene "S-P 10:00-12:00"
service hours 015A pasts "P 8:00-9:00"
