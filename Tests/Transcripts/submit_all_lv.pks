# args: --lang lv --keep-going run submit_all.pks
# submit --all in Latvian (the script is submit_all.pks).
