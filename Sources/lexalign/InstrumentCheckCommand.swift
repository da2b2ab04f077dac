import ArgumentParser
import LexalignKit

/// `lexalign instrument check [--mappings DIR]`: validates every instrument and party file of a Mappings folder,
/// printing `file:line:column: error: message` for each problem (exit 65 when there is one).
struct InstrumentCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the instrument and party files of a Mappings folder.",
        discussion: "Exit status: 0 valid, 65 some file has errors, 66 the folder cannot be read.")

    @OptionGroup var folder: MappingsOption

    func run() throws {
        let catalog = try MappingsFolder(folder.mappings).catalog()
        for diagnostic in catalog.diagnostics {
            printError(diagnostic.description)
        }
        let elements = catalog.instruments.reduce(0) { $0 + $1.articles.reduce(0) { $0 + $1.elements.count } }
        print("\(catalog.instruments.count) instrument(s), \(elements) element(s), \(catalog.parties.count) party file(s)")
        if catalog.hasErrors { throw ExitStatus.badInput }
    }
}
