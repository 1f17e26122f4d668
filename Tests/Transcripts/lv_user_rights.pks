# args: --lang lv run lv_user_rights.pks
# The administrator grants and renews rights in Latvian; dates may be typed as DD.MM.GGGG or GGGG-MM-DD.
login admin
user add liga --name "Līga Ozola" --institution CARN --until 31.12.2020
user renew liga --until 2021-06-30
user list
help user
user renew liga --until 31.02.2021
