# An unpublished service (018D) takes no statistics.
login ieva
add 018D
