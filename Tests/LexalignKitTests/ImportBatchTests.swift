import AkomaNtoso
import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct ImportBatchTests {
    let scratch: ScratchFolder
    let out: URL

    init() throws {
        scratch = try ScratchFolder()
        out = scratch.file("Corpus")
    }

    func law(_ number: Int) throws -> String {
        try scratch.write(
            lawText(number: number, articles: [
                "El que acceda sin autorización a un sistema informático será sancionado con presidio menor.",
                "El que intercepte datos informáticos será sancionado con multa.",
            ]), to: "in/\(number).txt"
        ).path
    }

    func run(_ batch: ImportBatch, _ inputs: [ImportBatch.Input], findingStale: Bool = false)
        -> (ImportBatch.Summary, [ImportBatch.Report])
    {
        var reports: [ImportBatch.Report] = []
        let summary = batch.run(inputs, findingStale: findingStale) { reports.append($0) }
        return (summary, reports)
    }

    @Test func writesEveryGoodTextAndReportsEachInputInOrder() throws {
        defer { scratch.remove() }
        let first = try law(99_901), second = try law(99_902)
        let noHeader = try scratch.write("Artículo 1°.- Sin cabecera.\n", to: "in/no-header.txt").path
        let missing = scratch.file("in/missing.txt").path
        let (summary, reports) = run(ImportBatch(output: out.path, drafting: drafting), [first, noHeader, second, missing].map { .init(file: $0) })
        #expect(reports.map(\.input) == [first, noHeader, second, missing])
        #expect(reports[0].result == .written(out.appendingPathComponent("cl/act-2020-99901.xml").path))
        #expect(reports[2].result == .written(out.appendingPathComponent("cl/act-2020-99902.xml").path))
        guard case .failed(let diagnostics) = reports[1].result else { Issue.record("\(reports[1])"); return }
        #expect(diagnostics.first?.description.hasPrefix("\(noHeader):1:1: error: missing header") == true)
        guard case .failed(let unread) = reports[3].result else { Issue.record("\(reports[3])"); return }
        #expect(unread.first?.description.hasPrefix("\(missing): error: cannot read the file") == true)
        #expect(summary.failed == [noHeader, missing])
        #expect(summary.inputs == 4 && summary.differences == 0)
        // What is written is a well-formed act.
        let written = try Data(contentsOf: out.appendingPathComponent("cl/act-2020-99901.xml"))
        #expect(try AKNParser().parse(written, file: "act").document.provisions.count == 2)
    }

    @Test func twoInputsForTheSameActFailTheSecondAndKeepTheFirst() throws {
        defer { scratch.remove() }
        let first = try law(99_901)
        let copy = try scratch.write(try String(contentsOfFile: first, encoding: .utf8), to: "in/copy.txt").path
        let (summary, reports) = run(ImportBatch(output: out.path, drafting: drafting), [.init(file: first), .init(file: copy)])
        let path = out.appendingPathComponent("cl/act-2020-99901.xml").path
        #expect(reports[0].result == .written(path))
        guard case .failed(let diagnostics) = reports[1].result else { Issue.record("\(reports[1])"); return }
        #expect(diagnostics.map(\.description) == [
            "\(copy): error: would overwrite \(path), already written for \(first) in this batch (same work, date and language: give a 'version' or 'number' header field)",
        ])
        #expect(summary.failed == [copy])
    }

    @Test func checkModeWritesNothingAndNamesTheActThatDiffers() throws {
        defer { scratch.remove() }
        let inputs = [ImportBatch.Input(file: try law(99_901)), .init(file: try law(99_902))]
        _ = run(ImportBatch(output: out.path, drafting: drafting), inputs)
        let edited = out.appendingPathComponent("cl/act-2020-99902.xml")
        let changed = try String(contentsOf: edited, encoding: .utf8).replacingOccurrences(of: "multa", with: "pena")
        try changed.write(to: edited, atomically: true, encoding: .utf8)

        let (summary, reports) = run(ImportBatch(output: out.path, mode: .check, drafting: drafting), inputs)
        #expect(reports[0].result == .unchanged(out.appendingPathComponent("cl/act-2020-99901.xml").path))
        #expect(reports[1].result == .differs(Diagnostic(.error, "differs from a fresh import of \(inputs[1].file)", file: edited.path)))
        #expect(summary.differing == [edited.path] && summary.failed.isEmpty)
        #expect(try String(contentsOf: edited, encoding: .utf8) == changed)
    }

    @Test func aManifestsFieldsApplyToItsInputsAndCallOverridesWin() throws {
        defer { scratch.remove() }
        let text = try law(99_901)
        let manifest = try scratch.write("# inputs\n\(text)\tnumber=12345\tversion=2021-05-05\n", to: "sources.tsv").path
        let inputs = try ImportBatch.inputs(files: [], manifest: manifest, overrides: ["number": "777"])
        #expect(inputs == [ImportBatch.Input(file: text, fields: ["number": "777", "version": "2021-05-05"])])
        let malformed = try scratch.write("\(text)\tnumber\n", to: "bad.tsv").path
        let error = try #require(throws: LexalignError.self) { try ImportBatch.inputs(files: [], manifest: malformed, overrides: [:]) }
        #expect(error.kind == .badInput)
        #expect(error.messages.first?.hasPrefix("\(malformed):1:") == true)
    }

    @Test func checkingAManifestNamesCommittedActsThatNoInputProduces() throws {
        defer { scratch.remove() }
        let inputs = [ImportBatch.Input(file: try law(99_901))]
        _ = run(ImportBatch(output: out.path, drafting: drafting), inputs)
        let leftover = try scratch.write("<akomaNtoso/>", to: "Corpus/cl/act-1999-1.xml")
        let (summary, _) = run(ImportBatch(output: out.path, mode: .check, drafting: drafting), inputs, findingStale: true)
        #expect(summary.stale.map(\.description) == ["\(leftover.path): error: not produced by any input of the manifest"])
        #expect(summary.differences == 1)
        // Without a manifest, other acts of the corpus are none of the batch's business.
        #expect(run(ImportBatch(output: out.path, mode: .check, drafting: drafting), inputs).0.differences == 0)
    }
}
