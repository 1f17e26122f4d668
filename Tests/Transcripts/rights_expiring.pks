# Rights that end within 14 days: VRAA lists them, and the user is told at login whom to ask.
login admin
user renew ieva --until 2020-03-10
user renew peteris --until 2020-03-16
user list --expiring 14
user list --expiring 7
user list --expiring 1
login peteris
login admin
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
login ieva
