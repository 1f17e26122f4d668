# A script that ends with unsaved changes fails and says what was not kept.
login ieva
add 015A
set e-latvija 5 4
set klatiene 3 3
