# args: --keep-going run service_hours_errors.pks
# Bad working hours are refused with the part that is wrong; nothing is stored.
login ieva
service hours 015A klatiene "P-C 8:30-17:00, Pk 25:00-15:00"
service hours 015A klatiene "P-C 17:00-8:30"
service hours 015A klatiene "Pk-P 8:00-9:00"
service hours 015A klatiene "X 8:00-9:00"
service hours 015A klatiene "P-C 8:30-17:00, C 12:00-18:00"
service hours 015A klatiene "P-C"
service hours 015A klatiene "8:30-17:00"
service hours 015A klatiene "P 8:30"
service hours 015A klatiene "P 8-9,, O 8-9"
service hours 015A pasts "P 8:00-9:00"
service contact 015A sms "67993000"
service hours 101A klatiene "P 8:00-9:00"
service show 015A --json
