import AkomaNtoso
import Alignment
import ArgumentParser
import LexalignKit

/// `lexalign explain`: why the mapper aligned one provision as it did.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a provision's role, concepts and article checks: why the mapper aligned it as it did.",
        discussion: "Exit status: 0 shown, 2 no such provision, 65 unreadable document or mapping files.")

    @Argument(help: "An Akoma Ntoso document.")
    var file: String

    @Argument(help: "Provision numbers as printed (e.g. 2, 269A, 588 ter a); all provisions when none is given.")
    var provisions: [String] = []

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let workspace = try Workspace.load(mappings: source.mappings, instrument: source.instrument)
        let (document, facts) = try Mapping.read(file)
        let all = document.provisions
        let mapper = Mapping(workspace: workspace).mapper(for: facts.language!)
        var selected: [Int] = []
        for wanted in provisions {
            let matches = all.indices.filter { index in
                [all[index].num, all[index].eId].compactMap { $0 }.contains {
                    ProvisionNumber.fold($0) == ProvisionNumber.fold(wanted)
                }
            }
            guard !matches.isEmpty else {
                printError("error: \(file) has no provision '\(wanted)'")
                throw ExitStatus.usage
            }
            selected += matches
        }
        for index in selected.isEmpty ? Array(all.indices) : selected {
            print(mapper.explain(index, of: all, language: facts.language!))
        }
    }
}
