# args: --user vecais -c stats
# --user logs in before the first command; expired rights stop it with exit 3.
