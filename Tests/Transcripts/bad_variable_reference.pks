# args: --keep-going --var c=015A run bad_variable_reference.pks
# ${ always starts a variable reference: one that is not ${NAME} is an error naming the column, never kept as
# text. A bare $ not followed by a name stays as typed, and \$ is a dollar sign.
login ieva
services ${c
services ${}
services ${1x}
services ${c}
services \${c}
services $5
