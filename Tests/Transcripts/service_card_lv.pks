# args: --lang lv run service_card_lv.pks
# The card in Latvian: the week table names the days in Latvian; a lunch break is two periods of a day.
login ieva
service describe 016B "Būvatļaujas izsniegšana"
service contact 016B klatiene "Stacijas iela 5, Carnikava"
service hours 016B klatiene "P 8:30-12:00, P 12:30-18:00, O-Pk 8:30-17:00"
service show 016B
log 016B
