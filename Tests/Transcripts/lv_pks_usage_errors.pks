# args: --lang lv run
# Usage errors on the pks command line in the chosen language, naming what is missing (exit 2).
