# args: --keep-going run check_errors.pks
# The errors of check, each of which blocks submit: a computed e-service, indicators older than the
# e-channel counts, counts on a channel no longer on the description, unsaved changes.
login ieva
add 017C
set e-iestade 10 9
save
close
add 015A
set e-latvija 10 9
set klatiene 5 5
compute
save
set e-latvija 12 9
save
close
add 016B
set klatiene 5 5
set pasts 3 3
save
close
service channels 016B klatiene
edit 016B
set klatiene 6 6
check
check 015A --json
submit 016B --yes
submit --yes
