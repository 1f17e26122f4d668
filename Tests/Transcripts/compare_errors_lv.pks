# args: --lang lv --keep-going run compare_errors.pks
# compare's refusals in Latvian (the script is compare_errors.pks).
