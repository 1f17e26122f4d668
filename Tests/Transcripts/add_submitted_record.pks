# add on a submitted record must not advise edit, which would be refused too.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
submit --yes
close
add 015A
