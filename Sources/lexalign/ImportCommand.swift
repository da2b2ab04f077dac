import AkomaNtoso
import ArgumentParser
import Foundation
import LexalignKit
import LexalignSupport
import Reports
import TextImport

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
    var fields: [String] = []

    @Option(help: "The Mappings folder: its languages/ and traditions/ hold the drafting knowledge imports read.")
    var mappings = "Mappings"

    @Flag(help: "Compare a fresh import with the files already in the corpus instead of writing.")
    var check = false

    @Flag(help: "Do not print warnings (lines kept outside any article, characters XML cannot carry).")
    var quiet = false

    func run() throws {
        var overrides: [String: String] = [:]
        for field in fields {
            guard let equals = field.firstIndex(of: "=") else {
                printError("error: --set expects KEY=VALUE, got '\(field)'")
                throw ExitCode(2)
            }
            overrides[String(field[..<equals])] = String(field[field.index(after: equals)...])
        }
        var inputs = files.map { (file: $0, fields: overrides) }
        if let manifest {
            let text: String
            do {
                text = try String(contentsOfFile: manifest, encoding: .utf8)
            } catch {
                printError("\(manifest): error: cannot read the manifest (\(error.localizedDescription))")
                throw ExitCode(65)
            }
            do {
                let parsed = try CorpusManifest(parsing: text, file: manifest)
                inputs += parsed.entries.map { entry in
                    (file: entry.input, fields: entry.fields.merging(overrides) { _, override in override })
                }
            } catch {
                error.diagnostics.forEach { printError($0.description) }
                throw ExitCode(65)
            }
        }
        guard !inputs.isEmpty else {
            printError("error: give at least one FILE or --manifest (see 'lexalign import --help')")
            throw ExitCode(2)
        }
        let drafting: DraftingKnowledge
        do {
            drafting = try DraftingKnowledge.load(mappings: mappings)
        } catch {
            error.diagnostics.forEach { printError($0.description) }
            throw ExitCode(65)
        }
        let importer = Importer(drafting: drafting)
        var failures: [String] = []
        var differences: [String] = []
        var written: [String: String] = [:]
        // Inputs are converted on all cores, 64 at a time; results are written and printed in input order.
        for slice in inputs.batches(of: 64) {
            let conversions = Array(slice).concurrentMap { Self.convert($0.file, fields: $0.fields, importer: importer) }
            for ((file, _), conversion) in zip(slice, conversions) {
                switch conversion {
                case .failed(let messages):
                    messages.forEach(printError)
                    failures.append(file)
                case .converted(let xml, let corpusPath, let warnings):
                    if !quiet { warnings.forEach { printError($0.description) } }
                    let path = URL(fileURLWithPath: output).appendingPathComponent(corpusPath).path
                    if let earlier = written[path] {
                        printError(
                            "\(file): error: would overwrite \(path), already written for \(earlier) in this batch (same work, date and language: give a 'version' or 'number' header field)")
                        failures.append(file)
                        continue
                    }
                    written[path] = file
                    if check {
                        let committed = try? String(contentsOfFile: path, encoding: .utf8)
                        if committed != xml {
                            printError("\(path): error: differs from a fresh import of \(file)")
                            differences.append(path)
                        } else {
                            print(path)
                        }
                    } else {
                        do {
                            try AtomicFile.write(xml, to: path)
                            print(path)
                        } catch {
                            printError("\(file): error: cannot write \(path) (\(error.localizedDescription))")
                            failures.append(file)
                        }
                    }
                }
            }
        }
        if check && manifest != nil {
            // A committed file that no input produces any more is stale.
            let root = URL(fileURLWithPath: output)
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            var stale: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "xml", written[url.path] == nil { stale.append(url.path) }
            }
            for path in stale.sorted() {
                printError("\(path): error: not produced by any input of the manifest")
                differences.append(path)
            }
        }
        if !failures.isEmpty {
            printError("\(failures.count) of \(inputs.count) file(s) failed: \(failures.joined(separator: ", "))")
            throw ExitCode(65)
        }
        if !differences.isEmpty {
            printError("\(differences.count) corpus file(s) differ from a fresh import")
            throw ExitCode(1)
        }
    }

    /// One input as AKN XML, or the messages that stopped it: the part of an import that runs on all cores.
    private enum Conversion {
        case converted(xml: String, corpusPath: String, warnings: [Diagnostic])
        case failed([String])
    }

    private static func convert(_ file: String, fields: [String: String], importer: Importer) -> Conversion {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failed(["\(file): error: cannot read the file (\(error.localizedDescription))"])
        }
        do {
            let text = try LawText.decode(data, file: file)
            let result = try importer.importText(text, file: file, fields: fields)
            let xml = XMLWriter(indent: "  ").string(for: result.document)
            return .converted(xml: xml, corpusPath: result.corpusPath, warnings: result.diagnostics)
        } catch {
            return .failed(error.diagnostics.map(\.description))
        }
    }
}
