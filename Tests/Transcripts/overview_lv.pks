# args: --lang lv --keep-going run overview.pks
# The administrator's views in Latvian (the script is overview.pks).
