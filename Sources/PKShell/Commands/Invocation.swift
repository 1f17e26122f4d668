import PKStore

/// What a command anyone may run is handed: the shell it runs in and its bound arguments.
struct Invocation {
    let shell: Interpreter
    let arguments: Arguments
}

/// What a command of a logged-in user is handed: also who is logged in, so no command checks it again.
struct UserInvocation {
    let shell: Interpreter
    let arguments: Arguments
    let principal: Principal

    var session: Session { shell.session }
    var store: Store { shell.store }
}
