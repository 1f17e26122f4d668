import ArgumentParser
import Foundation
import PKCore
import PKShell
import PKTerminal

/// `pks run FILE.pks...`: script files in order, in one session.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run script files, in order, in one session; stop at the first failed command.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var script: ScriptOptionGroup

    @Argument(help: ArgumentHelp("Script files (.pks).", valueName: "FILE"), completion: .file(extensions: ["pks"]))
    var files: [String]

    func run() throws {
        try Self.run(global: global.values, script: script.options(), files: files)
    }

    /// The script files, with the options from either parser.
    static func run(global: StartOptions, script: ScriptOptions, files: [String]) throws {
        for file in files { try ScriptFile.requireReadable(file) }
        var options = script
        options.source = "pks run " + files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")
        let launcher = try SessionLauncher(global: global, script: options, interactive: StandardStreams.isTerminal(0))
        try launcher.finishScript { interpreter in
            for file in files {
                let succeeded = interpreter.runFile(file)
                if interpreter.wantsToQuit || !(succeeded || options.keepGoing) { return }
            }
        }
    }
}

/// Checks a script file named on the command line before anything runs (exit 2 when unreadable).
enum ScriptFile {
    static func requireReadable(_ path: String) throws(ShellError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .cannotReadScript(path, SystemReason(ENOENT))
        }
        guard !isFolder.boolValue else { throw .cannotReadScript(path, SystemReason(EISDIR)) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .cannotReadScript(path, SystemReason(EACCES)) }
    }
}
