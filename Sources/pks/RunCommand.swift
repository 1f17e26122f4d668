import ArgumentParser
import Foundation
import PKShell
import PKTerminal

/// `pks run FILE.pks...`: script files in order, in one session.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run script files, in order, in one session; stop at the first failed command.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Script files (.pks).", valueName: "FILE"), completion: .file(extensions: ["pks"]))
    var files: [String]

    func validate() throws {
        for file in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue,
                  FileManager.default.isReadableFile(atPath: file) else {
                throw ValidationError("cannot read the script file \(file)")
            }
        }
    }

    func run() throws {
        let launcher = try SessionLauncher(global: global, interactive: StandardStreams.isTerminal(0))
        try launcher.finish { interpreter in
            for file in files {
                guard interpreter.runFile(file), !interpreter.wantsToQuit else { return }
            }
            _ = interpreter.finishScript()
        }
    }
}
