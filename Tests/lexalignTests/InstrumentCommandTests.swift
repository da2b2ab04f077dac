import Foundation
import TestSupport
import Testing

@Suite struct InstrumentCommandTests {
    @Test func showsOneArticleOfTheCommittedMapping() throws {
        let run = try lexalign("instrument", "show", "budapest", "--article", "2")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Illegal access"))
        #expect(run.stderr.isEmpty)
    }

    @Test func anUnknownArticleIsAUsageErrorAndAnUnknownInstrumentOrFolderCannotBeRead() throws {
        let article = try lexalign("instrument", "show", "budapest", "--article", "99")
        #expect(article.status == 2)
        #expect(article.stderr.hasPrefix("error: 'budapest' has no article '99' (articles: 1, 2, "))
        let instrument = try lexalign("instrument", "show", "nothing")
        #expect(instrument.status == 66)
        #expect(instrument.stderr == "Mappings/instruments/nothing.yaml: error: no instrument 'nothing' (known: budapest)\n")
        #expect(try lexalign("instrument", "show", "budapest", "--mappings", "/nonexistent-mappings").status == 66)
        #expect(try lexalign("instrument", "check", "--mappings", "/nonexistent-mappings").status == 66)
    }

    @Test func checkPassesOnTheCommittedFilesAndFailsOnABrokenCopy() throws {
        let run = try lexalign("instrument", "check")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("1 instrument(s), "))

        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let yaml = try String(contentsOf: mappingsFolder.appendingPathComponent("instruments/budapest.yaml"), encoding: .utf8)
        let file = try scratch.write(yaml.replacingOccurrences(of: "kind: power", with: "kind: powers"), to: "instruments/budapest.yaml")
        let broken = try lexalign("instrument", "check", "--mappings", scratch.url.path)
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix(file.path + ":"))
        #expect(try lexalign("instrument", "show", "budapest", "--mappings", scratch.url.path).status == 65)
        #expect(try lexalign("map", "--mappings", scratch.url.path, corpusFile("cl/act-2022-21459.xml")).status == 65)
    }
}
