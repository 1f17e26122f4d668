# args: --lang lv --keep-going run reopen.pks
# reopen in Latvian (the script is reopen.pks).
