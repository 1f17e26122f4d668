# args: --keep-going run channel_off_description.pks
# A channel taken off the description while a draft counts it: show marks it, set to 0 0 or unset takes it off.
login ieva
add 016B
set klatiene 10 9
set pasts 4 4
save
close
service channels 016B klatiene
edit 016B
show
set pasts 3 3
set pasts 0 0
show
save
service channels 016B klatiene telefons
add 015A
set e-latvija 5 5
set klatiene 2 2
compute
save
close
service channels 015A e-latvija
edit 015A
unset klatiene
unset e-latvija
unset sms
show
