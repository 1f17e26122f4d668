# args: --keep-going run export_path_is_folder.pks
# A folder, or a path under a file, is refused with a clear message, --force or not.
login ieva
export csv parts
export csv parts --force
export csv export_path_is_folder.pks/out.csv
