# env: PKS_PASSWORD=wrong
# A wrong password is an authentication failure (exit 3).
login ieva
stats
