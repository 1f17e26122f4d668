# Two swapped letters are the commonest typo; pks still suggests the command meant.
login ieva
shwo
