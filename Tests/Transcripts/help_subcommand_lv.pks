# args: --lang lv run help_subcommand_lv.pks
help service hours
