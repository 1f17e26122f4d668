# More completed than started is only a warning; the script succeeds.
login ieva
add 015A
set e-latvija 5 7
set klatiene 3 3
compute
save
