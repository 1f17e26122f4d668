# import reads the export's columns in either layout: a semicolon file with a byte-order mark, CRLF,
# headers in any case, order and spelling of long vowels, a quoted field holding the separator, quotes
# and a line break; a blank line; empty pairs that clear a channel or leave an absent one alone; then the
# long layout. Indicators are computed for e-services, and every record is audited.
login ieva
import data/wide_semicolon.csv
show 016B
show 017C
import data/long.csv
show 015A
import data/long.csv
log 015A
