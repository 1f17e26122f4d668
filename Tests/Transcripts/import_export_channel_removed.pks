# args: --keep-going run import_export_channel_removed.pks
# An export imports back after a channel left the description while a draft still counts it: the cells that
# repeat the record change nothing. A new value on that channel is still refused, naming row and column.
login ieva
add 016B
set klatiene 10 9
set pasts 4 4
save
close
service channels 016B klatiene
export csv back.csv
import back.csv
import data/pasts_changed.csv
