# args: --lang lv run login_expired_contact_lv.pks
# The same in Latvian.
login admin
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
login vecais
