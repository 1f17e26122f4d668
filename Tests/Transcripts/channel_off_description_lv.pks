# args: --lang lv --keep-going run channel_off_description_lv.pks
# The same in Latvian.
login ieva
add 016B
set pasts 4 4
save
close
service channels 016B klatiene
edit 016B
show
set pasts 3 3
unset pasts
show
