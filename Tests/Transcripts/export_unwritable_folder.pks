# A folder that takes no new files (/proc) is refused with the reason; nothing is written.
login ieva
export csv /proc/pks-export.csv
