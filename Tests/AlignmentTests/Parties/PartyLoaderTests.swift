import AkomaNtoso
import Alignment
import Foundation
import Testing

@Suite("Party status files")
struct PartyStatusFilesTests {
    static func catalog() throws -> MappingCatalog {
        MappingCatalog.load(
            instrumentFiles: [
                MappingCatalog.SourceFile(
                    path: "Mappings/instruments/budapest.yaml", text: try InstrumentFixtures.budapestText)
            ],
            partyFiles: try InstrumentFixtures.partyFiles())
    }

    /// Rows of a TSV from Tests/Fixtures/status as dictionaries keyed by the header.
    static func rows(_ relativePath: String) throws -> [[String: String]] {
        let text = try InstrumentFixtures.text(InstrumentFixtures.fixtures.appendingPathComponent(relativePath))
        let lines = text.components(separatedBy: "\n").filter { !$0.isEmpty }
        let header = try #require(lines.first).components(separatedBy: "\t")
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.components(separatedBy: "\t") + Array(repeating: "", count: header.count)))
        }
    }

    @Test func committedFilesLoadWithoutErrors() throws {
        let catalog = try Self.catalog()
        #expect(catalog.diagnostics.map(\.description) == [])
        #expect(catalog.parties.count == (try InstrumentFixtures.partyFiles()).count)
    }

    @Test func everyStateOfTheAmericasTableHasAStatusFile() throws {
        let catalog = try Self.catalog()
        let codes = try Self.rows("status/parties-americas.tsv").compactMap { $0["iso2"]?.lowercased() }
        #expect(codes.count >= 13)
        for code in codes {
            let party = try #require(catalog.party(code), "no Mappings/parties/\(code).yaml")
            #expect(party.status(for: "budapest") != nil, "\(code) has no budapest status")
        }
    }

    @Test func statusFollowsTheTable() throws {
        let catalog = try Self.catalog()
        for row in try Self.rows("status/parties-americas.tsv") {
            let code = try #require(row["iso2"]).lowercased()
            let status = try #require(catalog.party(code)?.status(for: "budapest")).status
            let isParty = row["budapest_status"] == "Party"
            #expect((status == .party) == isParty, "\(code): \(status) vs \(row["budapest_status"] ?? "")")
        }
    }

    /// The expert notes list each state's declarations and reservations row by row; the five states that must carry
    /// theirs have one entry per noted article in the matching list.
    @Test(arguments: ["cl", "pe", "ar", "ca", "us"])
    func reservationsAndDeclarationsFollowTheExpertNotes(state: String) throws {
        let status = try #require(try Self.catalog().party(state)?.status(for: "budapest"))
        let reserved = Set(status.reservations.map(\.article))
        let declared = Set(status.declarations.map(\.article))
        let stated = Set(status.otherDeclarations.map(\.article))
        var checked = 0
        for row in try Self.rows("status/expert-notes/\(state).tsv") {
            let coverage = row["coverage"] ?? ""
            let noted = Self.firstNumber(in: row["budapest_article"] ?? "")
            if coverage.hasPrefix("reservation") {
                let article = Self.number(after: "Art. ", in: coverage) ?? noted
                #expect(reserved.contains(article), "\(state): reservation on Art. \(article) missing")
                checked += 1
            }
            if coverage.hasPrefix("declaration (") || coverage.contains("+ declaration") {
                #expect(declared.contains(noted), "\(state): declaration on Art. \(noted) missing")
                checked += 1
            }
            if coverage.hasPrefix("declaration:") || coverage.hasPrefix("designation:") {
                #expect(stated.contains(noted), "\(state): statement on Art. \(noted) missing")
                checked += 1
            }
        }
        #expect(checked >= 3)
        #expect(!status.reservations.isEmpty)
        for reserve in status.declarations + status.reservations + status.otherDeclarations + status.withdrawn {
            #expect(!reserve.source.isEmpty)
        }
    }

    @Test func declarationsNameTheQualifiersTheyRequire() throws {
        let catalog = try Self.catalog()
        let peru = try #require(catalog.party("pe")?.status(for: "budapest"))
        #expect(peru.declarations.first { $0.article == "2" }?.elements == ["security-measures"])
        let canada = try #require(catalog.party("ca")?.status(for: "budapest"))
        #expect(canada.reservations.first { $0.article == "22" }?.elements == ["nationals-abroad"])
        let argentina = try #require(catalog.party("ar")?.status(for: "budapest"))
        #expect(argentina.withdrawn.map(\.appliesTo) == [["9(1)(e)"]])
        #expect(!argentina.reservations.contains { $0.appliesTo.contains("9(1)(e)") })
    }

    static func firstNumber(in text: String) -> String {
        String(text.drop { !$0.isNumber }.prefix { $0.isNumber })
    }

    static func number(after marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        let number = String(text[range.upperBound...].prefix { $0.isNumber })
        return number.isEmpty ? nil : number
    }
}

@Suite("Party loader checks, on broken copies")
struct PartyLoaderCheckTests {
    private func errors(_ copy: (path: String, text: String, line: Int)) throws -> [Diagnostic] {
        let budapest = try InstrumentFixtures.budapest()
        return InstrumentFixtures.errors(
            PartyLoader.load(copy.text, file: copy.path, instruments: ["budapest": budapest]).diagnostics)
    }

    private func party(_ code: String) throws -> String {
        try InstrumentFixtures.text(InstrumentFixtures.mappings.appendingPathComponent("parties/\(code).yaml"))
    }

    @Test func unknownArticleIsReportedOnItsLine() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("cl"), named: "cl.yaml", after: "reservations:", replacing: #"article: "29""#,
            with: #"article: "99""#)
        let errors = try errors(copy)
        #expect(errors.map(\.message) == ["unknown article '99' of 'budapest' in a reservation"])
        #expect(errors.first?.line == copy.line)
        #expect(errors.first?.file == copy.path)
    }

    @Test func reservationOnAParagraphArticle42DoesNotAllowIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("cl"), named: "cl.yaml", after: #"- article: "4""#, replacing: #"paragraph: "2""#,
            with: #"paragraph: "1""#)
        let errors = try errors(copy)
        #expect(errors.map(\.message) == ["'budapest' allows no reservation under Art. 4(1) (allowed: Art. 4(2))"])
        #expect(errors.first?.line == copy.line)
    }

    @Test func reservationOnAnArticleWithNoReservationClauseIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("ca"), named: "ca.yaml", after: "reservations:", replacing: #"article: "10""#,
            with: #"article: "8""#)
        let messages = try errors(copy).map(\.message)
        #expect(messages.contains("'budapest' allows no reservation under Art. 8(3) (the article allows none)"))
    }

    @Test func declarationArticle40DoesNotAllowIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("ca"), named: "ca.yaml", after: "declarations:", replacing: #"article: "2""#,
            with: #"article: "5""#)
        let errors = try errors(copy)
        #expect(errors.contains { $0.message == "'budapest' allows no declaration under Art. 5 (the article allows none)" })
        #expect(errors.contains { $0.message == "unknown element 'dishonest-intent' of Art. 5 in a declaration" })
    }

    @Test func unknownElementIsReportedOnItsLine() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("pe"), named: "pe.yaml", replacing: "elements: [security-measures]",
            with: "elements: [security-barriers]")
        let errors = try errors(copy)
        #expect(errors.map(\.message) == ["unknown element 'security-barriers' of Art. 2 in a declaration"])
        #expect(errors.first?.line == copy.line)
    }

    @Test func unknownStatusBadDateAndWrongFileNameAreReported() throws {
        let text = try party("ar")
        let status = try InstrumentFixtures.brokenCopy(
            of: text, named: "ar.yaml", replacing: "status: party", with: "status: member")
        #expect(try errors(status).map(\.message).first?.hasPrefix("unknown status 'member'") == true)
        #expect(try errors(status).first?.line == status.line)

        let date = try InstrumentFixtures.brokenCopy(
            of: text, named: "ar.yaml", replacing: #"in_force: "2018-10-01""#, with: #"in_force: "01-10-2018""#)
        #expect(try errors(date).map(\.line) == [date.line])

        let renamed = try InstrumentFixtures.brokenCopy(
            of: text, named: "arg.yaml", replacing: "state: ar", with: "state: ar")
        #expect(try errors(renamed).map(\.message) == ["state 'ar' does not match the file name 'arg.yaml'"])
    }

    @Test func reservationsOnAnInstrumentWithNoMappingAreReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("cl"), named: "cl.yaml", replacing: "- instrument: budapest", with: "- instrument: budapest-x")
        let errors = try errors(copy)
        #expect(errors.contains { $0.message.hasPrefix("unknown instrument 'budapest-x'") && $0.line == copy.line })
    }

    @Test func malformedYAMLIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try party("us"), named: "us.yaml", replacing: "    status: party", with: "    status: [party")
        let errors = try errors(copy)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("bad YAML") == true)
    }
}
