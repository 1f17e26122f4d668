# Sourced by source_error_location.pks; its third command has a negative count.
add 015A
set klatiene 4 4
set e-latvija -3 2
save
