# With no requests at all both indicators are not computable.
login ieva
add 015A
compute
save
show --json
