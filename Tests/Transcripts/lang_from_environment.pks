# env: PKS_LANG=lv
# $PKS_LANG chooses Latvian: the year line, help for a command and an error are Latvian.
year
help set
set
