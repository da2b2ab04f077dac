import AkomaNtoso
import Foundation
import Testing
import TextImport

/// The language and tradition files: loaded through the YAML checker, every problem at its line and column.

let minimalLanguage = """
    language: xx
    frbr: xxx
    labels:
      article: [article]
    """

let minimalTradition = """
    tradition: plain
    default: true
    detect:
      - shape: '^{article_label}'
    provisions:
      - kind: labelled
        shape: '^(?<quote>)(?<label>{article_label}\\s*(?<number>\\d+)(?<separator>\\.?))\\s*(?<rest>.*)$'
    groupings:
      shape: '^(?<label>{keyword}\\s+(?<number>\\d+))(?:(?<separator>\\s*-\\s*)(?<heading>.+))?$'
    """

func loadingProblems(language: String = minimalLanguage, tradition: String = minimalTradition) -> [String] {
    do {
        _ = try DraftingKnowledge.load(
            languageFiles: [("languages/xx.yaml", language)], traditionFiles: [("traditions/plain.yaml", tradition)])
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Test("the package's Mappings/ load: four languages, three traditions, civil-law the default")
func packageDraftingKnowledge() {
    #expect(drafting.languages.map(\.code) == ["en", "es", "fr", "pt"])
    #expect(drafting.traditions.map(\.name) == ["civil-law", "commonwealth", "us-code"])
    #expect(drafting.defaultTradition?.name == "civil-law")
    #expect(drafting.language("spa")?.code == "es")
    #expect(drafting.transitoryQualifiers.isSuperset(of: ["transitorio", "transitoria", "transitoire", "transitional"]))
}

@Test("a minimal language and tradition load and import a law")
func minimalFilesImport() throws {
    let knowledge = try DraftingKnowledge.load(
        languageFiles: [("languages/xx.yaml", minimalLanguage)], traditionFiles: [("traditions/plain.yaml", minimalTradition)])
    let result = try Importer(drafting: knowledge).importText(
        "title: T\ncountry: zz\nlanguage: xx\ndate: 2020-01-01\nsource: s\ncompleteness: c\n\nArticle 1. One.\nArticle 2. Two.\n")
    #expect(result.document.provisions.map(\.num) == ["1", "2"])
    #expect(result.expression.description.hasSuffix("/xxx@2020-01-01"))
}

@Test("an unknown key is refused at its line and column")
func unknownKeyRefused() {
    let problems = loadingProblems(language: minimalLanguage + "\nlables:\n  article: [x]\n")
    #expect(problems.contains {
        $0 == "languages/xx.yaml:5:1: error: unknown key 'lables' in a language file (did you mean 'labels'?)"
    })
}

@Test("a regular expression that does not compile is refused at its entry")
func badFragmentRefused() {
    let problems = loadingProblems(language: minimalLanguage + "\nnumbers:\n  ordinals: ['first(']\n")
    #expect(problems.contains { $0.hasPrefix("languages/xx.yaml:6:14: error: entry of 'ordinals' is not a valid regular expression") })
}

@Test("a language file named after another code is refused")
func languageNameMatchesFile() {
    let problems = loadingProblems(language: minimalLanguage.replacingOccurrences(of: "language: xx", with: "language: yy"))
    #expect(problems.contains { $0.contains("languages/xx.yaml:1:11: error: language 'yy' does not match the file name 'xx.yaml'") })
}

@Test("a shape with an unknown placeholder or without a required group is refused at the shape")
func shapeProblemsRefused() {
    let unknown = loadingProblems(tradition: minimalTradition.replacingOccurrences(of: "'^{article_label}'", with: "'^{artcle_label}'"))
    #expect(unknown.contains { $0.hasPrefix("traditions/plain.yaml:4:12: error: unknown placeholder '{artcle_label}'") })
    let noRest = loadingProblems(tradition: minimalTradition.replacingOccurrences(of: "\\s*(?<rest>.*)$", with: "$"))
    #expect(noRest.contains { $0.hasPrefix("traditions/plain.yaml:7:12: error: the shape has no named group 'rest'") })
}

@Test("an unknown provision kind is refused with the kind it was probably meant to be")
func unknownKindRefused() {
    let problems = loadingProblems(tradition: minimalTradition.replacingOccurrences(of: "kind: labelled", with: "kind: labeled"))
    #expect(problems.contains { $0.contains("unknown kind 'labeled'") && $0.contains("did you mean 'labelled'?") })
}

@Test("two default traditions are refused")
func oneDefaultTradition() {
    do {
        _ = try DraftingKnowledge.load(
            languageFiles: [("languages/xx.yaml", minimalLanguage)],
            traditionFiles: [
                ("traditions/plain.yaml", minimalTradition),
                ("traditions/other.yaml", minimalTradition.replacingOccurrences(of: "tradition: plain", with: "tradition: other")),
            ])
        Issue.record("loaded")
    } catch {
        #expect(error.diagnostics.contains { $0.message.contains("one tradition is the default") })
    }
}
