# A prefix that fits several channels is refused, naming them.
login ieva
add 015A
set e- 3 2
