import AkomaNtoso
import Alignment
import ArgumentParser
import Foundation

/// `lexalign instrument check [--mappings DIR]`: validates every instrument and party file of a Mappings folder,
/// printing `file:line:column: error: message` for each problem (exit 65 when there is one).
struct InstrumentCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the instrument and party files of a Mappings folder.")

    @Option(help: "The Mappings folder.")
    var mappings: String = "Mappings"

    func run() throws {
        let catalog: MappingCatalog
        do {
            catalog = try MappingFiles.catalog(in: mappings)
        } catch let missing as MappingFiles.MissingFolder {
            printError(missing.description)
            throw ExitCode(2)
        }
        for diagnostic in catalog.diagnostics {
            printError(diagnostic.description)
        }
        let elements = catalog.instruments.reduce(0) { $0 + $1.articles.reduce(0) { $0 + $1.elements.count } }
        print("\(catalog.instruments.count) instrument(s), \(elements) element(s), \(catalog.parties.count) party file(s)")
        if catalog.hasErrors { throw ExitCode(65) }
    }
}
