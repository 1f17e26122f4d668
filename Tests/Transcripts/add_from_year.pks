# args: --keep-going run add_from_year.pks
# add SERVICE --from YYYY starts the new draft from that year's counts, complaints and delays, on the
# channels still on the description; the others are reported. open SERVICE opens the year's draft or
# creates it, so that a corrected replay can run again.
login ieva
year 2018
add 016B
set klatiene 340 332
set pasts 25 25
complaints 1
delays 3
save
close
service channels 016B klatiene vpvkac
year 2019
add 016B --from 2018
show
save
close
add 015A --from 2017
open 016B
set klatiene 341 333
save
close
open 015A
close --discard
submit 016B --yes
open 016B
