# Enters and saves ieva's 2019 draft of 015A (run after login ieva).
add 015A
set e-latvija 10 9
set klatiene 5 5
compute
save
close
