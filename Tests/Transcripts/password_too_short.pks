# env: PKS_NEW_PASSWORD=parole-2020
# args: --keep-going run password_too_short.pks
# New passwords have at least 12 characters: passwd and a new user's first password; the old one still works.
login ieva
passwd
login admin
user add liga --name "Līga Ozola" --institution CARN --until 2020-12-31
login ieva
