# env: LANG=lv_LV.UTF-8
# A Latvian locale chooses Latvian without --lang; Latvian command names work without diacritics.
login ieva
pievienot 015A
set e-latvija 10 12
sudzibas 1
kavejumi 0
aprekinat
saglabat
close
