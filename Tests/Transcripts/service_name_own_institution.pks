# "Iesniegums" names 015A (CARN) and 101A (ADAZI); for ieva it means her own 015A.
login ieva
add Iesniegums
set klatiene 3 3
compute
save
stats
