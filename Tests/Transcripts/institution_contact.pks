# args: --keep-going run institution_contact.pks
# An institution's name corrected and its contact person set, then changed (granted to one, closed for the other).
login admin
institution rename ADAZI "Ādažu novada dome"
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
institution contact CARN --name "Jānis Bērziņš" --email janis.berzins@carnikava.lv
institution contact CARN --name "Jānis Bērziņš" --email "not an address"
institution contact NOPE --name "Jānis Bērziņš" --email janis@example.lv
institution list
log
