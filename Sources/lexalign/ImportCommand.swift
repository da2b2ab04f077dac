import ArgumentParser
import LexalignKit

/// `lexalign import FILE... [-o DIR]`: official text files to AKN acts, one per file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import official law texts (header block + text) into Akoma Ntoso acts.",
        discussion: """
            Each FILE opens with a header (title, country, language, date, source, completeness; optionally \
            number, work-date, version), a blank line, then the text as published. Output goes to \
            DIR/<country>/act-<year>-<number>.xml (international instruments, country 'int', to \
            DIR/instruments/); a later version or a translation gets -<lang>-<date> added to the name. \
            With --check nothing is written: the command fails if a committed file differs from a fresh import. \
            A batch goes on past a bad file and lists the failures at the end. \
            Exit status: 0 all imported (or identical), 1 --check found a difference, 65 some file could not be \
            imported, 2 usage error.
            """)

    @Argument(help: "Text files to import.")
    var files: [String] = []

    @Option(help: "A corpus manifest (Corpus/sources.tsv): inputs with their header fields, imported in turn.")
    var manifest: String?

    @Option(name: .shortAndLong, help: "Corpus root to write into.")
    var output: String = "Corpus"

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp("Supply or override a header field for every file.", valueName: "KEY=VALUE"))
    var fields: [HeaderField] = []

    @Option(help: "The Mappings folder: its languages/ and traditions/ hold the drafting knowledge imports read.")
    var mappings = "Mappings"

    @Flag(help: "Compare a fresh import with the files already in the corpus instead of writing.")
    var check = false

    @Flag(help: "Do not print warnings (lines kept outside any article, characters XML cannot carry) nor progress.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty || manifest != nil else {
            throw ValidationError("give at least one FILE or --manifest (see 'lexalign import --help')")
        }
    }

    func run() throws {
        let overrides = Dictionary(fields.map { ($0.key, $0.value) }) { _, later in later }
        let inputs = try ImportBatch.inputs(files: files, manifest: manifest, overrides: overrides)
        guard !inputs.isEmpty else { throw ValidationError("the manifest lists no inputs and no FILE was given") }
        let drafting = try MappingsFolder(mappings).drafting()
        let batch = ImportBatch(output: output, mode: check ? .check : .write, drafting: drafting)
        let progress = ProgressLine(quiet: quiet)
        var done = 0
        let summary = progress.showing { progress in
            batch.run(inputs, findingStale: manifest != nil) { report in
                progress.finish()
                if !quiet { report.warnings.forEach { printError($0.description) } }
                switch report.result {
                case .written(let path), .unchanged(let path): print(path)
                case .differs(let difference): printError(difference.description)
                case .failed(let diagnostics): diagnostics.forEach { printError($0.description) }
                }
                done += 1
                progress.report(.importing, done: done, total: inputs.count, step: report.input)
            }
        }
        summary.stale.forEach { printError($0.description) }
        if !summary.failed.isEmpty {
            printError("\(summary.failed.count) of \(summary.inputs) file(s) failed: \(summary.failed.joined(separator: ", "))")
            throw ExitStatus.badInput
        }
        if summary.differences > 0 {
            printError("\(summary.differences) corpus file(s) differ from a fresh import")
            throw ExitStatus.findings
        }
    }
}
