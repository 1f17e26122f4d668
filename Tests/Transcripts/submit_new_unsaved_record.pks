# submit of a record that was added but never saved refuses it for the unsaved changes.
login ieva
add 015A
set e-latvija 10 8
compute
submit --yes
