# An unpublished service has no record, and add would refuse one: the hint says to publish it, not to add.
login ieva
show 018D
