# env: PKS_TODAY=2027-12-31
# On the last day of one's rights the login says so, (not "0 days left").
login ieva
