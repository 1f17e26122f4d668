# A service of another institution is not found by its name either.
login ieva
add Ādažiem
