# complaints and delays take counts too; a negative one is refused.
login ieva
add 015A
complaints -1
