import Foundation
import LexalignKit
import TestSupport
import Testing

@Suite struct WorkspaceTests {
    @Test func loadsTheInstrumentPartiesAndCorpusManifestOfTheCommittedMappingsOnce() throws {
        let workspace = try Workspace.load(mappings: mappingsFolder.path, instrument: "budapest", including: .all)
        #expect(workspace.instrument.id == "budapest")
        #expect(workspace.instrument.article("2") != nil)
        let partyFiles = try FileManager.default.contentsOfDirectory(atPath: mappingsFolder.appendingPathComponent("parties").path)
        #expect(workspace.parties.count == partyFiles.filter { $0.hasSuffix(".yaml") }.count)
        #expect(workspace.parties.map(\.state) == workspace.parties.map(\.state).sorted())
        #expect(!workspace.corpusManifest.documents.isEmpty)
    }

    @Test func loadsOnlyThePartsAskedFor() throws {
        let workspace = try Workspace.load(mappings: mappingsFolder.path, instrument: "budapest")
        #expect(workspace.parties.isEmpty)
        #expect(workspace.corpusManifest.documents.isEmpty)
    }

    @Test func anInstrumentWithNoFileCannotBeReadAndTheKnownOnesAreNamed() throws {
        let error = try #require(throws: LexalignError.self) {
            try Workspace.load(mappings: mappingsFolder.path, instrument: "lanzarote")
        }
        #expect(error.kind == .cannotRead)
        #expect(error.messages == ["\(mappingsFolder.path)/instruments/lanzarote.yaml: error: no instrument 'lanzarote' (known: budapest)"])
    }

    @Test func aMissingMappingsFolderCannotBeRead() throws {
        let error = try #require(throws: LexalignError.self) {
            try Workspace.load(mappings: "/nonexistent-mappings", instrument: "budapest")
        }
        #expect(error.kind == .cannotRead)
        #expect(error.messages == ["/nonexistent-mappings: error: no such folder"])
    }

    @Test func aBrokenInstrumentIsBadInputNamedWithItsPosition() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        let file = mappings.appendingPathComponent("instruments/budapest.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "kind: power", with: "kind: powers").write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: LexalignError.self) {
            try Workspace.load(mappings: mappings.path, instrument: "budapest")
        }
        #expect(error.kind == .badInput)
        #expect(!error.messages.isEmpty)
        #expect(error.messages.allSatisfy { $0.hasPrefix(file.path + ":") && $0.contains(": error: ") })
    }

    @Test func everyBrokenReviewAndPartyFileIsNamedInOneError() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let mappings = try scratch.copy(mappingsFolder, to: "Mappings")
        let review = try scratch.write("decisions:\n  - provision: 2\n    verdict: maybe\n", to: "Mappings/reviews/cl.yaml")
        let party = mappings.appendingPathComponent("parties/pe.yaml")
        try "state: pe\nname: Peru\ninstruments: []\ncolour: red\n".write(to: party, atomically: true, encoding: .utf8)
        let error = try #require(throws: LexalignError.self) {
            try Workspace.load(mappings: mappings.path, instrument: "budapest", including: .all)
        }
        #expect(error.kind == .badInput)
        #expect(error.messages.contains { $0.hasPrefix(review.path + ":") })
        #expect(error.messages.contains { $0.hasPrefix(party.path + ":") })
        // Without reviews and parties, the same folder loads.
        #expect(throws: Never.self) { try Workspace.load(mappings: mappings.path, instrument: "budapest") }
    }
}
