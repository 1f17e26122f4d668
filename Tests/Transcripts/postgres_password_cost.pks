# On PostgreSQL the server keeps the password verifiers: pks has no hash cost to show or set.
login admin
password-cost
password-cost 3
