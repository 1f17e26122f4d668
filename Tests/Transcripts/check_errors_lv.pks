# args: --lang lv --keep-going run check_errors.pks
# The errors of check in Latvian (the script is check_errors.pks).
