# An undefined variable is an error naming it, and nothing on that line runs.
login ieva
let code = 015A
add $kods
