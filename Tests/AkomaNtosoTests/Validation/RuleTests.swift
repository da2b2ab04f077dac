import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct RuleTests {
    func findings(_ xml: String) throws -> [Finding] {
        RuleChecker().check(try AKNParser().parse(Data(xml.utf8)).document)
    }

    static func act(_ body: String, identification: String = "") -> String {
        """
        <akomaNtoso xmlns="\(AKNNamespace.v3)"><act name="act"><meta>\(identification)</meta><body>
        \(body)
        </body></act></akomaNtoso>
        """
    }

    @Test func duplicateEIdIsAnErrorPointingAtBothPlaces() throws {
        let found = try findings(Self.act("""
            <section eId="sec_1"><num>1</num></section>
            <section eId="sec_1"><num>2</num></section>
            """))
        let duplicate = try #require(found.first { $0.rule == "duplicate-eid" })
        #expect(duplicate.severity == .error)
        #expect(duplicate.message == "duplicate eId 'sec_1' (first at line 2, column 1)")
        #expect(duplicate.location == SourceLocation(line: 3, column: 1))
        #expect(found.contains { $0.rule == "num-eid" && $0.message.contains("'sec_1' does not reflect its number '2'") })
    }

    @Test func numbersThatEIdsReflectAreAccepted() throws {
        let found = try findings(Self.act("""
            <part eId="part_I"><num>Part I</num>
            <article eId="part_I__art_12A"><num>Artículo 12 A.-</num></article>
            <article eId="art_2"><num>Artículo 2º</num></article>
            <section eId="section-3-1"><num>(1)</num></section>
            <chapter eId="chap_1_a"><num>1 a . Kapitel: Allgemeines</num></chapter>
            <section eId="d1e8356"><num>4</num></section>
            <point eId="art_2__point_a-2"><num>a)</num></point>
            <paragraph eId="art_2__para_unico"><num>Parágrafo único.</num></paragraph>
            <paragraph eId="art_2__para_1"><num>PARÁGRAFO.</num></paragraph>
            </part>
            """))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func inconsistentFRBRLevelsAreWarnings() throws {
        let identification = """
            <identification source="#x">
            <FRBRWork><FRBRthis value="/akn/za/act/2021/6/!main"/><FRBRuri value="/akn/za/act/2021/6"/>
              <FRBRdate date="2021-03-01" name="Generation"/><FRBRauthor href="#x"/><FRBRcountry value="ke"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/za/act/2021/7/eng@2022-01-01/!main"/><FRBRuri value="/akn/za/act/2021/7/eng@2022-01-01"/>
              <FRBRdate date="2022-02-02" name="Generation"/><FRBRauthor href="#x"/><FRBRlanguage language="fra"/></FRBRExpression>
            <FRBRManifestation><FRBRthis value="/akn/za/act/2021/6/eng@2022-01-01/!main.xml"/><FRBRuri value="/akn/za/act/2021/6/eng@2022-01-01.akn"/>
              <FRBRdate date="2022-01-01" name="Generation"/><FRBRauthor href="#x"/></FRBRManifestation>
            </identification>
            """
        let found = try findings(Self.act("", identification: identification)).filter { $0.rule == "frbr-consistency" }
        #expect(found.allSatisfy { $0.severity == .warning })
        let messages = found.map(\.message)
        #expect(messages.contains("expression FRBRuri '/akn/za/act/2021/7/eng@2022-01-01' does not belong to the work '/akn/za/act/2021/6'"))
        #expect(messages.contains("FRBRcountry 'ke' differs from the country in the work FRBRuri '/akn/za/act/2021/6'"))
        #expect(messages.contains("expression FRBRdate 2022-02-02 differs from the version date in '/akn/za/act/2021/7/eng@2022-01-01'"))
        #expect(messages.contains("FRBRlanguage 'fra' differs from the language in the expression FRBRuri '/akn/za/act/2021/7/eng@2022-01-01'"))
        #expect(messages.contains("work FRBRdate 2021-03-01 differs from the date in the work FRBRuri '/akn/za/act/2021/6'") == false)
        #expect(found.count == 4)
    }

    @Test func strictlyValidSamplesHaveNoRuleErrors() throws {
        for url in Samples.all where Samples.strictValidFolders.contains(Samples.folder(of: url)) {
            let document = try AKNParser().parse(contentsOf: url).document
            let errors = RuleChecker().check(document).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(url.lastPathComponent): \(errors)")
        }
    }

    @Test func badEIdsSampleIsCaught() throws {
        let url = Samples.named("laws-africa/bluebell-bad_eids.xml")
        let report = DocumentValidator(schema: nil).validate(fileAt: url)
        #expect(report.outcome == .invalid)
        #expect(report.diagnostics.contains { $0.message.contains("[duplicate-eid]") })
        #expect(report.diagnostics.contains { $0.message.contains("section eId 'totally_wrong' does not reflect its number '3.'") })
        #expect(report.diagnostics.allSatisfy { $0.file == url.path && $0.line != nil && $0.column != nil })
    }

    @Test func validatorOutcomesCoverTheThreeCases() throws {
        let schema = try XSDSchema.load(path: Samples.strictSchema.path)
        let validator = DocumentValidator(schema: schema)
        #expect(validator.validate(fileAt: Samples.named("uk-legislation-gov-uk/uk_pga_1998_29.xml")).outcome == .valid)
        #expect(validator.validate(fileAt: Samples.named("laws-africa/za-act-2023-724.indigo-basic_in.xml")).outcome == .invalid)
        #expect(validator.validate(fileAt: Samples.malformed).outcome == .unreadable)
        #expect(validator.validate(fileAt: Samples.noNamespace).outcome == .invalid)
        #expect(validator.validate(fileAt: URL(fileURLWithPath: "/nonexistent.xml")).outcome == .unreadable)
    }
}
