# args: --lang lv run lv_help_import.pks
# help import in Latvian.
help import
help open
