# xlsx export is not there yet, and pks says so plainly.
login ieva
export xlsx out.xlsx
