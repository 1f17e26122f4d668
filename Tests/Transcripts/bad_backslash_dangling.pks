# A backslash at the end of a line escapes nothing and is refused.
login ieva
services Iesniegums\
