# args: --lang lv --keep-going run compare.pks
# compare in Latvian (the script is compare.pks).
