# Only administrators list users.
login ieva
user list
