# An e-service record cannot be submitted before its quality indicators are computed.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
save
submit --yes
