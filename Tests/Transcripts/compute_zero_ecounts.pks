# With no e-service requests the success rate is not computable (not 0 %, no crash).
login ieva
add 015A
set e-latvija 0 0
set klatiene 10 8
compute
save
show --json
