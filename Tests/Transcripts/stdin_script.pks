# args: --quiet
# stdin: stdin_script.pks
# A script piped to pks (not a terminal) runs; errors are located as <stdin>:LINE.
login ieva
services būv
add 015A 016B
services
