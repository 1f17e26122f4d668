# A user whose rights have ended is told whom to ask: the institution's contact person.
login admin
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
login vecais
