# edit refuses a service with no record for the year and points to add.
login ieva
edit 015A
