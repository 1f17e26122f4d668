# An unknown user gets the same message as a wrong password (exit 3).
login nobody
stats
