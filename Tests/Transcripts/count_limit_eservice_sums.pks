# The largest counts give sums and a success rate beyond 32 bits: both engines save, submit and export them.
login ieva
add 015A
set e-latvija 1 1000000000
set klatiene 1000000000 1000000000
compute
save
submit --yes
stats --json
