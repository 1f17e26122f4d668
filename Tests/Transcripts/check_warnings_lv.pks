# args: --lang lv --keep-going run check_warnings.pks
# The warnings of check in Latvian (the script is check_warnings.pks).
