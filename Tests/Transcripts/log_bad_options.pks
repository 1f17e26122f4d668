# args: --keep-going run log_bad_options.pks
# Bad values for log's options are refused, naming the problem; --institution is for administrators.
# A login unknown to the administrator is refused; others see only their own institution's changes by it.
login ieva
log --limit 0
log --limit ten
log --limit -5
log --since yesterday
log --user nobody
log --user janis
log --institution CARN
log 101A
logout
login admin
log --institution NOPE
log --user nobody
log --institution ADAZI --limit 3
log 101A --user admin --limit 1
