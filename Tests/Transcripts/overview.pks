# args: --keep-going run overview.pks
# The administrator's views across institutions: every institution's progress (those that owe the most
# first), national totals over submitted records with the channels' shares as bars, the services missing
# everywhere, and one institution's records read-only.
login ieva
source parts/enter_015A.pks
submit 015A --yes
add 016B
set klatiene 7 7
save
close
login janis
add 101A
set e-latvija 30 30
set klatiene 10 10
compute
save
submit --yes
login admin
overview
overview --ascii
overview --json
missing --all-institutions
missing
stats --institution CARN
stats Būv --institution CARN
show 015A --institution CARN
show 015A --institution CARN --json
show 015A --institution ADAZI
show Carnikavai
show --institution CARN
stats --institution NAV
