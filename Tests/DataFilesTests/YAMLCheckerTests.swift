import AkomaNtoso
import Testing
@testable import DataFiles

/// The checker's own rules, on a small made-up file format (every real loader is tested with its own files).
@Suite struct YAMLCheckerTests {
    enum Colour: String, CaseIterable { case red, green, blue }

    /// Reads `text` as a list of `{name, colour, sizes}` entries the way a loader would.
    func check(_ text: String) -> [String] {
        var checker = YAMLChecker(file: "paint.yaml")
        guard let root = checker.compose(text), let top = checker.mapping(root, "the file", keys: ["paints"]) else {
            return checker.diagnostics.map(\.description)
        }
        for node in checker.sequence(top, "paints", required: true) {
            guard let paint = checker.mapping(node, "a paint", keys: ["name", "colour", "glossy", "sizes"]) else {
                continue
            }
            _ = checker.string(paint, "name", required: true)
            _ = checker.choice(paint, "colour", as: Colour.self, required: true)
            _ = checker.bool(paint, "glossy")
            _ = checker.strings(paint, "sizes")
        }
        return checker.diagnostics.map(\.description)
    }

    @Test func aWellFormedFileHasNoDiagnostics() {
        #expect(check("paints:\n  - name: Signal\n    colour: red\n    glossy: true\n    sizes: [1l, 5l]\n") == [])
    }

    @Test func everyProblemIsReportedAtItsLineAndColumn() {
        let text = """
            paints:
              - name: Signal
                color: red
                glossy: very
              - name: [a, b]
                colour: gren
                sizes: 5l

            """
        #expect(check(text) == [
            "paint.yaml:3:5: error: unknown key 'color' in a paint (did you mean 'colour'?)",
            "paint.yaml:2:5: error: a paint has no 'colour'",
            "paint.yaml:4:13: error: 'glossy' in a paint must be true or false",
            "paint.yaml:5:11: error: 'name' in a paint must be a single value",
            "paint.yaml:6:13: error: unknown colour 'gren' in a paint (did you mean 'green'?)",
            "paint.yaml:7:12: error: 'sizes' in a paint must be a list",
        ])
    }

    @Test func emptyAndMalformedFilesAreErrors() {
        #expect(check("# nothing yet\n") == ["paint.yaml:1: error: empty file"])
        let malformed = check("paints: [\n  {name: a\n")
        #expect(malformed.count == 1)
        #expect(malformed.first?.hasPrefix("paint.yaml:") == true && malformed.first?.contains("error: bad YAML") == true)
    }

    @Test func checkedThrowsEveryDiagnosticOnlyWhenThereIsAnError() throws {
        var checker = YAMLChecker(file: "paint.yaml")
        checker.warning("long name", at: nil)
        #expect(try checker.checked(1) == 1)
        checker.error("bad name", at: nil)
        #expect(throws: DataFileErrors.self) { try checker.checked(1) }
        do {
            _ = try checker.checked(1)
        } catch {
            #expect(error.description == "paint.yaml:1: warning: long name\npaint.yaml:1: error: bad name")
        }
    }

    @Test func suggestionsAreCloseCandidatesOnly() {
        let keys = ["id", "description", "kind", "qualifier", "paragraph", "covered_by", "implicit_ok", "signals"]
        #expect(YAMLChecker.suggestion(for: "qualifer", among: keys) == "qualifier")
        #expect(YAMLChecker.suggestion(for: "Qualifier", among: keys) == "qualifier")
        #expect(YAMLChecker.suggestion(for: "covered-by", among: keys) == "covered_by")
        #expect(YAMLChecker.suggestion(for: "sigansl", among: keys) == "signals")
        #expect(YAMLChecker.suggestion(for: "descripton", among: keys) == "description")
        #expect(YAMLChecker.suggestion(for: "colour", among: keys) == nil)
        #expect(YAMLChecker.suggestion(for: "x", among: keys) == nil)
        #expect(YAMLChecker.suggestion(for: "", among: keys) == nil)
    }

    @Test func editDistanceCountsASwapOfNeighboursAsOneEdit() {
        func distance(_ a: String, _ b: String) -> Int { YAMLChecker.editDistance(Array(a), Array(b)) }
        #expect(distance("kind", "kind") == 0)
        #expect(distance("kidn", "kind") == 1)
        #expect(distance("kin", "kind") == 1)
        #expect(distance("", "kind") == 4)
        #expect(distance("kitten", "sitting") == 3)
    }
}
