# file: out.csv
# args: --keep-going run description_loses_channels.pks
# Channels taken off a description: the zeros add gave them are no counts (016B's pasts blocks
# nothing and is empty in the export); counts entered must be unset first (015A's e-latvija), and then
# the indicators, no longer applying, neither block submit nor show.
login ieva
add 015A
set e-latvija 1 1
set klatiene 7 7
compute
save
close
add 016B
set klatiene 5 5
save
close
service channels 016B klatiene
service channels 015A klatiene
check
edit 015A
unset e-latvija
save
check 015A
show 015A --json
submit --all --yes
export csv out.csv
