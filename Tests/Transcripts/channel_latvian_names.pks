# Channels by their Latvian name, in any case, with or without diacritics, or by a unique prefix.
login ieva
add 015A
set "E-PAKALPOJUMS LATVIJA.LV" 10 9
set "klatiene iestade" 4 4
set "KLĀTIENE IESTĀDĒ" 5 5
set e-l 11 10
set klāt 6 6
show
close --discard
