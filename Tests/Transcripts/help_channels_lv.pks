# args: --lang lv run help_channels_lv.pks
# help kanāli: the 11 channels explained in Latvian, with examples.
help kanāli
