import Foundation
import TestSupport
import Testing

/// `map`, `review` and `evaluate`: exit statuses and what they print.
@Suite struct MappingCommandTests {
    static let chile = corpusFile("cl/act-2022-21459.xml")

    @Test func mapPrintsOneTSVRowPerPairWithItsEvidenceColumns() throws {
        let run = try lexalign("map", "--format", "tsv", Self.chile)
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.first == "document\tprovision\tnum\thost\tarticle\tcoverage\tconfidence\torigin\tstale\tmissing\tqualifiers")
        #expect(rows.contains { $0.hasPrefix("/akn/cl/act/2022-06-20/21459/spa@2022-06-20\ttitle_I__art_2\t2°\t\t2\t") })
    }

    @Test func mapRefusesAnUnknownFormatAndCannotReadAnUnknownInstrument() throws {
        #expect(try lexalign("map", "--format", "xml", Self.chile).status == 2)
        let unknown = try lexalign("map", "--instrument", "lanzarote", Self.chile)
        #expect(unknown.status == 66)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "Mappings/instruments/lanzarote.yaml: error: no instrument 'lanzarote' (known: budapest)\n")
    }

    @Test func reviewRecordsADecisionAndSaysWhere() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        let run = try lexalign(
            "review", Self.chile, "--provision", "2", "--article", "2", "--decision", "confirmed", "--reviewer", "A. Expert",
            "--date", "2026-11-29", "--mappings", mappings.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(mappings.path)/reviews/cl.yaml: confirmed 2° -> Art. 2\n")
        let yaml = try String(contentsOf: mappings.appendingPathComponent("reviews/cl.yaml"), encoding: .utf8)
        #expect(yaml.contains("reviewer: A. Expert") || yaml.contains("reviewer: \"A. Expert\""))
    }

    @Test func reviewRefusesADecisionOutsideItsSetAndAnUnknownProvision() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        let base = ["review", Self.chile, "--article", "2", "--reviewer", "A. Expert", "--mappings", mappings.path]
        #expect(try lexalign(base + ["--provision", "2", "--decision", "maybe"]).status == 2)
        #expect(try lexalign(base + ["--provision", "2", "--decision", "added", "--coverage", "most"]).status == 2)
        let unknown = try lexalign(base + ["--provision", "999", "--decision", "rejected"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "\(Self.chile): error: no provision '999' in this document\n")
    }

    @Test func evaluateWithoutGoldTablesCannotRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let run = try lexalign("evaluate", "--gold", scratch.url.path, Self.chile)
        #expect(run.status == 66)
        #expect(run.stderr == "\(scratch.url.path): error: no gold tables (<stem>.tsv) in this folder\n")
    }

    @Test func importRefusesAMalformedFieldAndACallWithoutInputs() throws {
        #expect(try lexalign("import", "--set", "number", "x.txt").status == 2)
        let none = try lexalign("import")
        #expect(none.status == 2)
        #expect(none.stderr.hasPrefix("Error: give at least one FILE or --manifest"))
    }
}
