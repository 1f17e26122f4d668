# args: --keep-going run bad_file_name_empty.pks
# An empty file name is refused as such, before anything is read or written; so are working hours that do not
# end after they start.
login ieva
export csv ""
import ""
source ''
service hours 016B klatiene "P 8:30-8:30"
