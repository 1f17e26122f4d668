# let wants NAME = VALUE with a proper name.
login ieva
let 2x = 5
