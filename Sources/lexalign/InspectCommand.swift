import AkomaNtoso
import ArgumentParser
import Foundation

/// `lexalign inspect`: what a document is and how it is laid out, read in one streaming pass.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show an Akoma Ntoso document's type, FRBR URIs, language and outline of provisions.",
        discussion: "Exit status: 0 read, 65 unreadable or not well-formed Akoma Ntoso.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "An Akoma Ntoso XML file.")
    var file: String

    @Option(help: "text (for people) or json (sorted keys, for machines).")
    var format: Format = .text

    func run() throws {
        let outline: DocumentOutline
        do {
            outline = try AKNParser().outline(contentsOf: URL(fileURLWithPath: file))
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            throw ExitStatus.badInput
        }
        for warning in outline.warnings { printError("\(file): warning: \(warning)") }
        switch format {
        case .text: print(outline.renderedText(), terminator: "")
        case .json:
            var output = StandardOutput()
            outline.writeJSON(to: &output)
        }
    }
}

/// Standard output as a `TextOutputStream`, written unbuffered in the pieces it is given (about 64 KiB).
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }
}
