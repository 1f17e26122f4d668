# args: --lang lv run institution_contact_lv.pks
# The contact person in Latvian: set, changed, listed, and in the audit trail.
login admin
institution rename ADAZI "Ādažu novada dome"
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
institution contact CARN --name "Jānis Bērziņš" --email janis.berzins@carnikava.lv
institution list
log
