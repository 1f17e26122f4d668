# On SQLite pks hashes passwords itself (yescrypt); administrators set the cost of new hashes.
login admin
password-cost
password-cost 3
password-cost
