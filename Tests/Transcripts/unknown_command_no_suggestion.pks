# A word far from every command gets no suggestion, only the pointer to help.
login ieva
frobnicate
