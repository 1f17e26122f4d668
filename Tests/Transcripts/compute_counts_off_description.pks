# args: --keep-going run compute_counts_off_description.pks
# compute refuses while a channel taken off the description still has counts: the indicators would include
# requests the description no longer offers. Unset it, and compute tells what is left.
login ieva
add 015A
set e-latvija 10 9
set klatiene 6 6
service channels 015A klatiene e-iestade
compute
unset e-latvija
set e-iestade 4 4
compute
save
